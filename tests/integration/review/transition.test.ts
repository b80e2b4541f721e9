import { takeCaseAction } from '../../../server/services/review/take-case-action';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { at, call, reviewWorld } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

const act = (caseId: string, token: string | undefined, body: unknown) => call(server, 'POST', `/api/v1/staff/cases/${caseId}/transition`, { token, body });

describe('POST /api/v1/staff/cases/:id/transition', () => {
  it('is 401 anonymous, 403 for a citizen and another department, 400 for an unknown action or missing inputs', async () => {
    const w = await reviewWorld(server);
    expect((await act(w.c.id, undefined, { action: 'accept' })).status).toBe(401);
    expect((await act(w.c.id, w.citizen.token, { action: 'accept' })).status).toBe(403);
    expect((await act(w.c.id, w.outsider.token, { action: 'accept' })).status).toBe(403);
    expect((await act(w.c.id, w.reviewer.token, { action: 'deemAccepted' })).status).toBe(400);
    const noBasis = await act(w.c.id, w.reviewer.token, { action: 'notAccept', reason: '不属于本部门职权' });
    expect(noBasis.status).toBe(400);
    expect(noBasis.body.error.details).toEqual([{ path: 'legalBasis', message: '请填写不予受理的法律依据' }]);
    const noPledge = await act(w.c.id, w.reviewer.token, { action: 'acceptWithPledge', pledgeFileId: '00000000-0000-4000-8000-000000000000' });
    expect(noPledge.status).toBe(400);
    expect((await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).status).toBe('SUBMITTED');
  });

  it('lets one of two reviewers accepting at once win; the other gets 409 with a clear message', async () => {
    const w = await reviewWorld(server);
    const results = await Promise.all([act(w.c.id, w.reviewer.token, { action: 'accept' }), act(w.c.id, w.reviewer2.token, { action: 'accept' })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const lost = results.find((r) => r.status === 409)!;
    expect(lost.body.error.message).toBe('该办件刚刚已被他人处理，请刷新后查看最新状态');
    expect(await db().caseEvent.count({ where: { caseId: w.c.id, action: 'accept' } })).toBe(1);
    expect((await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).version).toBe(2);
    // A stale version is refused the same way.
    expect((await act(w.c.id, w.reviewer.token, { action: 'startProcessing', expectedVersion: 1 })).status).toBe(409);
  });

  it('refuses plain acceptance while a material is marked 需补正 (and does not offer it); a changed verdict lifts it', async () => {
    const w = await reviewWorld(server);
    const verdict = (body: unknown) => call(server, 'PUT', `/api/v1/staff/cases/${w.c.id}/materials/${w.m2.id}/verdict`, { token: w.reviewer.token, body });
    expect((await verdict({ verdict: 'NEEDS_CORRECTION', reason: '未签名' })).status).toBe(200);
    const view = await call(server, 'GET', `/api/v1/staff/cases/${w.c.id}?purpose=${encodeURIComponent('预审')}`, { token: w.reviewer.token });
    const offered = view.body.allowedActions.map((a: { action: string }) => a.action);
    expect(offered).not.toContain('accept');
    expect(offered).toContain('acceptWithPledge');
    const refused = await act(w.c.id, w.reviewer.token, { action: 'accept' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('有材料被标记为需补正');
    expect((await verdict({ verdict: 'ACCEPTED' })).status).toBe(200);
    expect((await act(w.c.id, w.reviewer.token, { action: 'accept' })).status).toBe(200);
  });

  it('accepts with a case number and a promised date across the National Day holiday', async () => {
    const w = await reviewWorld(server, { submittedAt: at('2026-09-28'), promisedLimit: 5 });
    const accepted = await takeCaseAction(db(), w.reviewer.actor, w.c.id, { action: 'accept' }, at('2026-09-29'));
    // 5 working days after 09-29: 09-30, 10-08, 10-09, 10-10 (make-up working Saturday), 10-12.
    expect(accepted).toMatchObject({ status: 'ACCEPTED', statusLabel: '已受理', promisedDueDate: '2026-10-12' });
    expect(accepted.number).toMatch(/^5305-20260929-\d{6}$/);
  });

  it('runs handling through the API: start, special procedure (needs its type), resume, complete by the approver only', async () => {
    const w = await reviewWorld(server);
    expect((await act(w.c.id, w.clerk.token, { action: 'accept' })).status).toBe(200);
    expect((await act(w.c.id, w.reviewer.token, { action: 'startProcessing' })).body).toMatchObject({ status: 'IN_PROGRESS' });
    const noProcedure = await act(w.c.id, w.reviewer.token, { action: 'suspend', reason: '需现场核查' });
    expect(noProcedure.status).toBe(400);
    expect((await act(w.c.id, w.reviewer.token, { action: 'suspend', reason: '需现场核查', procedure: 'SITE_INSPECTION', plannedWorkingDays: 3 })).body).toMatchObject({ status: 'SUSPENDED' });
    expect(await db().casePause.count({ where: { caseId: w.c.id, endedAt: null } })).toBe(1);
    expect((await act(w.c.id, w.reviewer.token, { action: 'resume' })).body).toMatchObject({ status: 'IN_PROGRESS' });
    expect((await act(w.c.id, w.reviewer.token, { action: 'complete', decision: 'APPROVED', resultName: '食品经营许可证' })).status).toBe(403);
    const done = await act(w.c.id, w.approver.token, { action: 'complete', decision: 'APPROVED', resultName: '食品经营许可证' });
    expect(done.body).toMatchObject({ status: 'COMPLETED' });
  });
});
