/**
 * Notification delivery benchmark: `npx tsx bench/notifications.bench.ts` (needs PostgreSQL at 127.0.0.1:5432 or
 * TEST_DATABASE_URL; falls back to the embedded PGlite with a warning). Starts the real server with its job worker
 * and WeChat simulator on a throwaway database, then 1,000 cases are accepted (1,000 events, each committing its
 * outbox row and graphile-worker job in the transaction), 4 at a time (they share the case-number counter), every applicant subscribed. Reports the
 * latency from an event's commit to WeChat accepting its subscribe message (p50 / p95 / max), the total time and
 * checks that every message arrived exactly once.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadEnv } from '../server/env';
import { createLogger } from '../server/logger';
import { startServer } from '../server/server';
import { applyTransition } from '../server/services/cases/apply-transition';
import { provisionalCaseNumber } from '../server/services/cases/case-number';
import { createItemVersion } from '../tests/integration/cases/helpers';
import { createThrowawayDatabase } from '../tests/helpers/database';
import { createStaff } from '../tests/helpers/factories';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const PARALLEL = 4;
const TEMPLATE_ID = 'OT-case-accepted-0001';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const tdb = await createThrowawayDatabase('onetrip_bench');
  const env = loadEnv({ NODE_ENV: 'test', PORT: '0', DATABASE_URL: tdb.url, SEED_DEMO: '1', MIGRATE_ON_START: '1', LOG_LEVEL: 'warn', JOB_WORKER: '1' });
  const server = await startServer(env, createLogger({ level: 'warn' }));
  const db = server.dbHandle.db;
  try {
    const { dept, version } = await createItemVersion(db);
    const staff = await createStaff(db, [{ role: 'WINDOW_CLERK', departmentId: dept.id, regionCode: '5305' }]);
    const actor = { kind: 'staff' as const, staffId: staff.staff.id, sessionId: staff.sessionId, name: staff.staff.name, homeDepartmentId: dept.id, grants: [{ role: 'WINDOW_CLERK' as const, departmentId: dept.id, regionCode: '5305' }] };

    process.stdout.write(`setting up ${EVENTS} subscribed applicants and submitted cases…\n`);
    const run = randomBytes(3).toString('hex');
    const openids = Array.from({ length: EVENTS }, (_, i) => `bench-${run}-${i}`);
    await db.user.createMany({ data: openids.map((openid) => ({ openid })) });
    const users = await db.user.findMany({ where: { openid: { in: openids } }, select: { id: true, openid: true } });
    await db.subscriptionAccept.createMany({ data: users.map((u) => ({ userId: u.id, templateId: TEMPLATE_ID })) });
    await db.case.createMany({
      data: users.map((u) => ({ number: provisionalCaseNumber(), itemVersionId: version.id, departmentId: dept.id, regionCode: '530502', status: 'SUBMITTED' as const, applicantKind: 'PERSON' as const, applicantUserId: u.id, submittedAt: new Date() })),
    });
    const cases = await db.case.findMany({ where: { applicantUserId: { in: users.map((u) => u.id) } }, select: { id: true } });
    for (let i = 0; i < openids.length; i += 50) {
      await Promise.all(
        openids.slice(i, i + 50).map((openid) =>
          fetch(`${server.wechatBaseUrl}/__sim/subscribe-accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid, templateIds: [TEMPLATE_ID] }) }),
        ),
      );
    }

    process.stdout.write(`accepting ${EVENTS} cases (${PARALLEL} at a time)…\n`);
    const committedAt = new Map<string, number>();
    const start = performance.now();
    const startWall = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < cases.length) {
          const c = cases[next++]!;
          await applyTransition(db, { caseId: c.id, action: 'accept', actor });
          committedAt.set(c.id, Date.now());
        }
      }),
    );
    const enqueuedMs = performance.now() - start;

    const ids = cases.map((c) => c.id);
    for (;;) {
      const sent = await db.notification.count({ where: { caseId: { in: ids }, kind: 'case.accepted', wechatStatus: { in: ['SENT', 'FAILED', 'UNCONFIRMED'] } } });
      if (sent >= EVENTS) break;
      if (performance.now() - start > 600_000) throw new Error(`only ${sent} of ${EVENTS} delivered after 10 minutes`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const rows = await db.notification.findMany({ where: { caseId: { in: ids }, kind: 'case.accepted' }, select: { caseId: true, wechatStatus: true, wechatSentAt: true } });
    const latencies = rows.map((r) => r.wechatSentAt!.getTime() - committedAt.get(r.caseId!)!).sort((a, b) => a - b);
    const lastSent = Math.max(...rows.map((r) => r.wechatSentAt!.getTime()));
    const simMessages = ((await (await fetch(`${server.wechatBaseUrl}/__sim/messages`)).json()) as { items: { touser: string }[] }).items.filter((m) => m.touser.startsWith(`bench-${run}-`));
    const perUser = new Map<string, number>();
    for (const m of simMessages) perUser.set(m.touser, (perUser.get(m.touser) ?? 0) + 1);

    const notSent = rows.filter((r) => r.wechatStatus !== 'SENT').length;
    process.stdout.write(
      [
        `events: ${EVENTS} (database: ${tdb.embedded ? 'embedded PGlite' : 'PostgreSQL'}, worker concurrency ${env.JOB_CONCURRENCY})`,
        `events committed in: ${(enqueuedMs / 1000).toFixed(2)} s`,
        `delivery latency (commit → WeChat accepted): p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, max ${latencies[latencies.length - 1]} ms`,
        `total (first commit → last message): ${((lastSent - startWall) / 1000).toFixed(2)} s`,
        `WeChat messages: ${simMessages.length}, users with more than one: ${[...perUser.values()].filter((n) => n > 1).length}, not SENT: ${notSent}`,
        '',
      ].join('\n'),
    );
    if (simMessages.length !== EVENTS || notSent > 0) process.exitCode = 1;
  } finally {
    await server.stop();
    await tdb.drop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
