import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWeChatClient } from '../../../server/adapters/wechat/wechat.client';
import { DEFAULT_NOTIFICATION_TEMPLATES, TemplateConfigError, parseNotificationTemplates } from '../../../server/config/notification-templates';
import { startJobWorker, type JobWorker } from '../../../server/jobs/worker';
import { createLogger } from '../../../server/logger';
import { deliverNotification } from '../../../server/services/notifications/deliver-notification';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { TPL, jobsLeft, notifyWorld, outboxDone, simSent, subscribe, waitFor } from './helpers';

// The server runs without its own worker here: each test starts the workers it needs (two at once, one that
// "crashes"), against the server's WeChat simulator.
let server: TestServer;
const workers: JobWorker[] = [];
beforeAll(async () => {
  server = await startTestServer({ LOG_LEVEL: 'warn' });
}, 60_000);
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});
afterAll(() => server.stop());
const db = () => server.dbHandle.db;
const log = createLogger({ level: 'silent' });
const templates = parseNotificationTemplates(DEFAULT_NOTIFICATION_TEMPLATES);
const wechat = () => createWeChatClient({ baseUrl: server.wechatBaseUrl, appid: 'wx0000000000000000', secret: 'onetrip-simulator-secret-0000000' });

async function worker(extra: Partial<Parameters<typeof startJobWorker>[0]> = {}): Promise<JobWorker> {
  const url = process.env.ONETRIP_TEST_DB_URL!;
  const w = await startJobWorker({ connectionString: url, db: db(), log, wechat: wechat(), templates, concurrency: 4, crontab: false, pollIntervalMs: 200, ...extra });
  workers.push(w);
  return w;
}

