import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { applyMigrations } from '../../server/db/migrate';
import { loadEnv } from '../../server/env';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/server';
import { ARTIFACTS, launchBrowser } from './browser';
import { createThrowawayDatabase, type ThrowawayDatabase } from './database';

export const H5_DIR = path.resolve(__dirname, '../../miniprogram/dist/h5');

/** What a browser journey runs against: the real server on a throwaway database with the demo seed, and chromium. */
export interface E2EWorld {
  db: ThrowawayDatabase;
  server: RunningServer;
  browser: Browser;
  /** Absolute URL of a path on the server. */
  at(p: string): string;
}

/**
 * Register beforeAll/afterAll hooks that bring the world up once per spec file and tear it down after. The returned
 * object is filled in by beforeAll, so read its fields inside tests only.
 */
export function e2eWorld(dbPrefix: string, env: Record<string, string> = {}): E2EWorld {
  const world = { at: (p: string) => new URL(p, world.server.url).toString() } as E2EWorld;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) throw new Error('H5 build missing: run `npm run build:h5` (npm test does it for you)');
    world.db = await createThrowawayDatabase(dbPrefix);
    await applyMigrations({ connectionString: world.db.url });
    const config = loadEnv({ NODE_ENV: 'test', PORT: '0', DATABASE_URL: world.db.url, SEED_DEMO: '1', MIGRATE_ON_START: '0', H5_DIR, LOG_LEVEL: 'warn', ...env });
    world.server = await startServer(config, createLogger({ level: 'warn' }));
    const launched = await launchBrowser();
    world.browser = launched.browser;
    closeBrowser = launched.close;
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await closeBrowser?.();
    await world.server?.stop();
    await world.db?.drop();
  }, 60_000);
  return world;
}
