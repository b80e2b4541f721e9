import type { TestServer } from '../../helpers/test-server';

/** JSON request against the test server. */
export async function call(server: TestServer, method: string, path: string, opts: { body?: unknown; token?: string; headers?: Record<string, string> } = {}) {
  const res = await server.fetch(path, {
    method,
    headers: {
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as any };
}

/** A wx.login code from the server's WeChat simulator, as a phone would get it. */
export async function simLoginCode(server: TestServer, openid: string): Promise<string> {
  const res = await fetch(`${server.wechatBaseUrl}/__sim/login-code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid }) });
  return ((await res.json()) as { code: string }).code;
}

export async function simControl(server: TestServer, path: string, body: unknown): Promise<void> {
  await fetch(`${server.wechatBaseUrl}/__sim/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** Sign a citizen in through the simulator; returns the session token. */
export async function loginCitizen(server: TestServer, openid: string): Promise<{ token: string; userId: string }> {
  const r = await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: await simLoginCode(server, openid) } });
  if (r.status !== 200) throw new Error(`login failed: ${JSON.stringify(r.body)}`);
  return { token: r.body.token, userId: r.body.user.id };
}

/** A valid mainland ID number (GB 11643) for tests: 张伟's, born 1994-03-15 in 隆阳区. */
export const ZHANG_WEI_ID = '530502199403152311';
