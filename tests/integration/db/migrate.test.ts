import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { applyMigrations, migrationStatus, PRISMA_MIGRATE_LOCK_ID } from '../../../server/db/migrate';

// Real PostgreSQL only: the concurrency case needs real sessions and advisory locks (PGlite serialises everything).
const ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const MIGRATIONS_DIR = path.resolve(__dirname, '../../../prisma/migrations');

jest.setTimeout(60_000);

const created: string[] = [];
const tempDirs: string[] = [];

function urlFor(database: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A new empty database for one scenario; dropped in afterAll. */
async function freshDatabase(): Promise<string> {
  const name = `onetrip_migrate_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return urlFor(name);
}

async function query<R extends Record<string, unknown>>(url: string, sql: string, values: unknown[] = []): Promise<R[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<R>(sql, values)).rows;
  } finally {
    await c.end();
  }
}

/** A copy of the real migrations plus extra ones, for scenarios that must not touch prisma/migrations. */
function migrationsWith(extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onetrip-migrations-'));
  tempDirs.push(dir);
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

const localMigrations = fs
  .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => a.localeCompare(b));

interface LedgerRow extends Record<string, unknown> {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

const ledger = (url: string) => query<LedgerRow>(url, 'SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name');

afterAll(async () => {
  await admin(async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('applyMigrations', () => {
  let url: string;

  beforeAll(async () => {
    url = await freshDatabase();
  });

  it('applies every migration of prisma/migrations to an empty database', async () => {
    expect(localMigrations.length).toBeGreaterThan(0);
    const res = await applyMigrations({ connectionString: url });
    expect(res).toEqual({ applied: localMigrations, alreadyApplied: 0 });
    const tables = await query<{ t: string }>(url, "SELECT to_regclass('public.regions')::text AS t");
    expect(tables[0]?.t).toBe('regions');
  });

  it('writes the ledger as Prisma does: checksum, finished_at, one step, no logs', async () => {
    const rows = await ledger(url);
    expect(rows.map((r) => r.migration_name)).toEqual(localMigrations);
    for (const row of rows) {
      const bytes = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
    const columns = await query<{ column_name: string; data_type: string; character_maximum_length: number | null }>(
      url,
      `SELECT column_name, data_type, character_maximum_length FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => [c.column_name, c.data_type, c.character_maximum_length])).toEqual([
      ['id', 'character varying', 36],
      ['checksum', 'character varying', 64],
      ['finished_at', 'timestamp with time zone', null],
      ['migration_name', 'character varying', 255],
      ['logs', 'text', null],
      ['rolled_back_at', 'timestamp with time zone', null],
      ['started_at', 'timestamp with time zone', null],
      ['applied_steps_count', 'integer', null],
    ]);
  });

  it('applies nothing on a second run', async () => {
    const res = await applyMigrations({ connectionString: url });
    expect(res).toEqual({ applied: [], alreadyApplied: localMigrations.length });
    expect(await ledger(url)).toHaveLength(localMigrations.length);
    expect(await migrationStatus({ connectionString: url })).toMatchObject({ ledgerExists: true, pending: [], failed: [] });
  });

  it("is reported up to date by Prisma's own `migrate status` (Prisma 6.19 in tools/prisma-dev)", async () => {
    const script = path.resolve(__dirname, '../../../tools/prisma-dev/migrate-diff.cjs');
    const out = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [script, 'status'], { env: { ...process.env, DATABASE_URL: url } }, (err, stdout) =>
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout }),
      );
    });
    expect(out.stdout).toMatch(new RegExp(`${localMigrations.length} migrations? found in prisma/migrations`));
    expect(out.stdout).toContain('Database schema is up to date!');
    expect(out.code).toBe(0);
  });

  it('warns when an applied migration was edited afterwards', async () => {
    const dir = migrationsWith({});
    const first = localMigrations[0]!;
    fs.appendFileSync(path.join(dir, first, 'migration.sql'), '\n-- edited\n');
    const messages: string[] = [];
    const res = await applyMigrations({ connectionString: url, migrationsDir: dir, log: (m) => messages.push(m) });
    expect(res.applied).toEqual([]);
    expect(messages.join('\n')).toContain(`${first} was modified after it was applied`);
    expect((await migrationStatus({ connectionString: url, migrationsDir: dir })).modified).toEqual([first]);
  });

  it('does not report a checkout with CRLF line endings as modified (as Prisma does not)', async () => {
    const dir = migrationsWith({});
    for (const name of localMigrations) {
      const file = path.join(dir, name, 'migration.sql');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    }
    expect((await migrationStatus({ connectionString: url, migrationsDir: dir })).modified).toEqual([]);
  });
});

