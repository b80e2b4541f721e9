import { ZErrorBody } from '@shared/errors';
import { ZSession, ZWechatLoginResponse } from '@shared/schemas/identity';
import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call, loginCitizen, simControl, simLoginCode } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ DEMO: '1' });
}, 60_000);
afterAll(() => server.stop());

const db = () => server.dbHandle.db;

describe('POST /api/v1/auth/wechat', () => {
  it('returns 400 for a missing or malformed code, before calling WeChat', async () => {
    expect((await call(server, 'POST', '/api/v1/auth/wechat', { body: {} })).status).toBe(400);
    const r = await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: 'x'.repeat(500) } });
    expect(r.status).toBe(400);
    expect(ZErrorBody.parse(r.body).error.code).toBe('VALIDATION_FAILED');
    expect((await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: '<script>' } })).status).toBe(400);
  });

  it('signs a new WeChat user in, creating the account once', async () => {
    const openid = `o-new-${Date.now()}`;
    const r = await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: await simLoginCode(server, openid) } });
    expect(r.status).toBe(200);
    const body = ZWechatLoginResponse.parse(r.body);
    expect(body).toMatchObject({ kind: 'citizen', user: { hasProfile: false, needsConsent: true } });
    expect(JSON.stringify(r.body)).not.toMatch(/session_key|sessionKey|openid/);
    const again = await loginCitizen(server, openid);
    expect(again.userId).toBe(body.user.id);
    expect(await db().user.count({ where: { openid } })).toBe(1);
    const me = await call(server, 'GET', '/api/v1/me/profile', { token: body.token });
    expect(me.status).toBe(200);
  });

  it('rejects reused, forged and expired codes with 401 and writes no user; the attempt is in the security log', async () => {
    const openid = `o-reuse-${Date.now()}`;
    const code = await simLoginCode(server, openid);
    expect((await call(server, 'POST', '/api/v1/auth/wechat', { body: { code } })).status).toBe(200);
    const users = await db().user.count();
    const reused = await call(server, 'POST', '/api/v1/auth/wechat', { body: { code } });
    expect(reused.status).toBe(401);
    expect(reused.body.error.message).toContain('登录凭证');
    expect((await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: 'forgedcode123' } })).status).toBe(401);
    const late = await simLoginCode(server, `o-late-${Date.now()}`);
    await simControl(server, 'clock', { advanceMs: 5 * 60 * 1000 + 1000 });
    expect((await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: late } })).status).toBe(401);
    expect(await db().user.count()).toBe(users);
    expect(await db().auditLog.count({ where: { action: 'SECURITY_EVENT', entity: 'auth' } })).toBeGreaterThanOrEqual(3);
  });

  it('answers 429 when WeChat rate-limits and 503 when WeChat is down', async () => {
    await simControl(server, 'faults', { errcode: { count: 1, errcode: 45011 } });
    expect((await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: await simLoginCode(server, 'o-rl') } })).status).toBe(429);
    await simControl(server, 'faults', { fail: { count: 1, status: 502 } });
    expect((await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: await simLoginCode(server, 'o-down') } })).status).toBe(503);
    await simControl(server, 'faults', {});
  });

  it('never logs the session_key or the token', async () => {
    const { token } = await loginCitizen(server, `o-log-${Date.now()}`);
    const logs = server.logs.join('\n');
    expect(logs).not.toContain(token);
    expect(logs).not.toMatch(/session_key/);
  });
});

describe('POST /api/v1/auth/refresh and /auth/logout', () => {
  it('returns 401 without a token and for a tampered one', async () => {
    expect((await call(server, 'POST', '/api/v1/auth/refresh')).status).toBe(401);
    const { token } = await loginCitizen(server, `o-t-${Date.now()}`);
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect((await call(server, 'POST', '/api/v1/auth/refresh', { token: tampered })).status).toBe(401);
    expect((await call(server, 'GET', '/api/v1/me/profile', { token: tampered })).status).toBe(401);
  });

  it('issues a new token and revokes the old one; a replayed refresh is 401', async () => {
    const { token } = await loginCitizen(server, `o-r-${Date.now()}`);
    const r = await call(server, 'POST', '/api/v1/auth/refresh', { token });
    expect(r.status).toBe(200);
    const next = ZSession.parse(r.body);
    expect(next.token).not.toBe(token);
    expect((await call(server, 'GET', '/api/v1/me/profile', { token })).status).toBe(401);
    expect((await call(server, 'POST', '/api/v1/auth/refresh', { token })).status).toBe(401);
    expect((await call(server, 'GET', '/api/v1/me/profile', { token: next.token })).status).toBe(200);
  });

  it('rejects expired sessions', async () => {
    const c = await createCitizen(db());
    await db().session.update({ where: { id: c.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await call(server, 'POST', '/api/v1/auth/refresh', { token: c.token })).status).toBe(401);
  });

  it('logout revokes the token', async () => {
    const { token } = await loginCitizen(server, `o-l-${Date.now()}`);
    expect((await call(server, 'POST', '/api/v1/auth/logout', { token })).body).toEqual({ ok: true });
    expect((await call(server, 'GET', '/api/v1/me/profile', { token })).status).toBe(401);
  });
});

describe('demo mode', () => {
  it('lists the personas of journeys.md and signs a persona in through the simulator', async () => {
    const list = await call(server, 'GET', '/api/v1/demo/personas');
    expect(list.body.items.map((p: { name: string }) => p.name)).toEqual(['张伟', '杨丽', '李秀英', '李军', '王强', '赵敏', '刘洋', '陈晨', '周宁']);
    const code = await call(server, 'POST', '/api/v1/demo/login-code', { body: { persona: 'zhangwei' } });
    const login = await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: code.body.code } });
    expect(login.status).toBe(200);
    const user = await db().user.findUnique({ where: { id: login.body.user.id } });
    expect(user?.openid).toBe('demo-openid-zhangwei');
    expect((await call(server, 'POST', '/api/v1/demo/login-code', { body: { persona: 'wangqiang' } })).status).toBe(404);
  });

  it('does not exist when demo mode is off', async () => {
    const prod = await startTestServer({ DEMO: '0' });
    try {
      expect((await prod.get('/api/v1/demo/personas')).status).toBe(404);
      const r = await prod.fetch('/api/v1/demo/login-code', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"persona":"zhangwei"}' });
      expect(r.status).toBe(404);
    } finally {
      await prod.stop();
    }
  }, 60_000);
});
