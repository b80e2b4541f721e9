import type { ParameterizedContext } from 'koa';
import type { Logger } from '../logger';
import type { Db } from '../db/client';
import type { Env } from '../env';
import type { Actor } from '../domain/actor';

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
}

export type AppContext = ParameterizedContext<AppState>;
