import { Pool } from 'pg';
import { Logger as WorkerLogger, runMigrations } from 'graphile-worker';

/** graphile-worker's own logs during schema installation are not interesting. */
export const quietWorkerLogger = new WorkerLogger(() => () => undefined);

/** A pool whose idle clients may fail (database restart) without crashing the process: graphile-worker requires it. */
export function guardPool(pool: Pool, onError: (err: Error) => void): Pool {
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  return pool;
}

/**
 * Install or upgrade graphile-worker's schema (graphile_worker.*; offline and idempotent). Done at server start
 * before serving, by `npm run db:migrate`, and by the test setup: enqueueNotifications adds jobs with its SQL API.
 */
export async function installJobSchema(connectionString: string): Promise<void> {
  const pool = guardPool(new Pool({ connectionString, max: 1 }), () => undefined);
  try {
    await runMigrations({ pgPool: pool, logger: quietWorkerLogger });
  } finally {
    await pool.end();
  }
}
