import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded';
import { createLogger } from '../../server/logger';

export const ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface ThrowawayDatabase {
  url: string;
  /** True when no PostgreSQL answered and the embedded PGlite stands in. */
  embedded: boolean;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function reachable(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * Create a database that exists only for this test run on the PostgreSQL at TEST_DATABASE_URL, or — when none
 * answers — an embedded PGlite in a temporary folder (with a loud warning: PGlite serialises transactions, so
 * concurrency tests prove much less there).
 */
export async function createThrowawayDatabase(prefix = 'onetrip_test'): Promise<ThrowawayDatabase> {
  if (await reachable(ADMIN_URL)) {
    const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    return {
      url: withDatabase(ADMIN_URL, name),
      embedded: false,
      async drop() {
        const c = new Client({ connectionString: ADMIN_URL });
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await c.end();
        }
      },
    };
  }
  process.stderr.write(
    `\n*** WARNING: no PostgreSQL answered at ${ADMIN_URL.replace(/:[^:@/]*@/, ':***@')}; ` +
      'falling back to the embedded PGlite. It runs one transaction at a time, so concurrency tests are much weaker there. ***\n\n',
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onetrip-pglite-'));
  const db: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir: dir, log: createLogger({ level: 'silent' }) });
  return {
    url: db.connectionString,
    embedded: true,
    async drop() {
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
