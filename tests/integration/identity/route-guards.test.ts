import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());

// Every row has three entries: a shorter row would make jest pass its `done` callback as the body.
const citizenRoutes: [string, string, unknown][] = [
  ['GET', '/api/v1/me/profile', undefined],
  ['PUT', '/api/v1/me/profile', { name: '张伟', idType: 'RESIDENT_ID_CARD', idNumber: '530502199403152311' }],
  ['POST', '/api/v1/me/consents', { kind: 'PRIVACY_POLICY', policyVersion: 'x' }],
  ['GET', '/api/v1/me/export', undefined],
  ['DELETE', '/api/v1/me', undefined],
  ['GET', '/api/v1/me/data-access', undefined],
  ['GET', '/api/v1/me/authorisations', undefined],
  ['POST', '/api/v1/me/authorisations', { principalName: '李秀英', principalIdType: 'RESIDENT_ID_CARD', principalIdNumber: '530522195607080054', relationship: 'FAMILY' }],
  ['POST', '/api/v1/me/authorisations/00000000-0000-0000-0000-000000000000/confirm', undefined],
  ['POST', '/api/v1/me/authorisations/00000000-0000-0000-0000-000000000000/revoke', undefined],
];
const staffRoutes: [string, string][] = [
  ['GET', '/api/v1/staff/me'],
  ['GET', '/api/v1/staff/users/00000000-0000-0000-0000-000000000000/profile?purpose=check'],
  ['GET', '/api/v1/staff/cases/00000000-0000-0000-0000-000000000000/applicant-profile?purpose=check'],
  ['POST', '/api/v1/staff/authorisations/00000000-0000-0000-0000-000000000000/verify'],
];

describe('identity routes: 401 without a session, 403 for the wrong kind of account', () => {
  it.each(citizenRoutes)('%s %s is citizen-only', async (method, path, body) => {
    expect((await call(server, method, path, { body })).status).toBe(401);
    expect((await call(server, method, path, { body, token: 'x'.repeat(43) })).status).toBe(401);
    const staff = await createStaff(server.dbHandle.db, [{ role: 'SYSTEM_ADMIN' }]);
    expect((await call(server, method, path, { body, token: staff.token })).status).toBe(403);
  });

  it.each(staffRoutes)('%s %s is staff-only', async (method, path) => {
    expect((await call(server, method, path)).status).toBe(401);
    const citizen = await createCitizen(server.dbHandle.db);
    expect((await call(server, method, path, { token: citizen.token })).status).toBe(403);
  });

  it('a disabled staff account cannot use an existing session', async () => {
    const staff = await createStaff(server.dbHandle.db, [{ role: 'WINDOW_CLERK' }]);
    await server.dbHandle.db.staff.update({ where: { id: staff.staff.id }, data: { status: 'DISABLED' } });
    expect((await call(server, 'GET', '/api/v1/staff/me', { token: staff.token })).status).toBe(401);
  });
});
