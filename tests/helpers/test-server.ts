import path from 'node:path';
import { Writable } from 'node:stream';
import { loadEnv } from '../../server/env';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/server';

export interface TestServer extends RunningServer {
  /** JSON log lines written while the server ran. */
  logs: string[];
  get(p: string, init?: RequestInit): Promise<Response>;
  fetch(p: string, init?: RequestInit): Promise<Response>;
}

/** Start the real server (real PostgreSQL from the integration setup) on a free port, logs captured in memory. */
export async function startTestServer(overrides: Record<string, string | undefined> = {}): Promise<TestServer> {
  const databaseUrl = process.env.ONETRIP_TEST_DB_URL;
  if (!databaseUrl && !('DATABASE_URL' in overrides)) throw new Error('ONETRIP_TEST_DB_URL is not set: run through the integration project');
  const env = loadEnv({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    MIGRATE_ON_START: '0',
    SEED_DEMO: '1',
    LOG_LEVEL: 'debug',
    H5_DIR: path.join(__dirname, '..', 'fixtures', 'h5'),
    // Fixed WeChat Pay simulator keys: tests sign and forge notifications with them.
    WECHATPAY_SIM_KEYS_FILE: path.join(__dirname, '..', 'fixtures', 'wechatpay', 'sim-keys.json'),
    // Parcels move only when a test advances them.
    COURIER_SIM_STEP_MS: '0',
    // Test files share one database: only tests that exercise delivery run the job worker (JOB_WORKER: '1').
    JOB_WORKER: '0',
    ...overrides,
  });
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      cb();
    },
  });
  const log = createLogger({ level: env.LOG_LEVEL, destination });
  const running = await startServer(env, log);
  const base = running.url.replace(/\/$/, '');
  const doFetch = (p: string, init?: RequestInit) => fetch(base + p, init);
  return Object.assign(running, { logs, fetch: doFetch, get: doFetch });
}
