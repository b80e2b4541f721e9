import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call, simLoginCode } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ LOGIN_RATE_LIMIT: '3/60', DEMO: '1' });
}, 60_000);
afterAll(() => server.stop());

describe('per-IP rate limit on sign-in', () => {
  it('POST /auth/wechat: the 4th attempt in a minute gets 429 RATE_LIMITED with Retry-After, bad bodies count too', async () => {
    expect((await call(server, 'POST', '/api/v1/auth/wechat', { body: {} })).status).toBe(400);
    expect((await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: 'nope' } })).status).toBe(401);
    const ok = await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: await simLoginCode(server, 'rate-limit-openid') } });
    expect(ok.status).toBe(200);
    const limited = await call(server, 'POST', '/api/v1/auth/wechat', { body: { code: await simLoginCode(server, 'rate-limit-openid') } });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.body.error.message).toBe('操作过于频繁，请稍后再试');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(55);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('staff password and staff WeChat sign-in share one budget, separate from citizens', async () => {
    const body = { username: 'nobody', password: 'wrong-password-1' };
    for (let i = 0; i < 2; i++) expect((await call(server, 'POST', '/api/v1/staff/auth/login', { body })).status).toBe(401);
    expect((await call(server, 'POST', '/api/v1/staff/auth/wechat', { body: { code: 'nope' } })).status).not.toBe(429);
    const r = await call(server, 'POST', '/api/v1/staff/auth/login', { body });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('demo login codes have their own budget', async () => {
    for (let i = 0; i < 3; i++) expect((await call(server, 'POST', '/api/v1/demo/login-code', { body: { persona: 'zhangwei' } })).status).not.toBe(429);
    expect((await call(server, 'POST', '/api/v1/demo/login-code', { body: { persona: 'zhangwei' } })).status).toBe(429);
  });

  it('other routes are not limited', async () => {
    for (let i = 0; i < 5; i++) expect((await call(server, 'GET', '/api/v1/home')).status).toBe(200);
  });
});
