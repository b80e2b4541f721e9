import { Pool } from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import type { Logger } from '../logger';

export type Db = PrismaClient;
/** A transaction client, for use cases that take an optional transaction. */
export type DbTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface DbHandle {
  db: Db;
  pool: Pool;
  /** True when `SELECT 1` answers within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The one Prisma client of the process, over node-postgres through @prisma/adapter-pg — the same path for
 * production PostgreSQL and the embedded default. We own the pool so that a dropped connection (database
 * restart) is logged instead of crashing the process, and so that new connections are made when it returns.
 */
export function createDb(opts: { connectionString: string; max: number; log: Logger }): DbHandle {
  const pool = new Pool({
    connectionString: opts.connectionString,
    max: opts.max,
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', (err) => opts.log.warn({ err }, 'idle database connection failed; the pool will reconnect'));
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    db,
    pool,
    async ping(timeoutMs = 2_000) {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        });
        const query = pool.query('SELECT 1').then(
          () => true,
          () => false,
        );
        return await Promise.race([query, timeout]);
      } finally {
        if (timer) clearTimeout(timer);
      }
    },
    async close() {
      await db.$disconnect().catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
  };
}
