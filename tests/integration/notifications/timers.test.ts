import { addCalendarDays, chinaDate, dateToColumn, officialCalendar } from '@shared/domain/calendar/working-days';
import { DEFAULT_NOTIFICATION_TEMPLATES, parseNotificationTemplates } from '../../../server/config/notification-templates';
import { createWeChatClient } from '../../../server/adapters/wechat/wechat.client';
import { createLogger } from '../../../server/logger';
import { deliverNotification } from '../../../server/services/notifications/deliver-notification';
import { warnPreReviewDue } from '../../../server/services/notifications/warn-pre-review-due';
import { taskList } from '../../../server/jobs/worker';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { caseWorld } from '../cases/helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ LOG_LEVEL: 'warn' });
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;
const log = createLogger({ level: 'silent' });
const templates = parseNotificationTemplates(DEFAULT_NOTIFICATION_TEMPLATES);
const deps = () => ({ db: db(), wechat: createWeChatClient({ baseUrl: server.wechatBaseUrl, appid: 'wx0000000000000000', secret: 'onetrip-simulator-secret-0000000' }), templates, log });

describe('timers', () => {
  it('warns the department once when one working day of pre-review is left, not earlier, not for other statuses', async () => {
    const now = new Date('2026-11-24T02:00:00Z'); // Tuesday 10:00 in China
    const today = chinaDate(now);
    const tomorrow = officialCalendar.addWorkingDays(today, 1);
    const near = await caseWorld(db(), { status: 'SUBMITTED', preReviewDueDate: dateToColumn(tomorrow) });
    const far = await caseWorld(db(), { status: 'SUBMITTED', preReviewDueDate: dateToColumn(officialCalendar.addWorkingDays(today, 3)) });
    const accepted = await caseWorld(db(), { status: 'ACCEPTED', preReviewDueDate: dateToColumn(tomorrow) });

    await warnPreReviewDue(db(), now);
    await warnPreReviewDue(db(), now); // the timer runs again: same key, nothing new
    const keys = (await db().outboxMessage.findMany({ where: { caseId: { in: [near.c.id, far.c.id, accepted.c.id] } } })).map((o) => o.dedupeKey);
    expect(keys).toEqual([`case:${near.c.id}:preReviewDue:${tomorrow}`]);

    await deliverNotification(deps(), keys[0]!);
    const msgs = await db().notification.findMany({ where: { caseId: near.c.id } });
    const staffIds = msgs.map((m) => m.staffId).sort();
    // Every queue role of the department (other test worlds share the market regulator), each once.
    expect(staffIds).toEqual(expect.arrayContaining([near.clerk.staffId, near.reviewer.staffId, near.reviewer2.staffId, near.approver.staffId, far.clerk.staffId]));
    expect(new Set(staffIds).size).toBe(staffIds.length);
    expect(msgs[0]).toMatchObject({ kind: 'staff.preReviewDue', title: '预审即将到期', userId: null, wechatStatus: 'NONE' });
    expect(msgs[0]!.body).toContain(`预审期限${tomorrow}，剩余1个工作日，逾期将视为受理`);
    expect(await db().notification.count({ where: { caseId: near.c.id, staffId: near.outsider.staffId } })).toBe(0);
  });

  it('the deemed-acceptance timer task accepts overdue pre-reviews (and notifies the applicant)', async () => {
    const overdue = await caseWorld(db(), { status: 'SUBMITTED', preReviewDueDate: dateToColumn(addCalendarDays(chinaDate(new Date()), -10)) });
    const tasks = taskList(deps(), db(), log);
    await tasks['cases:deemOverdue']!({}, {} as never);
    const c = await db().case.findUniqueOrThrow({ where: { id: overdue.c.id } });
    expect(c.status).toBe('ACCEPTED');
    expect(await db().outboxMessage.count({ where: { caseId: overdue.c.id, dedupeKey: { endsWith: ':case.accepted' } } })).toBe(1);
  });
});
