import { applyDefaultRatings, sendRatingReminders } from '../../../server/services/ratings/rating-reminders';
import { escalateOverdueRectifications } from '../../../server/services/ratings/escalate-overdue-rectifications';
import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call } from '../review/helpers';
import { ratingWorld } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

const rate = (caseId: string, token: string | undefined, body: unknown) => call(server, 'POST', `/api/v1/me/cases/${caseId}/rating`, { token, body });

describe('POST /api/v1/me/cases/:id/rating', () => {
  it('is 401 anonymous, 403 for staff, 400 for a bad grade or score, 404 for someone else’s case', async () => {
    const w = await ratingWorld(db());
    expect((await rate(w.c.id, undefined, { grade: 'SATISFIED' })).status).toBe(401);
    expect((await rate(w.c.id, w.handler.token, { grade: 'SATISFIED' })).status).toBe(403);
    expect((await rate(w.c.id, w.citizen.token, { grade: 'GREAT' })).status).toBe(400);
    const badScore = await rate(w.c.id, w.citizen.token, { grade: 'SATISFIED', guideScore: 6 });
    expect(badScore.status).toBe(400);
    expect(badScore.body.error.details).toEqual([{ path: 'body.guideScore', message: '评分为1到5分' }]);
    const stranger = await createCitizen(db());
    expect((await rate(w.c.id, stranger.token, { grade: 'VERY_DISSATISFIED' })).status).toBe(404);
    expect(await db().rating.count({ where: { caseId: w.c.id } })).toBe(0);
  });

  it('refuses a case not yet delivered with a clear 409', async () => {
    const w = await ratingWorld(db(), { status: 'IN_PROGRESS' });
    const r = await rate(w.c.id, w.citizen.token, { grade: 'SATISFIED' });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toBe('办件办结并送达结果后才能评价');
    const view = await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/rating`, { token: w.citizen.token });
    expect(view.body).toMatchObject({ canRate: false, cannotRateReason: '办件办结并送达结果后才能评价', rating: null });
  });

  it('rates once: the case becomes RATED with an event; a second rating (even two at once) is 409', async () => {
    const w = await ratingWorld(db());
    const body = { grade: 'VERY_SATISFIED', efficiencyScore: 5, guideScore: 4, convenienceScore: 5, usabilityScore: 5, comment: '很快' };
    const results = await Promise.all([rate(w.c.id, w.citizen.token, body), rate(w.c.id, w.citizen.token, body)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const ok = results.find((r) => r.status === 200)!;
    expect(ok.body).toMatchObject({ canRate: false, rating: { grade: 'VERY_SATISFIED', gradeLabel: '非常满意', guideScore: 4, comment: '很快', isDefault: false }, rectification: null });
    expect((await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).status).toBe('RATED');
    expect(await db().caseEvent.count({ where: { caseId: w.c.id, action: 'rate' } })).toBe(1);
    const again = await rate(w.c.id, w.citizen.token, { grade: 'VERY_DISSATISFIED' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('该办件已评价，每件只能评价一次');
    expect(await db().rating.count({ where: { caseId: w.c.id } })).toBe(1);
    expect(await db().rectificationTask.count({ where: { rating: { caseId: w.c.id } } })).toBe(0);
  });
});

describe('bad rating → rectification', () => {
  it('opens a task due in 5 working days, notifies the department; staff call back, record the outcome; the applicant sees it', async () => {
    const w = await ratingWorld(db());
    const r = await rate(w.c.id, w.citizen.token, { grade: 'DISSATISFIED', comment: '材料要求前后不一致' });
    expect(r.status).toBe(200);
    const task = await db().rectificationTask.findFirstOrThrow({ where: { rating: { caseId: w.c.id } } });
    expect(r.body.rectification).toMatchObject({ id: task.id, status: 'OPEN', statusLabel: '待回访', overdue: false, outcome: null });
    expect(await db().outboxMessage.count({ where: { dedupeKey: `rectification:${task.id}:assigned` } })).toBe(1);

    const path = `/api/v1/staff/rectifications/${task.id}`;
    // 401 / 403 / 400 before the happy path.
    expect((await call(server, 'POST', `${path}/callback`, { body: { reached: true, note: '已电话联系' } })).status).toBe(401);
    expect((await call(server, 'POST', `${path}/callback`, { token: w.citizen.token, body: { reached: true, note: '已电话联系' } })).status).toBe(403);
    expect((await call(server, 'POST', `${path}/callback`, { token: w.outsider.token, body: { reached: true, note: '已电话联系' } })).status).toBe(403);
    expect((await call(server, 'POST', `${path}/callback`, { token: w.supervisor.token, body: { reached: true, note: '已电话联系' } })).status).toBe(403);
    expect((await call(server, 'POST', `${path}/callback`, { token: w.handler.token, body: { reached: true } })).status).toBe(400);
    // The outcome needs the call back first.
    const early = await call(server, 'POST', `${path}/outcome`, { token: w.handler.token, body: { outcome: 'EXPLAINED', text: '已说明' } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('请先回访申请人并记录回访情况');

    const list = await call(server, 'GET', '/api/v1/staff/rectifications', { token: w.handler.token });
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(task.id);
    const outsiderList = await call(server, 'GET', '/api/v1/staff/rectifications', { token: w.outsider.token });
    expect(outsiderList.body.items.map((i: { id: string }) => i.id)).not.toContain(task.id);

    const cb = await call(server, 'POST', `${path}/callback`, { token: w.handler.token, body: { reached: true, note: '已电话联系申请人，了解情况' } });
    expect(cb.status).toBe(200);
    expect(cb.body).toMatchObject({ status: 'CALLED_BACK', callbackReached: true, calledBackBy: expect.any(String), rating: { grade: 'DISSATISFIED' } });
    const noDate = await call(server, 'POST', `${path}/outcome`, { token: w.handler.token, body: { outcome: 'SCHEDULED', text: '将统一材料清单' } });
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.details).toEqual([{ path: 'body.scheduledFor', message: '限期整改请填写整改完成日期' }]);
    const done = await call(server, 'POST', `${path}/outcome`, { token: w.handler.token, body: { outcome: 'SCHEDULED', text: '将统一窗口与网上的材料清单', scheduledFor: '2026-12-31' } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'RESOLVED', outcome: 'SCHEDULED', outcomeLabel: '限期整改', scheduledFor: '2026-12-31' });
    expect((await call(server, 'POST', `${path}/outcome`, { token: w.handler.token, body: { outcome: 'FIXED', text: '再来一次' } })).status).toBe(409);
    expect(await db().outboxMessage.count({ where: { dedupeKey: `rectification:${task.id}:outcome` } })).toBe(1);

    const mine = await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/rating`, { token: w.citizen.token });
    expect(mine.body.rectification).toMatchObject({
      status: 'RESOLVED',
      calledBackBy: cb.body.calledBackBy,
      callbackNote: '已电话联系申请人，了解情况',
      outcomeLabel: '限期整改',
      outcomeText: '将统一窗口与网上的材料清单',
      scheduledFor: '2026-12-31',
    });
  });

  it('escalates an overdue task once (department head and supervisor)', async () => {
    const w = await ratingWorld(db());
    await rate(w.c.id, w.citizen.token, { grade: 'VERY_DISSATISFIED' });
    const task = await db().rectificationTask.findFirstOrThrow({ where: { rating: { caseId: w.c.id } } });
    const later = new Date(task.dueDate.getTime() + 3 * 86_400_000);
    expect(await escalateOverdueRectifications(db(), later)).toBeGreaterThanOrEqual(1);
    expect(await db().outboxMessage.count({ where: { dedupeKey: { startsWith: `rectification:${task.id}:overdue` } } })).toBe(2);
    expect((await db().rectificationTask.findUniqueOrThrow({ where: { id: task.id } })).escalatedAt).toEqual(later);
    await escalateOverdueRectifications(db(), later);
    expect(await db().outboxMessage.count({ where: { dedupeKey: { startsWith: `rectification:${task.id}:overdue` } } })).toBe(2);
    const view = await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/rating`, { token: w.citizen.token });
    expect(view.body.rectification.escalatedAt).toBe(later.toISOString());
  });
});

describe('appeal of a malicious rating', () => {
  it('is filed by the department head only, decided by a supervisor; the rating stays, marked excluded', async () => {
    const w = await ratingWorld(db());
    await rate(w.c.id, w.citizen.token, { grade: 'VERY_DISSATISFIED', comment: '与办事无关的辱骂内容' });
    const rating = await db().rating.findUniqueOrThrow({ where: { caseId: w.c.id } });
    const appealPath = `/api/v1/staff/ratings/${rating.id}/appeal`;
    expect((await call(server, 'POST', appealPath, { body: { reason: '评价内容与办件无关' } })).status).toBe(401);
    expect((await call(server, 'POST', appealPath, { token: w.citizen.token, body: { reason: '评价内容与办件无关' } })).status).toBe(403);
    expect((await call(server, 'POST', appealPath, { token: w.handler.token, body: { reason: '评价内容与办件无关' } })).status).toBe(403);
    expect((await call(server, 'POST', appealPath, { token: w.head.token, body: { reason: '短' } })).status).toBe(400);
    const appeal = await call(server, 'POST', appealPath, { token: w.head.token, body: { reason: '评价内容与办件无关，属恶意评价' } });
    expect(appeal.status).toBe(200);
    expect(appeal.body).toMatchObject({ status: 'PENDING', caseNumber: expect.any(String) });
    expect((await call(server, 'POST', appealPath, { token: w.head.token, body: { reason: '再次申诉一次' } })).status).toBe(409);

    const decide = `/api/v1/staff/rating-appeals/${appeal.body.id}/decision`;
    expect((await call(server, 'POST', decide, { token: w.head.token, body: { uphold: true, note: '同意' } })).status).toBe(403);
    const pending = await call(server, 'GET', '/api/v1/staff/rating-appeals', { token: w.supervisor.token });
    expect(pending.body.items.map((a: { id: string }) => a.id)).toContain(appeal.body.id);
    const decided = await call(server, 'POST', decide, { token: w.supervisor.token, body: { uphold: true, note: '经核实属恶意评价，不计入统计' } });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'UPHELD', decisionNote: '经核实属恶意评价，不计入统计', decidedBy: expect.any(String), rating: { excluded: true } });
    expect((await call(server, 'POST', decide, { token: w.supervisor.token, body: { uphold: false, note: '改判' } })).status).toBe(409);
    // Nothing deleted: the rating and its follow-up are still there.
    expect(await db().rating.count({ where: { id: rating.id } })).toBe(1);
    expect(await db().rectificationTask.count({ where: { ratingId: rating.id } })).toBe(1);
  });
});

describe('scheduled rating work', () => {
  it('reminds once after N days, and gives the default grade only when configured', async () => {
    const now = new Date();
    const w = await ratingWorld(db(), { deliveredAt: new Date(now.getTime() - 4 * 86_400_000) });
    expect(await sendRatingReminders(db(), { reminderDays: 3 }, now)).toBeGreaterThanOrEqual(1);
    await sendRatingReminders(db(), { reminderDays: 3 }, now);
    expect(await db().outboxMessage.count({ where: { dedupeKey: `rating-invite:${w.c.id}` } })).toBe(1);

    expect(await applyDefaultRatings(db(), { afterDays: 0, rectificationWorkingDays: 5 }, now)).toBe(0);
    expect(await db().rating.count({ where: { caseId: w.c.id } })).toBe(0);
    await applyDefaultRatings(db(), { afterDays: 3, rectificationWorkingDays: 5 }, now);
    const r = await db().rating.findUniqueOrThrow({ where: { caseId: w.c.id } });
    expect(r).toMatchObject({ grade: 'BASICALLY_SATISFIED', isDefault: true, userId: null });
    expect((await db().case.findUniqueOrThrow({ where: { id: w.c.id } })).status).toBe('RATED');
    const ev = await db().caseEvent.findFirstOrThrow({ where: { caseId: w.c.id, action: 'rate' } });
    expect(ev.actorKind).toBe('SYSTEM');
  });
});
