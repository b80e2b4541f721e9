import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

/** A file handed to the browser's file chooser. */
export interface ChosenFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Tap each material's upload button in `scope` and hand the file chooser `file(i, n)`; waits until the row's files
 * changed and checks it shows no problem (and, when given, that its state line contains `stateContains`).
 */
export async function uploadAllMaterials(page: Page, scope: string, file: (i: number, n: number) => ChosenFile | Promise<ChosenFile>, opts: { stateContains?: string } = {}): Promise<void> {
  const rows = page.locator(`${scope} .apply-material:visible`);
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    const before = (await row.getAttribute('data-files')) ?? '';
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15_000 }), row.locator('.apply-material__upload').click()]);
    await chooser.setFiles(await file(i, n));
    for (let waited = 0; ((await row.getAttribute('data-files')) ?? '') === before; waited += 200) {
      if (waited > 20_000) throw new Error(`material ${i}: upload did not finish: ${await row.innerText()}`);
      await page.waitForTimeout(200);
    }
    expect(await row.locator('.apply-material__problem').count()).toBe(0);
    if (opts.stateContains) await expect(row.locator('.apply-material__state').innerText()).resolves.toContain(opts.stateContains);
  }
}
