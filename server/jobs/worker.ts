import { Pool } from 'pg';
import { Logger as WorkerLogger, makeWorkerUtils, run, type Runner, type TaskList, type WorkerUtils } from 'graphile-worker';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { NotificationTemplates } from '../config/notification-templates';
import type { WeChatClient } from '../adapters/wechat';
import { NOTIFY_MAX_ATTEMPTS, NOTIFY_TASK } from '../services/notifications/enqueue';
import { deliverNotification, TransientDeliveryError, type DeliveryDeps } from '../services/notifications/deliver-notification';
import { warnPreReviewDue } from '../services/notifications/warn-pre-review-due';
import { deemOverdueAccepted } from '../services/cases/deem-overdue-accepted';
import { guardPool, installJobSchema, quietWorkerLogger as quietLogger } from './install-schema';
import { RATINGS_CRONTAB, ratingsTasks, type RatingsJobConfig } from './ratings-tasks';
import { DELIVERY_CRONTAB, deliveryTasks, type DeliveryJobConfig } from './delivery-tasks';

/**
 * The job worker (graphile-worker 0.17.3: the newest release that supports Node 20, which this project targets;
 * 0.18 declares Node ≥22). Jobs are rows in the graphile_worker schema, added in the same transaction as the event
 * that causes them (services/notifications/enqueue.ts), so they survive restarts and are never lost.
 */

/** A job locked longer than this belongs to a dead worker (our jobs take seconds: WeChat calls time out at 5 s). */
export const STALE_LOCK_MS = 2 * 60 * 1000;

/** Timers (graphile-worker crontab, China time is UTC+8; the worker uses the server clock). */
export const CRONTAB = [
  // 行政许可法 Art. 32: pre-reviews past their deadline count as accepted. Idempotent: safe to run often.
  '*/5 * * * * cases:deemOverdue ?max=1&jobKey=cron:cases:deemOverdue',
  // Staff are warned when a pre-review deadline is one working day away (deduplicated per case and day).
  '*/30 * * * * notify:preReviewDue ?max=1&jobKey=cron:notify:preReviewDue',
  // Job queues per case are many: collect the empty ones daily.
  '17 3 * * * jobs:cleanup ?max=1',
].join('\n');

export { installJobSchema };

function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fields = { scope: { label: scope.label, taskIdentifier: scope.taskIdentifier, jobId: scope.jobId }, ...(meta ?? {}) };
    if (level === 'error') log.error(fields, message);
    else if (level === 'warning') log.warn(fields, message);
    else if (level === 'info') log.info(fields, message);
    else log.debug(fields, message);
  });
}

export interface JobWorkerOptions {
  connectionString: string;
  db: Db;
  log: Logger;
  wechat: WeChatClient;
  templates: NotificationTemplates;
  concurrency: number;
  /** Pool size for the worker (the embedded database allows few connections). */
  maxConnections?: number;
  /** How often to look for jobs scheduled for later (retries); new jobs arrive by LISTEN/NOTIFY at once. */
  pollIntervalMs?: number;
  /** Disable the timers (tests that count messages). */
  crontab?: boolean;
  /** Rating reminders, default grade, escalation and the supervision roll-up (ratings-tasks.ts); omitted: not scheduled. */
  ratings?: RatingsJobConfig;
  /** Postage reconciliation and parcel polling (delivery-tasks.ts); omitted: not scheduled. */
  delivery?: DeliveryJobConfig;
  /** Test seam passed to the delivery (see DeliveryDeps.afterSend). */
  afterSend?: DeliveryDeps['afterSend'];
}

export interface JobWorker {
  utils: WorkerUtils;
  /** Unlock jobs held by workers that died (SIGKILL) more than STALE_LOCK_MS ago; returns the worker ids. */
  unlockDeadWorkers(staleMs?: number): Promise<string[]>;
  /** Graceful stop: no new jobs, running ones get their abortSignal after a grace period. */
  stop(): Promise<void>;
}

