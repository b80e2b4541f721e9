import { applyMigrations } from './migrate';
import { createDb } from './client';
import { startEmbeddedDatabase } from './embedded';
import { loadEnv } from '../env';
import { createLogger } from '../logger';
import { seedDemo } from './seed';
import { installJobSchema } from '../jobs/install-schema';
import { DEV_HASH_KEY, DEV_KEY_RING, createFieldCrypto } from '../crypto/field-crypto';
import { reencryptPersonalData } from '../services/identity/reencrypt-personal-data';

// `npm run db:migrate` / `npm run db:seed` / `npm run db:reencrypt`: against DATABASE_URL, or the embedded database
// in DATA_DIR. reencrypt rewrites personal data still under an older key (FIELD_ENCRYPTION_KEYS, new key first) and
// prints the rows per table; the old key may leave the ring once a run prints only zeros.
async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'migrate' && command !== 'seed' && command !== 'reencrypt') {
    process.stderr.write('usage: tsx server/db/cli.ts migrate|seed|reencrypt\n');
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
    if (command === 'seed' || command === 'reencrypt') {
      const handle = createDb({ connectionString, max: 1, log });
      try {
        if (command === 'seed') {
          const seeded = await seedDemo(handle.db, log);
          process.stdout.write(`demo data added: ${JSON.stringify(seeded)}\n`);
        } else {
          if (env.NODE_ENV === 'production' && !env.FIELD_ENCRYPTION_KEYS) throw new Error('FIELD_ENCRYPTION_KEYS is required to re-encrypt in production');
          const pii = createFieldCrypto({ keyRing: env.FIELD_ENCRYPTION_KEYS ?? DEV_KEY_RING, hashKey: env.PII_HASH_KEY ?? DEV_HASH_KEY });
          const rewritten = await reencryptPersonalData(handle.db, pii);
          process.stdout.write(`re-encrypted under key ${pii.activeKeyId}: ${JSON.stringify(rewritten)}\n`);
        }
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
