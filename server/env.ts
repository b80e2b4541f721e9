import path from 'node:path';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '..');

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** Every setting the server reads, parsed once at start. */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Interface to listen on. Loopback by default; set 0.0.0.0 behind a reverse proxy. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** HTTP port; 0 picks a free one (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** PostgreSQL connection string. Unset → the embedded database in DATA_DIR (demo/dev default). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Where the embedded database and other local state live. */
  DATA_DIR: z.string().default(path.join(ROOT, '.data')),
  /** Load demo data at start. Defaults to on for the embedded database, off with DATABASE_URL. */
  SEED_DEMO: bool.optional(),
  /** Apply pending migrations at start (default on). */
  MIGRATE_ON_START: bool.default(true),
  /** Built H5 app to serve at /. */
  H5_DIR: z.string().default(path.join(ROOT, 'miniprogram', 'dist', 'h5')),
  /** Comma-separated browser origins allowed to call the API cross-origin. Same-origin needs nothing. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ message: 'each CORS origin must be a URL like https://example.gov.cn' }))),
  /** Maximum JSON body size. */
  JSON_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'like 100kb or 1mb').default('256kb'),
  /** Log level for pino. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long graceful shutdown waits for in-flight requests. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Public base URL printed at start and used in links (defaults to http://HOST:PORT). */
  PUBLIC_URL: z.url().optional(),
});

export type Env = z.infer<typeof ZEnv>;

/** Thrown when the environment is wrong; lists every problem at once. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse process.env (or a given object) into the typed config, failing fast with all problems listed. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return result.data;
}
