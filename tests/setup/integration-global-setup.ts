import { applyMigrations } from '../../server/db/migrate';
import { installJobSchema } from '../../server/jobs/install-schema';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../helpers/database';

declare global {
  var __onetripTestDb: ThrowawayDatabase | undefined;
}

/** One throwaway database for the integration run, migrated once; workers read its URL from the environment. */
export default async function setup(): Promise<void> {
  const db = await createThrowawayDatabase();
  globalThis.__onetripTestDb = db;
  await applyMigrations({ connectionString: db.url });
  await installJobSchema(db.url);
  process.env.ONETRIP_TEST_DB_URL = db.url;
  process.env.ONETRIP_TEST_DB_EMBEDDED = db.embedded ? '1' : '0';
}
