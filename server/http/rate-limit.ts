import type { Middleware } from 'koa';
import type { RateLimiter } from '../adapters/rate-limit/rate-limiter.port';
import { errors } from '../errors';
import type { AppState } from './context';

/**
 * Refuse a client IP that calls the guarded routes more than `limit` times per window: 429 RATE_LIMITED with
 * Retry-After. Counted before the body is validated, so malformed attempts count too. `name` separates
 * budgets (citizen, staff and demo sign-in do not share one).
 */
export function rateLimitByIp(limiter: RateLimiter, name: string, limit: { count: number; windowMs: number }): Middleware<AppState> {
  return async (ctx, next) => {
    const d = await limiter.hit(`${name}:${ctx.ip}`, limit.count, limit.windowMs);
    ctx.set('RateLimit-Remaining', String(d.remaining));
    if (!d.allowed) {
      ctx.state.log?.warn({ limiter: name, ip: ctx.ip }, 'rate limited');
      throw errors.rateLimited(d.retryAfterMs);
    }
    await next();
  };
}
