import { issueSession } from '../../../server/services/identity/issue-session';
import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;
const lastSeen = async (id: string) => (await db().session.findUniqueOrThrow({ where: { id } })).lastSeenAt;

describe('session lastSeenAt', () => {
  it('is written on the first request and then at most once a minute, not on every request', async () => {
    const c = await createCitizen(db());
    expect(await lastSeen(c.sessionId)).toBeNull();
    await call(server, 'GET', '/api/v1/me/sessions', { token: c.token });
    const first = await lastSeen(c.sessionId);
    expect(first).not.toBeNull();
    await Promise.all([1, 2, 3, 4, 5].map(() => call(server, 'GET', '/api/v1/me/sessions', { token: c.token })));
    expect(await lastSeen(c.sessionId)).toEqual(first);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db().session.update({ where: { id: c.sessionId }, data: { lastSeenAt: twoMinutesAgo } });
    await call(server, 'GET', '/api/v1/me/sessions', { token: c.token });
    expect((await lastSeen(c.sessionId))!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });
});

describe('my sessions', () => {
  it('lists the live devices with the current one marked, a masked IP and a device label', async () => {
    const c = await createCitizen(db());
    const phone = await issueSession(db(), { userId: c.user.id }, { userAgent: 'Mozilla/5.0 (iPhone) MicroMessenger/8.0', ip: '113.65.20.7' });
    const expired = await issueSession(db(), { userId: c.user.id });
    await db().session.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const r = await call(server, 'GET', '/api/v1/me/sessions', { token: c.token });
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(2);
    expect(r.body.items.find((s: { current: boolean }) => s.current).id).toBe(c.sessionId);
    expect(r.body.items.find((s: { id: string }) => s.id === phone.sessionId)).toMatchObject({ current: false, device: '微信 · iPhone/iPad', ip: '113.65.*.*' });
  });

  it('signs out one device; another citizen cannot touch it (404)', async () => {
    const c = await createCitizen(db());
    const other = await issueSession(db(), { userId: c.user.id });
    const stranger = await createCitizen(db());
    expect((await call(server, 'POST', `/api/v1/me/sessions/${other.sessionId}/revoke`, { token: stranger.token })).status).toBe(404);
    expect((await call(server, 'POST', `/api/v1/me/sessions/${other.sessionId}/revoke`, { token: c.token })).status).toBe(200);
    expect((await call(server, 'GET', '/api/v1/me/sessions', { token: other.token })).status).toBe(401);
    expect((await call(server, 'POST', `/api/v1/me/sessions/${other.sessionId}/revoke`, { token: c.token })).status).toBe(404);
  });

  it('signs out every other device and keeps this one', async () => {
    const c = await createCitizen(db());
    const a = await issueSession(db(), { userId: c.user.id });
    const b = await issueSession(db(), { userId: c.user.id });
    const r = await call(server, 'POST', '/api/v1/me/sessions/revoke-others', { token: c.token });
    expect(r.body).toEqual({ revoked: 2 });
    for (const t of [a.token, b.token]) expect((await call(server, 'GET', '/api/v1/me/sessions', { token: t })).status).toBe(401);
    const mine = await call(server, 'GET', '/api/v1/me/sessions', { token: c.token });
    expect(mine.body.items.map((s: { id: string }) => s.id)).toEqual([c.sessionId]);
  });
});
