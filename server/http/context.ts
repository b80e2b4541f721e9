import type { ParameterizedContext } from 'koa';
import type { Logger } from '../logger';
import type { Db } from '../db/client';
import type { Env } from '../env';
import type { Actor } from '../domain/actor';
import type { WeChatClient } from '../adapters/wechat/wechat.port';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { RateLimiter } from '../adapters/rate-limit/rate-limiter.port';
import type { PayDeps } from '../services/payments/pay-deps';
import type { CourierDeps } from '../services/courier/courier-deps';

/** What every request can reach: set once per request by the app's first middleware. */
export interface AppState {
  requestId: string;
  log: Logger;
  /** Who is calling, resolved from the bearer token by the auth middleware (anonymous when none). */
  actor: Actor;
}

/** Long-lived dependencies, wired in app.ts and passed to routes. */
export interface AppDeps {
  env: Env;
  db: Db;
  log: Logger;
  version: string;
  /** Checks run by /readyz: each resolves true when the dependency answers. */
  readiness: Record<string, () => Promise<boolean>>;
  /** WeChat server APIs (the loopback simulator outside production). */
  wechat: WeChatClient;
  /** Base URL of the WeChat API in use (demo routes reach the simulator's /__sim/ controls through it). */
  wechatBaseUrl: string;
  /** Demo mode: persona picker and demo login codes exist only when true (never in production). */
  demo: boolean;
  /** Encryption and keyed hashing of personal identifiers. */
  pii: FieldCrypto;
  /** Per-IP attempt counting for sign-in endpoints (in memory in one process). */
  rateLimiter: RateLimiter;
  /** WeChat Pay v3 (the loopback simulator outside production) and where its notifications reach us. */
  pay: PayDeps;
  /** The courier (EMS; the loopback simulator outside production) and where its pushes reach us. */
  courier: CourierDeps;
}

export type AppContext = ParameterizedContext<AppState>;
