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
  /**
   * Sign-in attempts allowed per client IP and login endpoint, as `count/seconds` (sliding window). On top of the
   * per-account lockout: it stops one address trying many accounts or burning WeChat codes.
   */
  LOGIN_RATE_LIMIT: z
    .string()
    .regex(/^\d{1,6}\/\d{1,6}$/, 'like 30/60')
    .default('30/60')
    .transform((v) => {
      const [count, seconds] = v.split('/').map(Number) as [number, number];
      return { count, windowMs: seconds * 1000 };
    }),
  /** 好差评: working days a department has to call back and resolve a bad rating (local rule, 5 to 15). */
  RECTIFICATION_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(5),
  /** Days after delivery before the applicant is reminded to rate (once). */
  RATING_REMINDER_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  /** Days after delivery after which an unrated case gets the default grade 基本满意; 0 = off (the default). */
  RATING_DEFAULT_AFTER_DAYS: z.coerce.number().int().min(0).max(90).default(0),
  /** Working days to reply to a complaint or enquiry. */
  COMPLAINT_REPLY_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(5),
  /** Complaints and enquiries a citizen (and an IP) may file, as `count/seconds`. */
  COMPLAINT_RATE_LIMIT: z
    .string()
    .regex(/^\d{1,6}\/\d{1,6}$/, 'like 5/3600')
    .default('5/3600')
    .transform((v) => {
      const [count, seconds] = v.split('/').map(Number) as [number, number];
      return { count, windowMs: seconds * 1000 };
    }),
  /** Longest period (days) the supervision dashboard and its exports accept in one request. */
  SUPERVISION_MAX_DAYS: z.coerce.number().int().min(31).max(3660).default(400),
  /** WeChat server API base (https://api.weixin.qq.com). Unset → a loopback simulator is started (not in production). */
  WECHAT_API_BASE: z.url().optional().or(z.literal('').transform(() => undefined)),
  /** Mini-program AppID and AppSecret (the simulator accepts the defaults). */
  WECHAT_APPID: z.string().regex(/^wx[0-9a-f]{16}$/, 'like wx0123456789abcdef').default('wx0000000000000000'),
  WECHAT_SECRET: z.string().min(16).default('onetrip-simulator-secret-0000000'),
  /** Demo mode: persona picker and demo login codes. Defaults to on for the embedded database; never in production. */
  DEMO: bool.optional(),
  /**
   * Field-encryption key ring, `id:base64key` (32-byte AES-256 keys), comma-separated. The first encrypts; all
   * decrypt, so a key is rotated by putting the new one first. Unset outside production → a fixed dev key.
   */
  FIELD_ENCRYPTION_KEYS: z.string().regex(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]{43,44})*$/, 'like k2026:<base64 of 32 bytes>,k2025:<…>').optional(),
  /** S3-compatible object storage for uploaded files; unset → DATA_DIR/files on local disk. */
  S3_ENDPOINT: z.url().optional().or(z.literal('').transform(() => undefined)),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_PREFIX: z.string().optional(),
  /** JSON file of notification templates (server/config/notification-templates.ts); unset → the built-in defaults. */
  NOTIFICATION_TEMPLATES_FILE: z.string().min(1).optional(),
  /** Run the job worker (notification delivery, timers) in this process. Default on. */
  JOB_WORKER: bool.default(true),
  /** Jobs the worker runs at once. */
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
  /** Key of the HMAC-SHA256 lookup hashes of personal identifiers (base64, ≥32 bytes). Never rotated casually. */
  PII_HASH_KEY: z.string().min(43).optional(),
  /** WeChat Pay API v3 base (https://api.mch.weixin.qq.com). Unset → a loopback simulator is started (not in production). */
  WECHATPAY_API_BASE: z.url().optional().or(z.literal('').transform(() => undefined)),
  /** Merchant id (商户号), APIv3 key (32 characters), apiclient_key.pem path and its certificate serial. */
  WECHATPAY_MCHID: z.string().regex(/^\d{8,12}$/, 'like 1900000109').optional(),
  WECHATPAY_API_V3_KEY: z.string().length(32, 'the APIv3 key has 32 characters').optional(),
  WECHATPAY_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  WECHATPAY_CERT_SERIAL: z.string().regex(/^[0-9A-Fa-f]{8,40}$/, 'hex serial of the merchant API certificate').optional(),
  /** How WeChat's signatures are verified: downloaded platform certificates, or the WeChat Pay public key (newer merchants). */
  WECHATPAY_VERIFY_MODE: z.enum(['certificate', 'publicKey']).default('certificate'),
  WECHATPAY_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  WECHATPAY_PUBLIC_KEY_ID: z.string().regex(/^PUB_KEY_ID_\w+$/, 'like PUB_KEY_ID_0114…').optional(),
  /** Public https origin WeChat Pay posts notifications to (no query); defaults to PUBLIC_URL. */
  WECHATPAY_NOTIFY_BASE: z.url().optional(),
  /** Simulator key file (tests use a fixed fixture); unset → keys generated once under DATA_DIR. */
  WECHATPAY_SIM_KEYS_FILE: z.string().min(1).optional(),
  /** EMS open platform base URL. Unset → a loopback EMS simulator is started (not in production). */
  COURIER_API_BASE: z.url().optional().or(z.literal('').transform(() => undefined)),
  /** EMS app key, request-signing secret and the secret its tracking pushes are signed with. */
  COURIER_APP_KEY: z.string().min(1).optional(),
  COURIER_APP_SECRET: z.string().min(16).optional(),
  COURIER_PUSH_SECRET: z.string().min(16).optional(),
  /** Public origin the carrier pushes tracking to; defaults to PUBLIC_URL. */
  COURIER_PUSH_BASE: z.url().optional(),
  /** Simulator only: a parcel moves one step this often (0 = only when a test says so). */
  COURIER_SIM_STEP_MS: z.coerce.number().int().min(0).default(20_000),
}).superRefine((e, ctx) => {
  if (e.S3_ENDPOINT) {
    for (const k of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!e[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required when S3_ENDPOINT is set' });
    }
  }
  if (e.NODE_ENV !== 'production') return;
  for (const k of ['WECHAT_API_BASE', 'FIELD_ENCRYPTION_KEYS', 'PII_HASH_KEY'] as const) {
    if (!e[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required in production' });
  }
  if (e.WECHAT_APPID === 'wx0000000000000000') ctx.addIssue({ code: 'custom', path: ['WECHAT_APPID'], message: 'required in production' });
  if (e.DEMO) ctx.addIssue({ code: 'custom', path: ['DEMO'], message: 'demo mode is not allowed in production' });
  for (const k of ['WECHATPAY_API_BASE', 'WECHATPAY_MCHID', 'WECHATPAY_API_V3_KEY', 'WECHATPAY_PRIVATE_KEY_FILE', 'WECHATPAY_CERT_SERIAL'] as const) {
    if (!e[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required in production' });
  }
  if (e.WECHATPAY_VERIFY_MODE === 'publicKey') {
    for (const k of ['WECHATPAY_PUBLIC_KEY_FILE', 'WECHATPAY_PUBLIC_KEY_ID'] as const) {
      if (!e[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required in production with WECHATPAY_VERIFY_MODE=publicKey' });
    }
  }
  for (const k of ['COURIER_API_BASE', 'COURIER_APP_KEY', 'COURIER_APP_SECRET', 'COURIER_PUSH_SECRET'] as const) {
    if (!e[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required in production' });
  }
  if (!(e.WECHATPAY_NOTIFY_BASE ?? e.PUBLIC_URL)?.startsWith('https://')) {
    ctx.addIssue({ code: 'custom', path: ['WECHATPAY_NOTIFY_BASE'], message: 'an https URL (or an https PUBLIC_URL) is required in production' });
  }
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
