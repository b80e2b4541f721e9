import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

// Applies prisma/migrations the way `prisma migrate deploy` does and writes the same `_prisma_migrations` ledger, so
// the database stays usable with Prisma's own tooling. Prisma 7's migrate commands need a native engine that cannot
// be downloaded offline; this file needs only `pg`. Copied from Prisma's schema engine: the advisory lock id, the
// ledger DDL, the checksum (sha256 hex of the script), one row per attempt, the whole file run as one script, and the
// P3005/P3009 refusals. The checks against Prisma 6.19 and its own `migrate status` are in tools/prisma-dev/README.md.

/** Prisma's advisory lock id (`SELECT pg_advisory_lock(72707369)` in its schema engine). */
export const PRISMA_MIGRATE_LOCK_ID = 72707369;

/** Prisma's DDL for the ledger, verbatim. */
const LEDGER_DDL = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

const DEFAULT_MIGRATIONS_DIR = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');
const DEFAULT_LOCK_TIMEOUT_MS = 60_000;

export interface MigrateOptions {
  connectionString: string;
  /** Folder of <timestamp>_<name>/migration.sql; defaults to prisma/migrations. */
  migrationsDir?: string;
  log?: (msg: string) => void;
  /** How long to wait for another process holding the migrate lock (default 60 s). */
  lockTimeoutMs?: number;
}

export interface MigrationStatus {
  /** False when the database has no `_prisma_migrations` table yet. */
  ledgerExists: boolean;
  /** Local migrations not applied yet, in the order they would be applied. */
  pending: string[];
  /** Migrations applied and not rolled back. */
  applied: string[];
  /** Migrations whose last attempt failed and was not marked rolled back (they block applying, Prisma's P3009). */
  failed: string[];
  /** Applied migrations whose migration.sql changed since. */
  modified: string[];
  /** Applied migrations with no folder locally (e.g. a newer release ran against this database). */
  missingLocally: string[];
}

interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

interface LedgerRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  logs: string | null;
}

/** Raised for states Prisma would refuse too; `code` is Prisma's error code. */
export class MigrationError extends Error {
  constructor(
    readonly code: 'P3005' | 'P3009' | 'P3018',
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'MigrationError';
  }
}

