import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { ZHANG_WEI_ID, call } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

async function caseOfZhangWei() {
  const citizen = await createCitizen(db());
  await call(server, 'POST', '/api/v1/me/consents', { token: citizen.token, body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
  await call(server, 'PUT', '/api/v1/me/profile', { token: citizen.token, body: { name: '张伟', idType: 'RESIDENT_ID_CARD', idNumber: ZHANG_WEI_ID, phone: '13812345678' } });
  const scjg = await db().department.findFirstOrThrow({ where: { code: '5305-SCJG' } });
  const c = await db().case.create({
    data: { number: `BS${Date.now()}`, departmentId: scjg.id, regionCode: '530502', status: 'SUBMITTED', applicantKind: 'PERSON', applicantUserId: citizen.user.id, submittedAt: new Date() },
  });
  return { citizen, c, scjg };
}

const path = (caseId: string, purpose = '预审营业执照申请') => `/api/v1/staff/cases/${caseId}/applicant-profile?purpose=${encodeURIComponent(purpose)}`;

describe('GET /api/v1/staff/cases/:caseId/applicant-profile', () => {
  it('is 401 anonymous, 403 for citizens (even the applicant), 403 for staff of another department, 400 without a purpose', async () => {
    const { citizen, c } = await caseOfZhangWei();
    expect((await call(server, 'GET', path(c.id))).status).toBe(401);
    expect((await call(server, 'GET', path(c.id), { token: citizen.token })).status).toBe(403);
    const ga = await db().department.findFirstOrThrow({ where: { code: '5305-GA' } });
    const other = await createStaff(db(), [{ role: 'HANDLER', departmentId: ga.id, regionCode: '5305' }]);
    expect((await call(server, 'GET', path(c.id), { token: other.token })).status).toBe(403);
    const scjgTengchong = await createStaff(db(), [{ role: 'HANDLER', departmentId: c.departmentId, regionCode: '530581' }]);
    expect((await call(server, 'GET', path(c.id), { token: scjgTengchong.token })).status).toBe(403);
    const reviewer = await createStaff(db(), [{ role: 'HANDLER', departmentId: c.departmentId, regionCode: '5305' }]);
    expect((await call(server, 'GET', `/api/v1/staff/cases/${c.id}/applicant-profile`, { token: reviewer.token })).status).toBe(400);
    expect((await call(server, 'GET', path('not-a-case'), { token: reviewer.token })).status).toBe(404);
    expect(await db().auditLog.count({ where: { caseId: c.id } })).toBe(0);
  });

  it('shows the handling reviewer everything, audited with the case; the citizen sees who, when and why', async () => {
    const { citizen, c, scjg } = await caseOfZhangWei();
    const zhaomin = await createStaff(db(), [{ role: 'HANDLER', departmentId: scjg.id, regionCode: '5305' }], { name: '赵敏', homeDepartmentId: scjg.id });
    const r = await call(server, 'GET', path(c.id), { token: zhaomin.token });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ masked: false, name: '张伟', idNumber: ZHANG_WEI_ID, phone: '13812345678' });
    const log = await call(server, 'GET', '/api/v1/me/data-access', { token: citizen.token });
    expect(log.body.items).toEqual([
      expect.objectContaining({
        viewer: { name: '赵敏', department: '保山市市场监督管理局' },
        fields: ['name', 'idNumber', 'phone', 'address'],
        purpose: '预审营业执照申请',
        caseNumber: c.number,
      }),
    ]);
  });

  it('shows the supervisor the same applicant masked only', async () => {
    const { c } = await caseOfZhangWei();
    const chenchen = await createStaff(db(), [{ role: 'SUPERVISOR', regionCode: '5305' }], { name: '陈晨' });
    const r = await call(server, 'GET', path(c.id, '月度督查抽查'), { token: chenchen.token });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ masked: true, name: '张*', idNumber: '530***********2311', phone: '138****5678' });
  });
});