describe('exactly once', () => {
  it('a crash between WeChat accepting and the record: the retry does not send again (UNCONFIRMED), the message centre has it', async () => {
    const w = await notifyWorld(server);
    await subscribe(server, w, ['case.accepted'], [TPL.accepted]);
    // A second accept: without the guard a resend would go through and the user would get two messages.
    await subscribe(server, w, ['case.accepted'], [TPL.accepted]);
    await w.act('accept');
    const key = `case:${w.c.id}:v2:case.accepted`;
    // Earlier notices of the case first (order per case).
    await deliverNotification({ db: db(), wechat: wechat(), templates, log }, `case:${w.c.id}:v1:case.submitted`);
    // The process "dies" right after WeChat answered: nothing after the call is recorded.
    await expect(deliverNotification({ db: db(), wechat: wechat(), templates, log, afterSend: () => Promise.reject(new Error('killed')) }, key)).rejects.toThrow('killed');
    expect(await simSent(server, w.openid)).toHaveLength(1);
    // Its job is still locked by the dead worker, long ago (graphile-worker alone would wait 4 hours).
    await db().$executeRaw`UPDATE graphile_worker._private_jobs SET locked_by = 'dead-worker', locked_at = now() - interval '10 minutes', attempts = 1 WHERE key = ${key}`;

    const fresh = await worker();
    await waitFor(() => outboxDone(db(), w.c.id), 'redelivered after unlock');
    expect(await jobsLeft(db(), key)).toEqual([]);
    expect(await simSent(server, w.openid)).toHaveLength(1);
    const n = await db().notification.findFirstOrThrow({ where: { userId: w.citizen.user.id, kind: 'case.accepted' } });
    expect(n).toMatchObject({ wechatStatus: 'UNCONFIRMED', wechatAttempts: 1 });
    expect(await db().notification.count({ where: { userId: w.citizen.user.id, kind: 'case.accepted' } })).toBe(1);
    // The second accept is still there for a later message.
    expect(await db().subscriptionAccept.count({ where: { userId: w.citizen.user.id, consumedAt: null } })).toBe(1);
    await fresh.stop();
  });

  it('a retried job after success, and a replayed delivery, change nothing', async () => {
    const w = await notifyWorld(server);
    await subscribe(server, w, ['case.accepted'], [TPL.accepted]);
    await subscribe(server, w, ['case.accepted'], [TPL.accepted]);
    await w.act('accept');
    await worker();
    await waitFor(() => outboxDone(db(), w.c.id), 'delivered');
    const key = `case:${w.c.id}:v2:case.accepted`;
    // At-least-once: the same job runs again (e.g. the worker died before graphile-worker recorded completion).
    await db().outboxMessage.update({ where: { dedupeKey: key }, data: { status: 'PENDING' } });
    await deliverNotification({ db: db(), wechat: wechat(), templates, log }, key);
    await db().$executeRaw`SELECT graphile_worker.add_job('notify', json_build_object('key', ${key}::text), job_key := ${key}::text)`;
    await waitFor(async () => (await jobsLeft(db(), key)).length === 0, 'replayed job done');
    expect(await simSent(server, w.openid)).toHaveLength(1);
    expect(await db().notification.count({ where: { deliveryKey: { startsWith: key } } })).toBe(1);
  });

  it('an outbox notification that lost its job gets one when a worker starts, and is delivered', async () => {
    const w = await notifyWorld(server);
    await subscribe(server, w, ['case.accepted'], [TPL.accepted]);
    await w.act('accept');
    const deleted = await db().$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key LIKE ${`case:${w.c.id}:%`}`;
    expect(deleted).toBe(2);
    await worker();
    await waitFor(() => outboxDone(db(), w.c.id), 'delivered after requeue');
    expect((await simSent(server, w.openid)).map((m) => m.templateId)).toEqual([TPL.accepted]);
  });

  it('two workers on 40 events: every message once', async () => {
    const worlds: Awaited<ReturnType<typeof notifyWorld>>[] = [];
    for (let i = 0; i < 20; i += 1) {
      const w = await notifyWorld(server);
      await subscribe(server, w, ['case.accepted', 'case.completed'], [TPL.accepted, TPL.completed]);
      worlds.push(w);
    }
    await Promise.all([worker(), worker()]);
    // Events one after another (the case-number counter serialises acceptances anyway); the workers race.
    for (const w of worlds) {
      await w.act('accept');
      await w.act('complete', { decision: 'APPROVED', resultName: '许可证' });
    }
    await waitFor(async () => (await Promise.all(worlds.map((w) => outboxDone(db(), w.c.id)))).every(Boolean), 'all delivered', 60_000, 200);
    for (const w of worlds) {
      expect((await simSent(server, w.openid)).map((m) => m.templateId)).toEqual([TPL.accepted, TPL.completed]);
    }
    const rows = await db().notification.findMany({ where: { userId: { in: worlds.map((w) => w.citizen.user.id) }, kind: { in: ['case.accepted', 'case.completed'] } } });
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.wechatStatus === 'SENT' && r.wechatAttempts === 1)).toBe(true);
  }, 90_000);
});

describe('template configuration', () => {
  it('a malformed file stops the server at start with a clear message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntf-'));
    const bad = path.join(dir, 'templates.json');
    const broken = structuredClone(DEFAULT_NOTIFICATION_TEMPLATES) as { templates: Record<string, { wechat?: { fields: Record<string, string> } }>; moments: Record<string, string[]> };
    broken.templates['case.accepted']!.wechat!.fields = { title1: '{itemName}' };
    broken.moments.submit = ['case.accepted', 'case.notAccepted', 'case.completed', 'case.suspended'];
    fs.writeFileSync(bad, JSON.stringify(broken));
    const start = startTestServer({ NOTIFICATION_TEMPLATES_FILE: bad, LOG_LEVEL: 'silent' });
    await expect(start).rejects.toBeInstanceOf(TemplateConfigError);
    await expect(start).rejects.toThrow(/templates\.case\.accepted\.wechat\.fields\.title1: "title1" is not a WeChat field key/);
    await expect(start).rejects.toThrow(/moments\.submit: WeChat allows at most 3 templates per request/);
    fs.writeFileSync(bad, '{ not json');
    await expect(startTestServer({ NOTIFICATION_TEMPLATES_FILE: bad, LOG_LEVEL: 'silent' })).rejects.toThrow(/not valid JSON/);
    await expect(startTestServer({ NOTIFICATION_TEMPLATES_FILE: path.join(dir, 'missing.json'), LOG_LEVEL: 'silent' })).rejects.toThrow(/cannot read the file/);
  });
});
