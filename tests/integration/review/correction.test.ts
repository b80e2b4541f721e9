import { startTestServer, type TestServer } from '../../helpers/test-server';
import { at, call, reviewWorld } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

const verdictPath = (caseId: string, materialId: string) => `/api/v1/staff/cases/${caseId}/materials/${materialId}/verdict`;
const noticePath = (caseId: string) => `/api/v1/staff/cases/${caseId}/correction-notice`;

describe('PUT /api/v1/staff/cases/:id/materials/:materialId/verdict', () => {
  it('is 401 anonymous, 403 for a citizen, another department or an approver, 400 without a reason for a correction, 404 for a foreign material', async () => {
    const w = await reviewWorld(server);
    const other = await reviewWorld(server);
    const put = (token: string | undefined, body: unknown, materialId = w.m1.id) => call(server, 'PUT', verdictPath(w.c.id, materialId), { token, body });
    expect((await put(undefined, { verdict: 'ACCEPTED' })).status).toBe(401);
    expect((await put(w.citizen.token, { verdict: 'ACCEPTED' })).status).toBe(403);
    expect((await put(w.outsider.token, { verdict: 'ACCEPTED' })).status).toBe(403);
    expect((await put(w.approver.token, { verdict: 'ACCEPTED' })).body.error).toMatchObject({ code: 'FORBIDDEN', message: '您没有权限审查材料' });
    const noReason = await put(w.reviewer.token, { verdict: 'NEEDS_CORRECTION' });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('需补正的材料必须写明原因');
    expect((await put(w.reviewer.token, { verdict: 'MAYBE' })).status).toBe(400);
    expect((await put(w.reviewer.token, { verdict: 'ACCEPTED' }, other.m1.id)).status).toBe(404);
    expect((await db().caseMaterial.findUniqueOrThrow({ where: { id: w.m1.id } })).verdict).toBe('PENDING');
  });
});

describe('POST /api/v1/staff/cases/:id/correction-notice', () => {
  it('is 401 anonymous, 403 for another department and a supervisor', async () => {
    const w = await reviewWorld(server);
    expect((await call(server, 'POST', noticePath(w.c.id), { body: {} })).status).toBe(401);
    expect((await call(server, 'POST', noticePath(w.c.id), { token: w.outsider.token, body: {} })).status).toBe(403);
    expect((await call(server, 'POST', noticePath(w.c.id), { token: w.supervisor.token, body: {} })).status).toBe(403);
    expect((await call(server, 'POST', noticePath(w.c.id), { token: w.reviewer.token, body: { expectedVersion: 'x' } })).status).toBe(400);
  });

  it('refuses while a material is undecided, then sends ONE notice listing every correction and returns the case', async () => {
    const w = await reviewWorld(server);
    const put = (materialId: string, body: unknown) => call(server, 'PUT', verdictPath(w.c.id, materialId), { token: w.reviewer.token, body });
    expect((await put(w.m2.id, { verdict: 'NEEDS_CORRECTION', reason: '未签名' })).body).toMatchObject({ verdict: 'NEEDS_CORRECTION', verdictReason: '未签名' });

    const early = await call(server, 'POST', noticePath(w.c.id), { token: w.reviewer.token, body: {} });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('还有1项材料未审查（身份证），请全部审查后再一次性告知补正');
    expect(await db().correctionNotice.count({ where: { caseId: w.c.id } })).toBe(0);

    // A reviewer may change their mind before the notice goes out.
    expect((await put(w.m1.id, { verdict: 'ACCEPTED' })).body).toMatchObject({ verdict: 'PASSED' });
    expect((await put(w.m1.id, { verdict: 'NEEDS_CORRECTION', reason: '复印件不清晰' })).status).toBe(200);

    const sent = await call(server, 'POST', noticePath(w.c.id), { token: w.reviewer.token, body: { message: '请一次补齐', expectedVersion: 1 } });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({
      round: 1,
      status: 'CORRECTION_REQUIRED',
      version: 2,
      items: [
        { caseMaterialId: w.m1.id, name: '身份证', reason: '复印件不清晰' },
        { caseMaterialId: w.m2.id, name: '申请表', reason: '未签名' },
      ],
    });
    const notice = await db().correctionNotice.findUniqueOrThrow({ where: { id: sent.body.id }, include: { items: { orderBy: { sortOrder: 'asc' } } } });
    expect(notice.items.map((i) => i.reason)).toEqual(['复印件不清晰', '未签名']);
    const event = await db().caseEvent.findFirstOrThrow({ where: { caseId: w.c.id, action: 'returnForCorrection' } });
    expect(event.data).toMatchObject({ correctionNoticeId: notice.id, materialCount: 2 });
    expect(await db().outboxMessage.count({ where: { dedupeKey: `case:${w.c.id}:v2:case.correctionRequired` } })).toBe(1);

    // The case is with the applicant now: no second notice, no more verdicts.
    expect((await call(server, 'POST', noticePath(w.c.id), { token: w.reviewer.token, body: {} })).status).toBe(409);
    expect((await put(w.m1.id, { verdict: 'ACCEPTED' })).status).toBe(409);
  });

  it('refuses a notice with nothing to correct, and once the pre-review deadline has passed (视为受理)', async () => {
    const w = await reviewWorld(server);
    for (const m of [w.m1, w.m2]) await call(server, 'PUT', verdictPath(w.c.id, m.id), { token: w.clerk.token, body: { verdict: 'ACCEPTED' } });
    const nothing = await call(server, 'POST', noticePath(w.c.id), { token: w.clerk.token, body: {} });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.message).toBe('没有需要补正的材料：材料齐全时请直接受理');

    const late = await reviewWorld(server, { submittedAt: at('2026-11-02') });
    for (const m of [late.m1, late.m2]) await call(server, 'PUT', verdictPath(late.c.id, m.id), { token: late.reviewer.token, body: { verdict: 'NEEDS_CORRECTION', reason: '不清晰' } });
    const refused = await call(server, 'POST', noticePath(late.c.id), { token: late.reviewer.token, body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('视为受理');
    expect(await db().correctionNotice.count({ where: { caseId: late.c.id } })).toBe(0);
    const notAccept = await call(server, 'POST', `/api/v1/staff/cases/${late.c.id}/transition`, {
      token: late.reviewer.token,
      body: { action: 'notAccept', reason: '不符合条件', legalBasis: '《行政许可法》第三十二条' },
    });
    expect(notAccept.status).toBe(409);
    expect((await db().case.findUniqueOrThrow({ where: { id: late.c.id } })).status).toBe('SUBMITTED');
    // The case view says so and offers only what the law still allows.
    const view = await call(server, 'GET', `/api/v1/staff/cases/${late.c.id}?purpose=${encodeURIComponent('预审')}`, { token: late.reviewer.token });
    expect(view.body.preReview).toMatchObject({ dueDate: '2026-11-09', overdue: true, consequence: 'DEEMED_ACCEPTED' });
    const actions = view.body.allowedActions.map((a: { action: string }) => a.action);
    expect(actions).toContain('accept');
    expect(actions).not.toContain('returnForCorrection');
    expect(actions).not.toContain('notAccept');
  });
});
