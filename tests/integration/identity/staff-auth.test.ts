import { ZSession, ZStaffMe } from '@shared/schemas/identity';
import { hashPassword } from '../../../server/crypto/password';
import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

async function staffWithPassword(password: string) {
  const username = `clerk-${Math.random().toString(36).slice(2, 8)}`;
  const dept = await db().department.findFirstOrThrow({ where: { code: '5305-ZWFW' } });
  const staff = await db().staff.create({
    data: { name: '王强', username, passwordHash: await hashPassword(password), homeDepartmentId: dept.id, roles: { create: [{ role: 'WINDOW_CLERK', departmentId: dept.id, regionCode: '5305' }] } },
  });
  return { staff, username, dept };
}

const login = (username: string, password: string) => call(server, 'POST', '/api/v1/staff/auth/login', { body: { username, password } });

describe('POST /api/v1/staff/auth/login', () => {
  it('returns 400 for missing or oversized fields', async () => {
    expect((await call(server, 'POST', '/api/v1/staff/auth/login', { body: { username: 'a' } })).status).toBe(400);
    expect((await login('a'.repeat(65), 'x')).status).toBe(400);
    expect((await login('a', 'x'.repeat(129))).status).toBe(400);
  });

  it('answers the same 401 for an unknown user and a wrong password', async () => {
    const { username } = await staffWithPassword('correct horse battery');
    const unknown = await login('nobody-here', 'whatever');
    const wrong = await login(username, 'wrong');
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it('signs in with the right password; the hash is scrypt with N ≥ 2^15', async () => {
    const { username, staff } = await staffWithPassword('correct horse battery');
    const r = await login(username, 'correct horse battery');
    expect(r.status).toBe(200);
    const s = ZSession.parse(r.body);
    expect(s.kind).toBe('staff');
    expect(new Date(s.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(12 * 3600 * 1000);
    expect(staff.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('locks the account for 15 minutes after 5 failures, even for the right password; the attempts are in the security log', async () => {
    const { username, staff } = await staffWithPassword('right-password');
    for (let i = 0; i < 4; i++) expect((await login(username, `guess-${i}`)).status).toBe(401);
    expect((await login(username, 'guess-5')).status).toBe(429);
    const locked = await login(username, 'right-password');
    expect(locked.status).toBe(429);
    expect(locked.body.error.message).toContain('锁定');
    const row = await db().staff.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    expect(await db().auditLog.count({ where: { action: 'SECURITY_EVENT', entityId: staff.id } })).toBe(6);
    expect(await db().session.count({ where: { staffId: staff.id } })).toBe(0);
    // After the lock expires the right password works again.
    await db().staff.update({ where: { id: staff.id }, data: { lockedUntil: new Date(Date.now() - 1) } });
    expect((await login(username, 'right-password')).status).toBe(200);
  }, 30_000);
});

describe('GET /api/v1/staff/me', () => {
  it('is 401 anonymous and 403 for citizens', async () => {
    expect((await call(server, 'GET', '/api/v1/staff/me')).status).toBe(401);
    const c = await createCitizen(db());
    expect((await call(server, 'GET', '/api/v1/staff/me', { token: c.token })).status).toBe(403);
  });

  it('returns the staff member with department and role scopes', async () => {
    const { username, dept } = await staffWithPassword('pw-123456');
    const { token } = (await login(username, 'pw-123456')).body;
    const me = ZStaffMe.parse((await call(server, 'GET', '/api/v1/staff/me', { token })).body);
    expect(me).toMatchObject({ name: '王强', username, department: { id: dept.id, name: '保山市政务服务管理局' } });
    expect(me.roles).toEqual([{ role: 'WINDOW_CLERK', departmentId: dept.id, departmentName: '保山市政务服务管理局', regionCode: '5305' }]);
  });

  it('seeds the demo staff of journeys.md with their roles', async () => {
    const r = await login('zhaomin', 'onetrip-demo-2026');
    expect(r.status).toBe(200);
    const me = ZStaffMe.parse((await call(server, 'GET', '/api/v1/staff/me', { token: r.body.token })).body);
    expect(me.roles.map((x) => [x.role, x.departmentName])).toEqual([['HANDLER', '保山市市场监督管理局']]);
  });
});

describe('POST /api/v1/staff/auth/wechat-bind and /staff/auth/wechat', () => {
  const code = async (openid: string) =>
    ((await (await fetch(`${server.wechatBaseUrl}/__sim/login-code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid }) })).json()) as { code: string }).code;

  it('binding is 401 anonymous, 403 for citizens, 400 for a malformed code', async () => {
    expect((await call(server, 'POST', '/api/v1/staff/auth/wechat-bind', { body: { code: 'abc' } })).status).toBe(401);
    const c = await createCitizen(db());
    expect((await call(server, 'POST', '/api/v1/staff/auth/wechat-bind', { token: c.token, body: { code: 'abc' } })).status).toBe(403);
    const { username } = await staffWithPassword('pw-bind-1');
    const { token } = (await login(username, 'pw-bind-1')).body;
    expect((await call(server, 'POST', '/api/v1/staff/auth/wechat-bind', { token, body: { code: '' } })).status).toBe(400);
  });

  it('an unbound WeChat cannot sign in as staff; after binding it can, and it cannot be bound to a second account', async () => {
    const openid = `o-staff-${Date.now()}`;
    expect((await call(server, 'POST', '/api/v1/staff/auth/wechat', { body: { code: await code(openid) } })).status).toBe(401);
    const a = await staffWithPassword('pw-bind-a');
    const tokenA = (await login(a.username, 'pw-bind-a')).body.token;
    expect((await call(server, 'POST', '/api/v1/staff/auth/wechat-bind', { token: tokenA, body: { code: await code(openid) } })).body).toEqual({ ok: true });
    const r = await call(server, 'POST', '/api/v1/staff/auth/wechat', { body: { code: await code(openid) } });
    expect(r.status).toBe(200);
    expect((await call(server, 'GET', '/api/v1/staff/me', { token: r.body.token })).body.id).toBe(a.staff.id);
    const b = await staffWithPassword('pw-bind-b');
    const tokenB = (await login(b.username, 'pw-bind-b')).body.token;
    expect((await call(server, 'POST', '/api/v1/staff/auth/wechat-bind', { token: tokenB, body: { code: await code(openid) } })).status).toBe(409);
  });
});

describe('security log of staff sign-in', () => {
  it('never records what was typed as username or password', async () => {
    await login('MySecretPassw0rd!', 'another-secret');
    const rows = await db().auditLog.findMany({ where: { action: 'SECURITY_EVENT' } });
    expect(JSON.stringify(rows)).not.toMatch(/MySecretPassw0rd|another-secret/);
  });
});
