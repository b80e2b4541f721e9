import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

// 李秀英 (born 1956, 施甸县) and her son 李军.
const MOTHER_ID = '53052219560708002X';
let seq = 0;

async function citizenWithProfile(name: string, idNumber: string) {
  const c = await createCitizen(db());
  await call(server, 'POST', '/api/v1/me/consents', { token: c.token, body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
  const r = await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body: { name, idType: 'RESIDENT_ID_CARD', idNumber } });
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  return c;
}

/** A fresh valid ID number per call, so tests do not match each other's principals. */
function freshId(): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `53050219850101${String(100 + (seq++ % 900)).padStart(3, '0')}`;
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

const body = (idNumber = MOTHER_ID) => ({ principalName: '李秀英', principalIdType: 'RESIDENT_ID_CARD', principalIdNumber: idNumber, relationship: 'FAMILY' });

describe('agent authorisations', () => {
  it('are 401 anonymous and 403 for staff; recording one needs the agent’s own real-name profile', async () => {
    expect((await call(server, 'GET', '/api/v1/me/authorisations')).status).toBe(401);
    const staff = await createStaff(db(), [{ role: 'WINDOW_CLERK' }]);
    expect((await call(server, 'POST', '/api/v1/me/authorisations', { token: staff.token, body: body() })).status).toBe(403);
    const bare = await createCitizen(db());
    expect((await call(server, 'POST', '/api/v1/me/authorisations', { token: bare.token, body: body() })).status).toBe(403);
  });

  it('returns 400 for a wrong check digit, the agent’s own ID, or a past end date, and writes nothing', async () => {
    const ownId = freshId();
    const son = await citizenWithProfile('李军', ownId);
    for (const bad of [body('53052219560708002Y'), body(ownId), { ...body(), validUntil: '2020-01-01T00:00:00.000Z' }]) {
      expect((await call(server, 'POST', '/api/v1/me/authorisations', { token: son.token, body: bad })).status).toBe(400);
    }
    expect(await db().agentAuthorisation.count({ where: { agentUserId: son.user.id } })).toBe(0);
  });

  it('the mother confirms in the app; only she can; either side can revoke; other users get 404', async () => {
    const mother = await citizenWithProfile('李秀英', MOTHER_ID);
    const son = await citizenWithProfile('李军', freshId());
    const created = await call(server, 'POST', '/api/v1/me/authorisations', { token: son.token, body: body() });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ status: 'PENDING', principalName: '李*英', principalIdNumber: '530***********002X', principalHasAccount: true });
    const id = created.body.id as string;
    const row = await db().agentAuthorisation.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(row.principalIdEnc).toString('latin1')).not.toContain(MOTHER_ID);

    const stranger = await createCitizen(db());
    expect((await call(server, 'POST', `/api/v1/me/authorisations/${id}/confirm`, { token: stranger.token })).status).toBe(404);
    expect((await call(server, 'POST', `/api/v1/me/authorisations/${id}/confirm`, { token: son.token })).status).toBe(404);
    expect((await call(server, 'POST', `/api/v1/me/authorisations/${id}/revoke`, { token: stranger.token })).status).toBe(404);

    const mine = await call(server, 'GET', '/api/v1/me/authorisations', { token: mother.token });
    expect(mine.body.asPrincipal).toEqual([expect.objectContaining({ id, agentName: '李*' })]);
    expect((await call(server, 'POST', `/api/v1/me/authorisations/${id}/confirm`, { token: mother.token })).body.status).toBe('ACTIVE');
    expect((await call(server, 'POST', `/api/v1/me/authorisations/${id}/revoke`, { token: son.token })).body.status).toBe('REVOKED');
  });

  it('a principal without an account is verified at a window by a clerk (audited), not by other roles', async () => {
    const son = await citizenWithProfile('李军', freshId());
    const created = await call(server, 'POST', '/api/v1/me/authorisations', { token: son.token, body: body(freshId()) });
    expect(created.body.principalHasAccount).toBe(false);
    const id = created.body.id as string;
    const editor = await createStaff(db(), [{ role: 'CATALOGUE_EDITOR' }]);
    expect((await call(server, 'POST', `/api/v1/staff/authorisations/${id}/verify`, { token: editor.token })).status).toBe(403);
    expect((await call(server, 'POST', `/api/v1/staff/authorisations/${id}/verify`, { token: son.token })).status).toBe(403);
    const clerk = await createStaff(db(), [{ role: 'WINDOW_CLERK' }], { name: '王强' });
    const v = await call(server, 'POST', `/api/v1/staff/authorisations/${id}/verify`, { token: clerk.token });
    expect(v.body.status).toBe('ACTIVE');
    expect((await call(server, 'POST', `/api/v1/staff/authorisations/${id}/verify`, { token: clerk.token })).status).toBe(409);
    expect(await db().auditLog.count({ where: { entityId: id, actorStaffId: clerk.staff.id } })).toBe(1);
  });
});

describe('account deletion and authorisations', () => {
  it('revokes the authorisations of a deleted agent', async () => {
    const son = await citizenWithProfile('李军', freshId());
    const created = await call(server, 'POST', '/api/v1/me/authorisations', { token: son.token, body: body(freshId()) });
    expect((await call(server, 'DELETE', '/api/v1/me', { token: son.token })).status).toBe(200);
    expect((await db().agentAuthorisation.findUniqueOrThrow({ where: { id: created.body.id } })).status).toBe('REVOKED');
  });
});