describe('applyMigrations with a failing migration', () => {
  const broken = '99990101000000_broken';

  it('records the error in logs, keeps nothing of the file, and blocks later runs until rolled back', async () => {
    const url = await freshDatabase();
    const dir = migrationsWith({
      [broken]: 'CREATE TABLE half_done (id int);\nINSERT INTO no_such_table VALUES (1);\n',
    });

    await expect(applyMigrations({ connectionString: url, migrationsDir: dir })).rejects.toThrow(/P3018.*99990101000000_broken/s);
    const row = (await ledger(url)).find((r) => r.migration_name === broken)!;
    expect(row.finished_at).toBeNull();
    expect(row.rolled_back_at).toBeNull();
    expect(row.applied_steps_count).toBe(0);
    expect(row.logs).toContain('no_such_table');
    expect(row.logs).toContain('42P01');
    // The file ran as one script in one implicit transaction: its first statement was rolled back too.
    expect((await query<{ t: string | null }>(url, "SELECT to_regclass('public.half_done')::text AS t"))[0]?.t).toBeNull();

    await expect(applyMigrations({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      /P3009.*`99990101000000_broken` migration started at .* failed/s,
    );
    expect((await migrationStatus({ connectionString: url, migrationsDir: dir })).failed).toEqual([broken]);

    // What `prisma migrate resolve --rolled-back` does, then a fixed file applies with a new ledger row.
    await query(url, 'UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1', [broken]);
    fs.writeFileSync(path.join(dir, broken, 'migration.sql'), 'CREATE TABLE half_done (id int);\n');
    await expect(applyMigrations({ connectionString: url, migrationsDir: dir })).resolves.toEqual({
      applied: [broken],
      alreadyApplied: localMigrations.length,
    });
    const rows = (await ledger(url)).filter((r) => r.migration_name === broken);
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null)).toHaveLength(1);
  });
});

describe('applyMigrations on a database it did not create', () => {
  it('refuses a non-empty public schema without a ledger (P3005) and changes nothing', async () => {
    const url = await freshDatabase();
    await query(url, 'CREATE TABLE somebody_elses (id int)');
    await expect(applyMigrations({ connectionString: url })).rejects.toThrow(/P3005.*not empty.*somebody_elses/s);
    expect((await query<{ t: string | null }>(url, "SELECT to_regclass('public._prisma_migrations')::text AS t"))[0]?.t).toBeNull();
    expect(await migrationStatus({ connectionString: url })).toMatchObject({ ledgerExists: false, pending: localMigrations });
  });
});

describe('concurrent applyMigrations', () => {
  it('applies each migration once when two processes start together (advisory lock)', async () => {
    const url = await freshDatabase();
    // A slow migration keeps the first caller inside the lock long enough for the second to queue behind it.
    const dir = migrationsWith({ '99990101000000_slow': 'SELECT pg_sleep(0.5);\nCREATE TABLE slow_marker (id int);\n' });
    const expected = [...localMigrations, '99990101000000_slow'];

    const [a, b] = await Promise.all([
      applyMigrations({ connectionString: url, migrationsDir: dir }),
      applyMigrations({ connectionString: url, migrationsDir: dir }),
    ]);

    expect([...a.applied, ...b.applied].sort()).toEqual(expected);
    expect([a.applied.length, b.applied.length].sort()).toEqual([0, expected.length]);
    const rows = await ledger(url);
    expect(rows.map((r) => r.migration_name).sort()).toEqual(expected);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    // The lock is released at the end.
    const held = await query<{ n: string }>(
      url,
      "SELECT count(*)::text AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1",
      [PRISMA_MIGRATE_LOCK_ID],
    );
    expect(held[0]?.n).toBe('0');
  });
});