export function taskList(deps: DeliveryDeps, db: Db, log: Logger, utils?: WorkerUtils): TaskList {
  return {
    [NOTIFY_TASK]: async (payload, helpers) => {
      const key = (payload as { key?: unknown }).key;
      if (typeof key !== 'string') throw new Error('notify job without a key');
      if (helpers.abortSignal.aborted) throw new TransientDeliveryError('worker stopping');
      try {
        await deliverNotification(deps, key);
      } catch (e) {
        if (helpers.job.attempts >= helpers.job.max_attempts) {
          // Last attempt: the outbox row is closed so later notifications of the case stop waiting for it.
          await db.outboxMessage.update({ where: { dedupeKey: key }, data: { status: 'DEAD', lastError: String((e as Error).message).slice(0, 500) } }).catch(() => undefined);
          log.error({ key, err: e }, 'notification delivery gave up');
        }
        throw e;
      }
    },
    'cases:deemOverdue': async () => {
      const ids = await deemOverdueAccepted(db);
      if (ids.length > 0) log.info({ count: ids.length }, 'overdue pre-reviews deemed accepted');
    },
    'notify:preReviewDue': async () => {
      const n = await warnPreReviewDue(db);
      if (n > 0) log.info({ count: n }, 'pre-review deadline warnings queued');
    },
    'jobs:cleanup': async () => {
      await utils?.cleanup({ tasks: ['GC_JOB_QUEUES', 'GC_TASK_IDENTIFIERS'] });
    },
  };
}

/** Start the worker: force-unlock dead workers' jobs first, then run tasks and timers until stop(). */
export async function startJobWorker(opts: JobWorkerOptions): Promise<JobWorker> {
  const pool = guardPool(new Pool({ connectionString: opts.connectionString, max: opts.maxConnections ?? opts.concurrency + 2 }), (err) =>
    opts.log.warn({ err }, 'job worker database connection failed; reconnecting'),
  );
  const utils = await makeWorkerUtils({ pgPool: pool, logger: quietLogger });

  async function unlockDeadWorkers(staleMs = STALE_LOCK_MS): Promise<string[]> {
    const { rows } = await pool.query<{ locked_by: string }>(
      `SELECT DISTINCT locked_by FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL AND locked_at < now() - ($1::int * interval '1 millisecond')
       UNION SELECT DISTINCT locked_by FROM graphile_worker._private_job_queues WHERE locked_by IS NOT NULL AND locked_at < now() - ($1::int * interval '1 millisecond')`,
      [staleMs],
    );
    // Our jobs take seconds, so a lock this old is never a live worker's.
    const ids = rows.map((r) => r.locked_by);
    if (ids.length > 0) {
      await utils.forceUnlockWorkers(ids);
      opts.log.warn({ workers: ids.length }, 'unlocked jobs of workers that stopped without finishing them');
    }
    return ids;
  }

  await unlockDeadWorkers();
  // Outbox notifications without a job (written before the job queue existed, or a job deleted by hand) get one.
  const orphans = await opts.db.$executeRaw`
    SELECT graphile_worker.add_job(${NOTIFY_TASK}::text, json_build_object('key', o.dedupe_key),
      queue_name := CASE WHEN o.case_id IS NULL THEN NULL ELSE 'case:' || o.case_id END, max_attempts := ${NOTIFY_MAX_ATTEMPTS}::int, job_key := o.dedupe_key)
    FROM outbox_messages o
    WHERE o.topic = 'notification' AND o.status IN ('PENDING', 'PROCESSING')
      AND NOT EXISTS (SELECT 1 FROM graphile_worker._private_jobs j WHERE j.key = o.dedupe_key)`;
  if (orphans > 0) opts.log.info({ count: orphans }, 'queued delivery jobs for outbox notifications that had none');
  const deps: DeliveryDeps = { db: opts.db, wechat: opts.wechat, templates: opts.templates, log: opts.log, ...(opts.afterSend ? { afterSend: opts.afterSend } : {}) };
  const tasks = { ...taskList(deps, opts.db, opts.log, utils), ...(opts.ratings ? ratingsTasks(opts.db, opts.log, opts.ratings) : {}), ...(opts.delivery ? deliveryTasks(opts.db, opts.log, opts.delivery) : {}) };
  const runner: Runner = await run({
      pgPool: pool,
      concurrency: opts.concurrency,
      taskList: tasks,
      ...(opts.crontab === false ? {} : { crontab: [CRONTAB, opts.ratings ? RATINGS_CRONTAB : '', opts.delivery ? DELIVERY_CRONTAB : ''].filter(Boolean).join('\n') }),
      noHandleSignals: true,
      pollInterval: opts.pollIntervalMs ?? 2000,
      logger: workerLogger(opts.log),
      gracefulShutdownAbortTimeout: 3000,
    });
  // A worker that died while this one runs: its jobs are freed within a minute or two, not in 4 hours.
  const sweeper = setInterval(() => {
    unlockDeadWorkers().catch((err: unknown) => opts.log.warn({ err }, 'dead-worker sweep failed'));
  }, 60_000);
  sweeper.unref();

  let stopping: Promise<void> | undefined;
  return {
    utils,
    unlockDeadWorkers,
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(sweeper);
        await runner.stop().catch((err: unknown) => opts.log.warn({ err }, 'job worker did not stop cleanly'));
        await utils.release();
        await pool.end().catch(() => undefined);
      })()),
  };
}
