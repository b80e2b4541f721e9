import { createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { at, call, reviewWorld } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

const viewPath = (id: string, purpose = '预审营业执照申请') => `/api/v1/staff/cases/${id}?purpose=${encodeURIComponent(purpose)}`;

describe('GET /api/v1/staff/queue', () => {
  it('is 401 without a token, 403 for citizens and staff without case roles, 400 for an unknown status', async () => {
    const w = await reviewWorld(server);
    expect((await call(server, 'GET', '/api/v1/staff/queue')).status).toBe(401);
    expect((await call(server, 'GET', '/api/v1/staff/queue', { token: w.citizen.token })).status).toBe(403);
    const editor = await createStaff(db(), [{ role: 'CATALOGUE_EDITOR', departmentId: w.dept.id }]);
    expect((await call(server, 'GET', '/api/v1/staff/queue', { token: editor.token })).body.error).toMatchObject({ code: 'FORBIDDEN', message: '您没有办件预审权限' });
    expect((await call(server, 'GET', '/api/v1/staff/queue?status=ACCEPTED', { token: w.reviewer.token })).status).toBe(400);
  });

  it('lists my department’s received cases oldest first with the legal deadline, and flags 视为受理 when overdue', async () => {
    const old = await reviewWorld(server, { submittedAt: at('2026-11-02') });
    const fresh = await reviewWorld(server);
    const res = await call(server, 'GET', '/api/v1/staff/queue', { token: fresh.reviewer.token });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(old.c.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(old.c.id)).toBeLessThan(ids.indexOf(fresh.c.id));
    const overdue = res.body.items.find((i: { id: string }) => i.id === old.c.id);
    expect(overdue).toMatchObject({
      status: 'SUBMITTED',
      statusLabel: '待预审',
      preReview: { dueDate: '2026-11-09', overdue: true, workingDaysLeft: null, consequence: 'DEEMED_ACCEPTED' },
    });
    expect(overdue.preReview.consequenceLabel).toContain('视为受理');
    const current = res.body.items.find((i: { id: string }) => i.id === fresh.c.id);
    expect(current.preReview).toMatchObject({ overdue: false, consequence: null });
    expect(current.preReview.workingDaysLeft).toBeGreaterThanOrEqual(4);
    expect(current.preReview.workingDaysLeft).toBeLessThanOrEqual(5);

    // Another department sees neither; the status filter narrows.
    const other = await call(server, 'GET', '/api/v1/staff/queue', { token: fresh.outsider.token });
    expect(other.body.items.map((i: { id: string }) => i.id)).not.toContain(fresh.c.id);
    const resubmitted = await call(server, 'GET', '/api/v1/staff/queue?status=RESUBMITTED', { token: fresh.reviewer.token });
    expect(resubmitted.body.items.map((i: { id: string }) => i.id)).not.toContain(fresh.c.id);
  });
});

describe('GET /api/v1/staff/cases/:id', () => {
  it('is 401 anonymous, 403 for a citizen and for another department, 400 without a purpose, 404 for an unknown case', async () => {
    const w = await reviewWorld(server);
    expect((await call(server, 'GET', viewPath(w.c.id))).status).toBe(401);
    expect((await call(server, 'GET', viewPath(w.c.id), { token: w.citizen.token })).status).toBe(403);
    expect((await call(server, 'GET', viewPath(w.c.id), { token: w.outsider.token })).body.error).toMatchObject({ code: 'FORBIDDEN', message: '该办件不属于您或您所在的部门' });
    expect((await call(server, 'GET', `/api/v1/staff/cases/${w.c.id}`, { token: w.reviewer.token })).status).toBe(400);
    expect((await call(server, 'GET', viewPath('00000000-0000-4000-8000-000000000000'), { token: w.reviewer.token })).status).toBe(404);
  });

  it('shows a handler everything (audited with the purpose): materials with signed links, full applicant data, allowed actions', async () => {
    const w = await reviewWorld(server, { profile: true });
    const res = await call(server, 'GET', viewPath(w.c.id), { token: w.reviewer.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: w.c.id,
      status: 'SUBMITTED',
      readOnly: false,
      applicant: { masked: false, name: '张伟' },
      materials: [
        { id: w.m1.id, name: '身份证', verdict: 'PENDING', files: [{ id: w.file.id, name: '身份证.jpg' }] },
        { id: w.m2.id, name: '申请表', commonMistakes: ['未签名', '填写日期有误'], files: [] },
      ],
      events: [{ action: 'submit', toStatus: 'SUBMITTED' }],
    });
    expect(res.body.materials[0].files[0].url).toMatch(new RegExp(`^/api/v1/files/${w.file.id}/content\\?exp=\\d+&sig=`));
    expect(res.body.allowedActions.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['returnForCorrection', 'accept', 'acceptWithPledge', 'notAccept']));
    expect(res.body.allowedActions.find((a: { action: string }) => a.action === 'notAccept').requires).toEqual(['reason', 'legalBasis']);
    const audit = await db().auditLog.findFirstOrThrow({ where: { caseId: w.c.id, actorStaffId: w.reviewer.actor.staffId } });
    expect(audit).toMatchObject({ action: 'VIEW_PERSONAL_DATA', purpose: '预审营业执照申请', subjectUserId: w.citizen.user.id });
    expect(audit.fields).toContain('idNumber');
  });

  it('shows a supervisor the case read-only and masked, without document links, and refuses their verdicts', async () => {
    const w = await reviewWorld(server, { profile: true });
    const res = await call(server, 'GET', viewPath(w.c.id, '督查预审时效'), { token: w.supervisor.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ readOnly: true, allowedActions: [], applicant: { masked: true } });
    expect(res.body.applicant.name).not.toBe('张伟');
    expect(res.body.materials[0].files[0]).toMatchObject({ url: null, expiresAt: null });
    const audit = await db().auditLog.findFirstOrThrow({ where: { caseId: w.c.id, actorStaffId: w.supervisor.actor.staffId } });
    expect(audit.fields).toContain('idNumber:masked');
    const verdict = await call(server, 'PUT', `/api/v1/staff/cases/${w.c.id}/materials/${w.m1.id}/verdict`, { token: w.supervisor.token, body: { verdict: 'ACCEPTED' } });
    expect(verdict.status).toBe(403);
    const accept = await call(server, 'POST', `/api/v1/staff/cases/${w.c.id}/transition`, { token: w.supervisor.token, body: { action: 'accept' } });
    expect(accept.status).toBe(403);
    expect((await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).status).toBe('SUBMITTED');
  });
});
