import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createApp } from './app';
import { createMemoryRateLimiter } from './adapters/rate-limit/rate-limiter.memory';
import { createDb, type DbHandle } from './db/client';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import { applyMigrations } from './db/migrate';
import { seedDemo } from './db/seed';
import type { Env } from './env';
import type { Logger } from './logger';
import { version } from './version';
import { createWeChat, type WeChatWiring } from './adapters/wechat';
import { createWeChatPay, type WeChatPayWiring } from './adapters/wechatpay';
import { createCourier, type CourierWiring } from './adapters/courier';
import { DEV_HASH_KEY, DEV_KEY_RING, createFieldCrypto } from './crypto/field-crypto';
import { stopGuideViews } from './services/catalog/count-guide-views';
import { loadNotificationTemplates } from './config/notification-templates';
import { installJobSchema, startJobWorker, type JobWorker } from './jobs/worker';
import { ratingsJobConfig } from './jobs/ratings-tasks';

export interface RunningServer {
  url: string;
  port: number;
  mode: 'embedded' | 'external';
  dbHandle: DbHandle;
  /** WeChat API base in use: the embedded simulator's loopback URL unless WECHAT_API_BASE is set. */
  wechatBaseUrl: string;
  /** WeChat Pay API base in use: the embedded pay simulator's loopback URL unless WECHATPAY_API_BASE is set. */
  wechatPayBaseUrl: string;
  /** Courier API base in use: the embedded EMS simulator's loopback URL unless COURIER_API_BASE is set. */
  courierBaseUrl: string;
  /** The job worker (notification delivery, timers) when JOB_WORKER is on. */
  jobs?: JobWorker;
  /** Stop accepting, let in-flight requests finish (bounded by SHUTDOWN_TIMEOUT_MS), then close the database. */
  stop(): Promise<void>;
}

/** Start the whole system: database (embedded unless DATABASE_URL), migrations, demo data, HTTP. */
export async function startServer(env: Env, log: Logger): Promise<RunningServer> {
  const started = Date.now();
  // Malformed notification templates stop the server before anything starts.
  const templates = loadNotificationTemplates(env.NOTIFICATION_TEMPLATES_FILE);
  let embedded: EmbeddedDatabase | undefined;
  let connectionString = env.DATABASE_URL;
  if (!connectionString) {
    embedded = await startEmbeddedDatabase({ dataDir: env.DATA_DIR, log });
    connectionString = embedded.connectionString;
  }
  let dbHandle: DbHandle | undefined;
  let wechat: WeChatWiring | undefined;
  let wechatPay: WeChatPayWiring | undefined;
  let courier: CourierWiring | undefined;
  let jobs: JobWorker | undefined;
  try {
    wechat = await createWeChat(env);
    if (wechat.simulator) log.info({ url: wechat.simulator.url }, 'WeChat simulator started (WECHAT_API_BASE unset)');
    wechatPay = await createWeChatPay(env);
    if (wechatPay.simulator) log.info({ url: wechatPay.simulator.url }, 'WeChat Pay simulator started (WECHATPAY_API_BASE unset)');
    const payWiring = wechatPay;
    courier = await createCourier(env);
    if (courier.simulator) log.info({ url: courier.simulator.url }, 'EMS simulator started (COURIER_API_BASE unset)');
    const courierWiring = courier;
    // Notifications come back to our public origin, known once listening (PORT=0 in tests).
    let listeningUrl = '';
    const payDeps = {
      client: payWiring.client,
      notifyBase: () => (env.WECHATPAY_NOTIFY_BASE ?? env.PUBLIC_URL ?? listeningUrl).replace(/\/$/, ''),
      ...(payWiring.simulator ? { cashierBase: payWiring.simulator.url } : {}),
    };
    const courierDeps = { client: courierWiring.client, pushBase: () => (env.COURIER_PUSH_BASE ?? env.PUBLIC_URL ?? listeningUrl).replace(/\/$/, '') };
    if (env.MIGRATE_ON_START) {
      const res = await applyMigrations({ connectionString, log: (m) => log.info(m) });
      log.info({ applied: res.applied, alreadyApplied: res.alreadyApplied }, 'migrations checked');
    }
    // graphile-worker's schema (jobs are added in the same transactions as events): installed before serving.
    await installJobSchema(connectionString);
    // PGlite runs one transaction at a time: one pooled connection avoids interleaving surprises.
    dbHandle = createDb({ connectionString, max: embedded ? 1 : 10, log });
    if (env.SEED_DEMO ?? Boolean(embedded)) {
      const seeded = await seedDemo(dbHandle.db, log, { caseYear: env.NODE_ENV !== 'test' });
      log.info(seeded, 'demo data ready');
    }
    const handle = dbHandle;
    const wechatWiring = wechat;
    if (env.JOB_WORKER) {
      jobs = await startJobWorker({
        connectionString,
        db: handle.db,
        log,
        wechat: wechat.client,
        templates,
        concurrency: embedded ? 1 : env.JOB_CONCURRENCY,
        ...(embedded ? { maxConnections: 2 } : {}),
        ratings: ratingsJobConfig(env),
        delivery: { pay: payDeps, courier: courierDeps },
      });
      log.info({ concurrency: embedded ? 1 : env.JOB_CONCURRENCY }, 'job worker started');
    }
    const jobWorker = jobs;
    const app = createApp({
      env,
      db: handle.db,
      log,
      version,
      readiness: { database: () => handle.ping() },
      wechat: wechat.client,
      wechatBaseUrl: wechat.baseUrl,
      demo: env.DEMO ?? (Boolean(embedded) && env.NODE_ENV !== 'production'),
      pii: createFieldCrypto({ keyRing: env.FIELD_ENCRYPTION_KEYS ?? DEV_KEY_RING, hashKey: env.PII_HASH_KEY ?? DEV_HASH_KEY }),
      rateLimiter: createMemoryRateLimiter(),
      pay: payDeps,
      courier: courierDeps,
    });
    const server: Server = await new Promise((resolve, reject) => {
      const s = app.listen(env.PORT, env.HOST, () => resolve(s));
      s.once('error', reject);
    });
    server.keepAliveTimeout = 5_000;
    server.requestTimeout = 30_000;
    const sockets = new Set<Socket>();
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    const port = (server.address() as AddressInfo).port;
    const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
    const url = env.PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
    listeningUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    log.info({ host: env.HOST, port, mode: embedded ? 'embedded' : 'external', ms: Date.now() - started }, 'server listening');

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        log.info('shutting down: finishing in-flight requests');
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timer = setTimeout(() => {
          log.warn({ open: sockets.size }, 'shutdown timeout: closing remaining connections');
          server.closeAllConnections();
        }, env.SHUTDOWN_TIMEOUT_MS);
        await closed;
        clearTimeout(timer);
        await jobWorker?.stop();
        await stopGuideViews(handle.db).catch((err: unknown) => log.warn({ err }, 'guide views not written at shutdown'));
        await handle.close();
        await wechatWiring.stop();
        await payWiring.stop();
        await courierWiring.stop();
        await embedded?.stop();
        log.info('stopped');
      })());
    return { url, port, mode: embedded ? 'embedded' : 'external', dbHandle: handle, wechatBaseUrl: wechatWiring.baseUrl, wechatPayBaseUrl: payWiring.baseUrl, courierBaseUrl: courierWiring.baseUrl, ...(jobWorker ? { jobs: jobWorker } : {}), stop };
  } catch (e) {
    await jobs?.stop();
    await wechat?.stop();
    await wechatPay?.stop();
    await courier?.stop();
    await dbHandle?.close();
    await embedded?.stop();
    throw e;
  }
}