/** Lowercase hex SHA-256 of the file's bytes, as Prisma stores it in `checksum`. */
export function migrationChecksum(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readLocalMigrations(dir: string): LocalMigration[] {
  if (!fs.existsSync(dir)) return [];
  return (
    fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      // Prisma's CLI orders migration folders with localeCompare.
      .sort((a, b) => a.localeCompare(b))
      .map((name) => {
        const file = path.join(dir, name, 'migration.sql');
        // Prisma fails on a migration folder without its script rather than skipping it; so do we.
        if (!fs.existsSync(file)) throw new Error(`migration folder ${name} has no migration.sql (in ${dir})`);
        const bytes = fs.readFileSync(file);
        return { name, sql: bytes.toString('utf8'), checksum: migrationChecksum(bytes) };
      })
  );
}

/** Like Prisma's script_matches_checksum: a checkout with other line endings (git on Windows) still matches. */
function matchesChecksum(migration: LocalMigration, checksum: string): boolean {
  if (migration.checksum === checksum) return true;
  const lf = migration.sql.replace(/\r\n/g, '\n');
  return migrationChecksum(lf) === checksum || migrationChecksum(lf.replace(/\n/g, '\r\n')) === checksum;
}

/** Prisma's convention: `?schema=name` in the URL selects the schema (default public). */
function schemaOf(connectionString: string): string {
  try {
    return new URL(connectionString).searchParams.get('schema') || 'public';
  } catch {
    return 'public';
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function ledgerExists(client: Client, schema: string): Promise<boolean> {
  const res = await client.query<{ exists: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relname = '_prisma_migrations' AND c.relkind IN ('r', 'p')
     ) AS exists`,
    [schema],
  );
  return res.rows[0]?.exists === true;
}

/** Objects a migration could have created: relations, enums/domains/composite types, functions. */
async function schemaObjects(client: Client, schema: string): Promise<string[]> {
  const res = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
     UNION ALL
     SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = $1 AND t.typtype IN ('e', 'd')
     UNION ALL
     SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = $1
     LIMIT 5`,
    [schema],
  );
  return res.rows.map((r) => r.name);
}

async function readLedger(client: Client): Promise<LedgerRow[]> {
  const res = await client.query<LedgerRow>(
    `SELECT id, checksum, migration_name, finished_at, rolled_back_at, started_at, logs
       FROM _prisma_migrations ORDER BY started_at ASC`,
  );
  return res.rows;
}

function computeStatus(local: LocalMigration[], ledger: LedgerRow[] | null): MigrationStatus {
  const rows = ledger ?? [];
  const applied = new Map<string, LedgerRow>();
  const failed = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    if (row.finished_at !== null) applied.set(row.migration_name, row);
    else failed.add(row.migration_name);
  }
  const localNames = new Set(local.map((m) => m.name));
  return {
    ledgerExists: ledger !== null,
    pending: local.filter((m) => !applied.has(m.name)).map((m) => m.name),
    applied: [...applied.keys()],
    failed: [...failed].filter((name) => !applied.has(name)),
    modified: local.filter((m) => applied.has(m.name) && !matchesChecksum(m, applied.get(m.name)!.checksum)).map((m) => m.name),
    missingLocally: [...applied.keys()].filter((name) => !localNames.has(name)),
  };
}

function failedMessage(rows: LedgerRow[], names: string[]): string {
  const details = names.map((name) => {
    const row = rows.find((r) => r.migration_name === name && r.finished_at === null && r.rolled_back_at === null);
    const logs = row?.logs ? ` with the following logs:\n${row.logs}` : '';
    return `The \`${name}\` migration started at ${row?.started_at.toISOString() ?? '?'} failed${logs}`;
  });
  return (
    'migrate found failed migrations in the target database, new migrations will not be applied. Fix the cause, ' +
    'then mark the migration rolled back (`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = …`, ' +
    'or `prisma migrate resolve --rolled-back <name>` where Prisma\'s engine is available) and run again. ' +
    `See https://pris.ly/d/migrate-resolve\n${details.join('\n')}`
  );
}

function describeDbError(e: unknown): string {
  const err = e as { code?: string; message?: string; position?: string; detail?: string; where?: string };
  const lines = [`Database error code: ${err.code ?? 'unknown'}`, '', 'Database error:', `ERROR: ${err.message ?? String(e)}`];
  if (err.detail) lines.push(`DETAIL: ${err.detail}`);
  if (err.position) lines.push(`POSITION: ${err.position}`);
  if (err.where) lines.push(`WHERE: ${err.where}`);
  return lines.join('\n');
}

async function withClient<T>(connectionString: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Applied / pending / failed migrations, without changing anything (for /readyz and tooling). */
export async function migrationStatus(opts: Omit<MigrateOptions, 'log' | 'lockTimeoutMs'>): Promise<MigrationStatus> {
  const local = readLocalMigrations(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const schema = schemaOf(opts.connectionString);
  return withClient(opts.connectionString, async (client) => {
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    return computeStatus(local, (await ledgerExists(client, schema)) ? await readLedger(client) : null);
  });
}

/**
 * Apply pending migrations in folder-name order, each file as one script, under Prisma's advisory lock so concurrent
 * starts apply each migration once. Refuses (MigrationError) a database with a failed migration (P3009) or with
 * objects but no ledger (P3005); a migration that fails records its error in `logs` and throws (P3018).
 */
export async function applyMigrations(opts: MigrateOptions): Promise<{ applied: string[]; alreadyApplied: number }> {
  const log = opts.log ?? (() => undefined);
  const local = readLocalMigrations(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const schema = schemaOf(opts.connectionString);

  return withClient(opts.connectionString, async (client) => {
    // lock_timeout also bounds advisory lock waits; it is reset so that it does not apply to the migrations.
    await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS))}`);
    try {
      await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK_ID]);
    } catch (e) {
      if ((e as { code?: string }).code === '55P03') {
        throw new Error(`timed out waiting for the migrate lock (pg_advisory_lock(${PRISMA_MIGRATE_LOCK_ID})): is another process migrating?`);
      }
      throw e;
    }
    await client.query('RESET lock_timeout');
    try {
      // Checked first: CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when the schema exists.
      const hasSchema = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (hasSchema.rowCount === 0) await client.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
      await client.query(`SET search_path TO ${quoteIdent(schema)}`);

      if (!(await ledgerExists(client, schema))) {
        const objects = await schemaObjects(client, schema);
        if (objects.length > 0) {
          throw new MigrationError(
            'P3005',
            `The database schema "${schema}" is not empty (it has ${objects.join(', ')}…) and has no _prisma_migrations ` +
              'table, so it was not created by these migrations. Use an empty database, or baseline it first ' +
              '(https://pris.ly/d/migrate-baseline).',
          );
        }
        await client.query(LEDGER_DDL);
        log('created the _prisma_migrations table');
      }

      const ledger = await readLedger(client);
      const status = computeStatus(local, ledger);
      if (status.failed.length > 0) throw new MigrationError('P3009', failedMessage(ledger, status.failed));
      for (const name of status.modified) {
        log(`warning: migration ${name} was modified after it was applied (checksum differs from _prisma_migrations)`);
      }
      for (const name of status.missingLocally) {
        log(`warning: migration ${name} is applied to the database but missing from the migrations folder`);
      }

      const applied: string[] = [];
      for (const migration of local.filter((m) => status.pending.includes(m.name))) {
        const id = randomUUID();
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        try {
          // No parameters: pg sends a simple Query message, so the whole file runs as one multi-statement script
          // (one implicit transaction unless the file manages its own), as Prisma's engine runs it.
          await client.query(migration.sql);
        } catch (e) {
          // A file with its own BEGIN leaves the session in an aborted transaction; end it before writing logs.
          await client.query('ROLLBACK').catch(() => undefined);
          const logs = describeDbError(e);
          await client.query('UPDATE _prisma_migrations SET logs = $2 WHERE id = $1', [id, logs]);
          throw new MigrationError(
            'P3018',
            `Migration ${migration.name} failed to apply. New migrations cannot be applied before the error is ` +
              `recovered from (see _prisma_migrations.logs).\n${logs}`,
          );
        }
        await client.query(
          `UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = now()
           WHERE id = $1`,
          [id],
        );
        applied.push(migration.name);
        log(`applied migration ${migration.name}`);
      }
      return { applied, alreadyApplied: local.length - status.pending.length };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_ID]).catch(() => undefined);
    }
  });
}
