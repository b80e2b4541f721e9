import { startTestServer, type TestServer } from '../../helpers/test-server';
import { createStaff } from '../../helpers/factories';
import { issueSession } from '../../../server/services/identity/issue-session';
import { TPL, call, jobsLeft, makeRetriesDue, notifyWorld, outboxDone, simControl, simSendCalls, simSent, subscribe, waitFor } from './helpers';

// The real server with its job worker: events commit, jobs are picked up within milliseconds, WeChat is the
// server's own loopback simulator (its /__sim/ controls inject faults).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ JOB_WORKER: '1', LOG_LEVEL: 'warn' });
}, 60_000);
afterAll(() => server.stop());
beforeEach(() => simControl(server, 'faults', {}));
const db = () => server.dbHandle.db;
/** A fresh session for an existing staff member. */
const createStaffToken = async (staffId: string) => (await issueSession(db(), { staffId })).token;

describe('message centre API', () => {
  it('is 401 anonymous, 403 across citizen/staff, 400 for bad paging and bad subscription bodies, 404 for another user’s message', async () => {
    const w = await notifyWorld(server);
    const other = await notifyWorld(server);
    expect((await call(server, 'GET', '/api/v1/me/messages')).status).toBe(401);
    expect((await call(server, 'GET', '/api/v1/me/messages/unread-count')).status).toBe(401);
    expect((await call(server, 'POST', '/api/v1/me/subscriptions', { body: {} })).status).toBe(401);
    expect((await call(server, 'GET', '/api/v1/staff/messages', { token: w.citizen.token })).status).toBe(403);
    expect((await call(server, 'GET', '/api/v1/staff/notification-failures', { token: w.citizen.token })).status).toBe(403);
    const clerk = await createStaff(db(), [{ role: 'WINDOW_CLERK', departmentId: w.dept.id, regionCode: '5305' }]);
    expect((await call(server, 'GET', '/api/v1/me/messages', { token: clerk.token })).status).toBe(403);
    expect((await call(server, 'GET', '/api/v1/staff/notification-failures', { token: clerk.token })).status).toBe(403);
    expect((await call(server, 'GET', '/api/v1/me/messages?page=0', { token: w.citizen.token })).status).toBe(400);
    expect((await call(server, 'GET', '/api/v1/me/subscriptions/templates?moment=never', { token: w.citizen.token })).status).toBe(400);
    const four = await call(server, 'POST', '/api/v1/me/subscriptions', {
      token: w.citizen.token,
      body: { templateKeys: ['case.accepted', 'case.notAccepted', 'case.completed', 'case.suspended'], results: {} },
    });
    expect(four.status).toBe(400);
    expect(JSON.stringify(four.body)).toContain('每次最多订阅3个模板');
    const unknown = await call(server, 'POST', '/api/v1/me/subscriptions', { token: w.citizen.token, body: { templateKeys: ['case.nope'], results: {} } });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('未知的消息模板');

    await waitFor(async () => (await db().notification.count({ where: { userId: other.citizen.user.id } })) > 0, 'other citizen message');
    const theirs = await db().notification.findFirstOrThrow({ where: { userId: other.citizen.user.id } });
    expect((await call(server, 'POST', `/api/v1/me/messages/${theirs.id}/read`, { token: w.citizen.token })).status).toBe(404);
    expect((await db().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it('gives the templates to ask for at a tap (≤3) and records only accepts of asked templates', async () => {
    const w = await notifyWorld(server);
    const t = await call(server, 'GET', '/api/v1/me/subscriptions/templates?moment=submit', { token: w.citizen.token });
    expect(t.status).toBe(200);
    expect(t.body.templates.map((x: { templateId: string }) => x.templateId)).toEqual([TPL.accepted, TPL.correction, 'OT-case-not-accepted-0001']);
    const r = await call(server, 'POST', '/api/v1/me/subscriptions', {
      token: w.citizen.token,
      body: { templateKeys: ['case.accepted', 'case.correctionRequired'], results: { [TPL.accepted]: 'accept', [TPL.correction]: 'reject', [TPL.completed]: 'accept' } },
    });
    expect(r.body).toEqual({ accepted: 1, ignored: 2 });
    expect(await db().subscriptionAccept.count({ where: { userId: w.citizen.user.id } })).toBe(1);
  });
});

describe('delivery', () => {
  it('fills the message centre for citizen and department staff, sends one WeChat message per accept, with the case page', async () => {
    const w = await notifyWorld(server);
    await subscribe(server, w, ['case.accepted'], [TPL.accepted]);
    await w.act('accept');
    await waitFor(() => outboxDone(db(), w.c.id), 'outbox delivered');

    const mine = await call(server, 'GET', '/api/v1/me/messages', { token: w.citizen.token });
    expect(mine.status).toBe(200);
    expect(mine.body.unread).toBe(2);
    expect(mine.body.items.map((m: { kind: string }) => m.kind)).toEqual(['case.accepted', 'case.submitted']);
    const accepted = mine.body.items[0];
    expect(accepted).toMatchObject({ title: '申请已受理', caseId: w.c.id, page: `pages/case/index?id=${w.c.id}`, read: false, wechat: { status: 'SENT', label: '已通过微信提醒' } });
    expect(accepted.body).toContain(w.version.name);
    expect(mine.body.items[1].wechat.status).toBe('NONE');

    const sent = await simSent(server, w.openid);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ templateId: TPL.accepted, page: `pages/case/index?id=${w.c.id}` });
    expect(sent[0]!.data.phrase3!.value).toBe('已受理');
    expect([...sent[0]!.data.thing1!.value].length).toBeLessThanOrEqual(20);
    expect(await db().subscriptionAccept.count({ where: { userId: w.citizen.user.id, consumedAt: { not: null } } })).toBe(1);

    // The department's window clerk heard of the new work.
    const clerk = await createStaff(db(), [{ role: 'WINDOW_CLERK', departmentId: w.dept.id, regionCode: '5305' }]);
    // Staff created after the event did not exist then: the reviewer created with the world did.
    const reviewerMsgs = await db().notification.findMany({ where: { staffId: w.reviewer.staffId, caseId: w.c.id } });
    expect(reviewerMsgs.map((m) => m.kind)).toEqual(['staff.submitted']);
    expect(reviewerMsgs[0]!.page).toBe(`staff/pages/review-case/index?id=${w.c.id}`);
    expect((await call(server, 'GET', '/api/v1/staff/messages', { token: clerk.token })).body.total).toBe(0);
    expect(await db().notification.count({ where: { staffId: w.outsider.staffId, caseId: w.c.id } })).toBe(0);
    const staffView = await call(server, 'GET', '/api/v1/staff/messages', { token: (await createStaffToken(w.reviewer.staffId)) });
    expect(staffView.body.items.find((m: { caseId: string }) => m.caseId === w.c.id)).toMatchObject({ kind: 'staff.submitted', title: '新的办件待预审', read: false });

    expect((await call(server, 'POST', `/api/v1/me/messages/${accepted.id}/read`, { token: w.citizen.token })).body).toEqual({ unread: 1 });
    expect((await call(server, 'GET', '/api/v1/me/messages/unread-count', { token: w.citizen.token })).body).toEqual({ unread: 1 });
    expect((await call(server, 'POST', '/api/v1/me/messages/read-all', { token: w.citizen.token })).body).toEqual({ unread: 0 });
  });

  it('without an accept: message centre only (no WeChat call)', async () => {
    const w = await notifyWorld(server);
    const before = await simSendCalls(server);
    await w.act('accept');
    await waitFor(() => outboxDone(db(), w.c.id), 'outbox delivered');
    const n = await db().notification.findFirstOrThrow({ where: { userId: w.citizen.user.id, kind: 'case.accepted' } });
    expect(n.wechatStatus).toBe('NO_SUBSCRIPTION');
    expect(await simSent(server, w.openid)).toHaveLength(0);
    expect(await simSendCalls(server)).toBe(before);
    const list = await call(server, 'GET', '/api/v1/me/messages', { token: w.citizen.token });
    expect(list.body.items[0].wechat).toMatchObject({ status: 'NO_SUBSCRIPTION', label: '未订阅微信提醒，仅在消息中心通知' });
  });

  it('one accept allows one message: a second notice of the same template reaches the message centre only', async () => {
    const w = await notifyWorld(server);
    await subscribe(server, w, ['case.suspended'], [TPL.progress]);
    await w.act('accept');
    await w.act('startProcessing');
    await w.act('suspend', { procedure: 'EXPERT_REVIEW', reason: '需组织专家论证' });
    await w.act('resume');
    await waitFor(() => outboxDone(db(), w.c.id), 'outbox delivered');
    const rows = await db().notification.findMany({ where: { userId: w.citizen.user.id }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.kind, r.wechatStatus])).toEqual([
      ['case.submitted', 'NONE'],
      ['case.accepted', 'NO_SUBSCRIPTION'],
      ['case.suspended', 'SENT'],
      ['case.resumed', 'NO_SUBSCRIPTION'],
    ]);
    expect(rows[2]!.body).toContain('需组织专家论证');
    expect((await simSent(server, w.openid)).map((m) => m.data.phrase3!.value)).toEqual(['特别程序']);
  });

  it('permanent refusals (43101, 40003, 47003) are not retried and are visible to the user and to operators', async () => {
    // 43101: our record says accepted, WeChat has no quota for this user.
    const a = await notifyWorld(server);
    await call(server, 'POST', '/api/v1/me/subscriptions', { token: a.citizen.token, body: { templateKeys: ['case.accepted'], results: { [TPL.accepted]: 'accept' } } });
    // 40003: an openid WeChat does not know for this app.
    const b = await notifyWorld(server);
    await db().user.update({ where: { id: b.citizen.user.id }, data: { openid: `unknown-${b.openid}` } });
    await call(server, 'POST', '/api/v1/me/subscriptions', { token: b.citizen.token, body: { templateKeys: ['case.accepted'], results: { [TPL.accepted]: 'accept' } } });
    // 47003: WeChat rejects the data.
    const c = await notifyWorld(server);
    await subscribe(server, c, ['case.accepted'], [TPL.accepted]);

    const before = await simSendCalls(server);
    await a.act('accept');
    await waitFor(() => outboxDone(db(), a.c.id), 'a delivered');
    await b.act('accept');
    await waitFor(() => outboxDone(db(), b.c.id), 'b delivered');
    await simControl(server, 'faults', { errcode: { count: 1, errcode: 47003 }, pathPrefix: '/cgi-bin/message/subscribe/send' });
    await c.act('accept');
    await waitFor(() => outboxDone(db(), c.c.id), 'c delivered');
    await makeRetriesDue(db());
    await new Promise((r) => setTimeout(r, 500));
    expect(await simSendCalls(server)).toBe(before + 3);

    const rowOf = (w: { citizen: { user: { id: string } } }) => db().notification.findFirstOrThrow({ where: { userId: w.citizen.user.id, kind: 'case.accepted' } });
    expect(await rowOf(a)).toMatchObject({ wechatStatus: 'FAILED', wechatErrcode: 43101, wechatAttempts: 1, wechatError: '未订阅或订阅次数已用完，微信消息未发送' });
    expect(await rowOf(b)).toMatchObject({ wechatStatus: 'FAILED', wechatErrcode: 40003, wechatAttempts: 1 });
    expect(await rowOf(c)).toMatchObject({ wechatStatus: 'FAILED', wechatErrcode: 47003, wechatAttempts: 1 });
    expect(await jobsLeft(db(), `case:${c.c.id}:`)).toEqual([]);

    const seen = await call(server, 'GET', '/api/v1/me/messages', { token: a.citizen.token });
    expect(seen.body.items[0].wechat).toEqual({ status: 'FAILED', label: '微信提醒未发送', error: '未订阅或订阅次数已用完，微信消息未发送' });

    const admin = await createStaff(db(), [{ role: 'SYSTEM_ADMIN', departmentId: null, regionCode: null }]);
    const ops = await call(server, 'GET', '/api/v1/staff/notification-failures?pageSize=100', { token: admin.token });
    expect(ops.status).toBe(200);
    const byCase = new Map(ops.body.items.map((i: { caseId: string; errcode: number }) => [i.caseId, i.errcode]));
    expect([byCase.get(a.c.id), byCase.get(b.c.id), byCase.get(c.c.id)]).toEqual([43101, 40003, 47003]);
    const deptAdmin = await createStaff(db(), [{ role: 'DEPARTMENT_ADMIN', departmentId: a.dept.id, regionCode: '5305' }]);
    const scoped = await call(server, 'GET', '/api/v1/staff/notification-failures?pageSize=100', { token: deptAdmin.token });
    expect(scoped.body.items.map((i: { caseId: string }) => i.caseId)).toEqual(expect.arrayContaining([a.c.id, b.c.id, c.c.id]));
    const gaAdmin = await createStaff(db(), [{ role: 'DEPARTMENT_ADMIN', departmentId: a.outsider.homeDepartmentId, regionCode: '5305' }]);
    const foreign = await call(server, 'GET', '/api/v1/staff/notification-failures?pageSize=100', { token: gaAdmin.token });
    expect(foreign.body.items.filter((i: { caseId: string }) => [a.c.id, b.c.id, c.c.id].includes(i.caseId))).toEqual([]);
  });

  it('transient failures are retried with backoff and deliver once: 45009, HTTP 5xx, expired token (refreshed once)', async () => {
    const w = await notifyWorld(server);
    await subscribe(server, w, ['case.accepted', 'case.suspended', 'case.completed'], [TPL.accepted, TPL.progress, TPL.completed]);
    await simControl(server, 'faults', { errcode: { count: 1, errcode: 45009 }, pathPrefix: '/cgi-bin/message/subscribe/send' });
    await w.act('accept');
    const retried = await waitFor(async () => (await jobsLeft(db(), `case:${w.c.id}:v2:`)).find((j) => j.last_error), 'first attempt failed');
    expect(retried.last_error).toContain('45009');
    const pending = await db().notification.findFirstOrThrow({ where: { userId: w.citizen.user.id, kind: 'case.accepted' } });
    expect(pending).toMatchObject({ wechatStatus: 'PENDING', wechatErrcode: 45009 });
    // The accept was handed back while waiting, so the retry can use it.
    expect(await db().subscriptionAccept.count({ where: { userId: w.citizen.user.id, consumedAt: null } })).toBe(3);
    await makeRetriesDue(db());
    await waitFor(() => outboxDone(db(), w.c.id), 'accepted delivered');

    await simControl(server, 'faults', { fail: { count: 1, status: 502 }, pathPrefix: '/cgi-bin/message/subscribe/send' });
    await w.act('startProcessing');
    await w.act('suspend', { procedure: 'PUBLIC_NOTICE', reason: '公示七日' });
    await waitFor(async () => (await jobsLeft(db(), `case:${w.c.id}:`)).find((j) => j.last_error), 'second failed');
    await makeRetriesDue(db());
    await waitFor(() => outboxDone(db(), w.c.id), 'suspended delivered');

    await w.act('resume');
    await waitFor(() => outboxDone(db(), w.c.id), 'resumed written (no accept left for it)');
    await simControl(server, 'tokens', { mode: 'expire' });
    await w.act('complete', { decision: 'APPROVED', resultName: '营业执照' });
    await waitFor(() => outboxDone(db(), w.c.id), 'completed delivered');

    const sent = await simSent(server, w.openid);
    expect(sent.map((m) => m.templateId)).toEqual([TPL.accepted, TPL.progress, TPL.completed]);
    const rows = await db().notification.findMany({ where: { userId: w.citizen.user.id, wechatStatus: 'SENT' } });
    expect(rows.map((r) => r.kind).sort()).toEqual(['case.accepted', 'case.completed', 'case.suspended']);
    expect(rows.find((r) => r.kind === 'case.accepted')!.wechatAttempts).toBe(2);
  });

  it('WeChat down for a long time: afterwards everything is delivered once, in order per case', async () => {
    const w = await notifyWorld(server);
    const v = await notifyWorld(server);
    for (const x of [w, v]) await subscribe(server, x, ['case.accepted', 'case.suspended', 'case.completed'], [TPL.accepted, TPL.progress, TPL.completed]);
    await simControl(server, 'subscribe-accept', { openid: w.openid, templateIds: [TPL.progress] });
    await call(server, 'POST', '/api/v1/me/subscriptions', { token: w.citizen.token, body: { templateKeys: ['case.resumed'], results: { [TPL.progress]: 'accept' } } });

    await simControl(server, 'faults', { down: { status: 503 } });
    for (const x of [w, v]) {
      await x.act('accept');
      await x.act('startProcessing');
      await x.act('suspend', { procedure: 'SITE_INSPECTION', reason: '现场踏勘' });
    }
    await w.act('resume');
    // Several rounds of retries while WeChat stays down ("an hour" of backoff, compressed).
    for (let round = 0; round < 3; round += 1) {
      await waitFor(async () => (await jobsLeft(db(), `case:${w.c.id}:v2:`)).find((j) => j.attempts > round && j.last_error), `failed round ${round}`);
      await makeRetriesDue(db());
    }
    expect(await simSent(server, w.openid)).toHaveLength(0);
    // The message centre has everything already, whatever WeChat does.
    expect(await db().notification.count({ where: { userId: w.citizen.user.id } })).toBe(4);

    await simControl(server, 'faults', {});
    await waitFor(async () => {
      await makeRetriesDue(db());
      return (await outboxDone(db(), w.c.id)) && (await outboxDone(db(), v.c.id));
    }, 'all delivered after the outage', 60_000, 300);

    expect((await simSent(server, w.openid)).map((m) => m.data.phrase3!.value)).toEqual(['已受理', '特别程序', '恢复办理']);
    expect((await simSent(server, v.openid)).map((m) => m.data.phrase3!.value)).toEqual(['已受理', '特别程序']);
    const sentAt = await db().notification.findMany({ where: { userId: w.citizen.user.id, wechatStatus: 'SENT' }, orderBy: { wechatSentAt: 'asc' }, select: { kind: true } });
    expect(sentAt.map((r) => r.kind)).toEqual(['case.accepted', 'case.suspended', 'case.resumed']);
  }, 90_000);
});
