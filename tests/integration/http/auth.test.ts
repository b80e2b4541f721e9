import { ZErrorBody } from '@shared/errors';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

async function expect401(headers: Record<string, string>) {
  const res = await server.get('/api/v1/home', { headers });
  expect(res.status).toBe(401);
  expect(ZErrorBody.parse(await res.json()).error.code).toBe('UNAUTHENTICATED');
}

describe('bearer tokens', () => {
  it('lets anonymous callers use public endpoints', async () => {
    expect((await server.get('/api/v1/home')).status).toBe(200);
  });

  it('accepts valid citizen and staff tokens', async () => {
    const citizen = await createCitizen(server.dbHandle.db);
    expect((await server.get('/api/v1/home', { headers: citizen.auth })).status).toBe(200);
    const staff = await createStaff(server.dbHandle.db, [{ role: 'SUPERVISOR' }]);
    expect((await server.get('/api/v1/home', { headers: staff.auth })).status).toBe(200);
  });

  it('rejects malformed and unknown tokens with 401, never as anonymous', async () => {
    await expect401({ authorization: 'Basic dXNlcjpwYXNz' });
    await expect401({ authorization: 'Bearer short' });
    await expect401({ authorization: `Bearer ${'x'.repeat(43)}` });
  });

  it('rejects expired and revoked sessions', async () => {
    const db = server.dbHandle.db;
    const a = await createCitizen(db);
    await db.session.update({ where: { id: a.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect401(a.auth);
    const b = await createCitizen(db);
    await db.session.update({ where: { id: b.sessionId }, data: { revokedAt: new Date() } });
    await expect401(b.auth);
  });

  it('rejects sessions of disabled accounts', async () => {
    const db = server.dbHandle.db;
    const c = await createCitizen(db);
    await db.user.update({ where: { id: c.user.id }, data: { status: 'DISABLED' } });
    await expect401(c.auth);
  });
});
