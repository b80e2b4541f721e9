import { applyMigrations } from './migrate';
import { createDb } from './client';
import { startEmbeddedDatabase } from './embedded';
import { loadEnv } from '../env';
import { createLogger } from '../logger';
import { seedDemo } from './seed';
import { installJobSchema } from '../jobs/install-schema';

// `npm run db:migrate` / `npm run db:seed`: against DATABASE_URL, or the embedded database in DATA_DIR.
async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'migrate' && command !== 'seed') {
    process.stderr.write('usage: tsx server/db/cli.ts migrate|seed\n');
    process.exit(2);
  }
  const env = loadEnv();
  const log = createLogger({ level: env.LOG_LEVEL });
  const embedded = env.DATABASE_URL ? undefined : await startEmbeddedDatabase({ dataDir: env.DATA_DIR, log });
  const connectionString = env.DATABASE_URL ?? embedded!.connectionString;
  try {
    const res = await applyMigrations({ connectionString, log: (m) => log.info(m) });
    process.stdout.write(`migrations: ${res.applied.length} applied, ${res.alreadyApplied} already applied\n`);
    await installJobSchema(connectionString);
    if (command === 'seed') {
      const handle = createDb({ connectionString, max: 1, log });
      try {
        const seeded = await seedDemo(handle.db, log);
        process.stdout.write(`demo data added: ${JSON.stringify(seeded)}\n`);
      } finally {
        await handle.close();
      }
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
});
