// Prisma 6.19 configuration used only by migrate-diff.cjs (npm run db:new / db:check). Not for the app.
//
// Prisma 6.19 still ships a WASM schema engine that runs through a driver adapter, which is what lets us author and
// check migrations without Prisma 7's native engine (unreachable offline). migrate-diff.cjs sets the ONETRIP_DIFF_*
// variables: discrete connection parameters (a connectionString would win over the `database` the adapter sets for
// its shadow database) and the name of a throwaway database that it creates and drops itself.
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import path from 'node:path';
import pg from 'pg';

function need(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set: run this through tools/prisma-dev/migrate-diff.cjs`);
  return value;
}

// Result type ids adapter-pg 6.19 can map to a Prisma column type (its conversion.ts fieldToColumnType). The schema
// engine reads catalog columns of other built-in types (name 19, "char" 18, regproc 24, ...) and the adapter throws
// "Unsupported column type" on them, a known Prisma bug. Those reach the engine as text (arrays as text[]); oid 26 is
// supported (Int64) and must stay as it is.
const SUPPORTED = new Set([
  16, 17, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184, 1266, 1560, 1562,
  1700, 2950, 3802,
  // arrays
  143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041, 1115, 1182, 1183,
  1185, 1231, 1561, 1563, 2951, 3807,
]);
// Catalog array types: name[], int2vector[], regproc[], xid[], oidvector[], aclitem[], regtype[], regclass[].
const CATALOG_ARRAYS = new Set([1003, 1006, 1008, 1011, 1013, 1034, 2211, 2210]);
const TEXT = 25;
const TEXT_ARRAY = 1009;
const FIRST_USER_OID = 16384;

function asSupported(oid: number): number {
  if (oid >= FIRST_USER_OID || SUPPORTED.has(oid)) return oid;
  return CATALOG_ARRAYS.has(oid) ? TEXT_ARRAY : TEXT;
}

type Retaggable = { fields?: { dataTypeID: number }[] };
function retag<T>(res: T): T {
  for (const r of (Array.isArray(res) ? res : [res]) as Retaggable[]) {
    for (const f of r?.fields ?? []) f.dataTypeID = asSupported(f.dataTypeID);
  }
  return res;
}

// PostgreSQL 18 (and PGlite 0.5, which is 18) also stores NOT NULL constraints in pg_constraint, as contype 'n'.
// The 6.19 engine's check-constraint query only excludes p/u/f and its describer panics ("unreachable") on 'n', so
// the query is narrowed to what it meant on PostgreSQL <= 17. No-op elsewhere: there are no 'n' rows before 18.
const CONSTRAINT_QUERY = "contype NOT IN ('p', 'u', 'f')";
function compatibleSql(text: string): string {
  return text.includes(CONSTRAINT_QUERY) ? text.replace(CONSTRAINT_QUERY, "contype NOT IN ('p', 'u', 'f', 'n')") : text;
}

type TypeSource = { getTypeParser: (oid: number, format?: string) => unknown };
type Callback = (err: Error | null, res?: unknown) => void;

/**
 * A pg Client that parses and reports unsupported built-in types as text, and applies compatibleSql. It must handle
 * both call forms: the adapter calls `conn.query(config, values)` (promise) inside transactions, while `pool.query`
 * calls `client.query(text, values, callback)`.
 */
class CatalogAsTextClient extends pg.Client {
  // pg's overloads do not fit a generic wrapper; the runtime contract is (config, values?, callback?).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    if (config == null || typeof config.submit === 'function') return super.query(config, values, callback);
    const cfg = typeof config === 'string' ? { text: config } : { ...config };
    if (typeof cfg.text === 'string') cfg.text = compatibleSql(cfg.text);
    const base: TypeSource = cfg.types ?? (this as unknown as { _types: TypeSource })._types ?? pg.types;
    cfg.types = { getTypeParser: (oid: number, format?: string) => base.getTypeParser(asSupported(oid), format) };
    if (typeof values === 'function') {
      callback = values;
      values = undefined;
    }
    if (typeof callback === 'function') {
      const cb = callback as Callback;
      return super.query(cfg, values, (err: Error | null, res: unknown) => cb(err, err ? res : retag(res)));
    }
    return (super.query(cfg, values) as Promise<unknown>).then(retag);
  }
}

function connection(database: string): pg.PoolConfig {
  return {
    host: need('ONETRIP_DIFF_HOST'),
    port: Number(need('ONETRIP_DIFF_PORT')),
    user: need('ONETRIP_DIFF_USER'),
    password: process.env.ONETRIP_DIFF_PASSWORD || undefined,
    database,
    max: Number(process.env.ONETRIP_DIFF_POOL_MAX || 2),
    // Idle pooled connections must not keep the CLI process alive after the diff.
    allowExitOnIdle: true,
    Client: CatalogAsTextClient as unknown as typeof pg.Client,
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  // For `migrate status` runs against a database (see README.md); the diff gets the folder on its command line.
  migrations: { path: path.join(__dirname, '..', '..', 'prisma', 'migrations') },
  async adapter() {
    const main = new PrismaPg(connection(need('ONETRIP_DIFF_MAIN_DB')));
    const shadowDb = need('ONETRIP_DIFF_SHADOW_DB');
    // The adapter's own connectToShadowDb creates a randomly named database and drops it only on a clean exit;
    // migrate-diff.cjs owns the shadow database instead, so it is dropped on failure and Ctrl-C too.
    return Object.assign(main, {
      async connectToShadowDb() {
        return new PrismaPg(connection(shadowDb)).connect();
      },
    });
  },
});
