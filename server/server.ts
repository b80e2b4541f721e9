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
import { DEV_HASH_KEY, DEV_KEY_RING, createFieldCrypto } from './crypto/field-crypto';
import { stopGuideViews } from './services/catalog/count-guide-views';

export interface RunningServer {
  url: string;
  port: number;
  mode: 'embedded' | 'external';
  dbHandle: DbHandle;
  /** WeChat API base in use: the embedded simulator's loopback URL unless WECHAT_API_BASE is set. */
  wechatBaseUrl: string;
  /** Stop accepting, let in-flight requests finish (bounded by SHUTDOWN_TIMEOUT_MS), then close the database. */
  stop(): Promise<void>;
}

/** Start the whole system: database (embedded unless DATABASE_URL), migrations, demo data, HTTP. */
export async function startServer(env: Env, log: Logger): Promise<RunningServer> {
  const started = Date.now();
  let embedded: EmbeddedDatabase | undefined;
  let connectionString = env.DATABASE_URL;
  if (!connectionString) {
    embedded = await startEmbeddedDatabase({ dataDir: env.DATA_DIR, log });
    connectionString = embedded.connectionString;
  }
  let dbHandle: DbHandle | undefined;
  let wechat: WeChatWiring | undefined;
  try {
    wechat = await createWeChat(env);
    if (wechat.simulator) log.info({ url: wechat.simulator.url }, 'WeChat simulator started (WECHAT_API_BASE unset)');
    if (env.MIGRATE_ON_START) {
      const res = await applyMigrations({ connectionString, log: (m) => log.info(m) });
      log.info({ applied: res.applied, alreadyApplied: res.alreadyApplied }, 'migrations checked');
    }
    // PGlite runs one transaction at a time: one pooled connection avoids interleaving surprises.
    dbHandle = createDb({ connectionString, max: embedded ? 1 : 10, log });
    if (env.SEED_DEMO ?? Boolean(embedded)) {
      const seeded = await seedDemo(dbHandle.db, log);
      log.info(seeded, 'demo data ready');
    }
    const handle = dbHandle;
    const wechatWiring = wechat;
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
        await stopGuideViews(handle.db).catch((err: unknown) => log.warn({ err }, 'guide views not written at shutdown'));
        await handle.close();
        await wechatWiring.stop();
        await embedded?.stop();
        log.info('stopped');
      })());
    return { url, port, mode: embedded ? 'embedded' : 'external', dbHandle: handle, wechatBaseUrl: wechatWiring.baseUrl, stop };
  } catch (e) {
    await wechat?.stop();
    await dbHandle?.close();
    await embedded?.stop();
    throw e;
  }
}
