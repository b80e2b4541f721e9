import type { RateDecision, RateLimiter } from './rate-limiter.port';

/**
 * Sliding-window log in memory: each key keeps the times of its last `limit` allowed attempts, so a burst at the
 * end of one minute and the start of the next cannot double the limit (the flaw of fixed windows). Refused
 * attempts are not recorded, so a client that waits for Retry-After gets in. Idle keys are swept to bound memory.
 */
export function createMemoryRateLimiter(opts: { now?: () => number; maxKeys?: number } = {}): RateLimiter {
  const now = opts.now ?? Date.now;
  const maxKeys = opts.maxKeys ?? 100_000;
  const hits = new Map<string, number[]>();
  let longestWindow = 0;

  const sweep = (t: number) => {
    for (const [k, times] of hits) if (times.length === 0 || times[times.length - 1]! <= t - longestWindow) hits.delete(k);
  };

  return {
    async hit(key: string, limit: number, windowMs: number): Promise<RateDecision> {
      const t = now();
      longestWindow = Math.max(longestWindow, windowMs);
      if (!hits.has(key) && hits.size >= maxKeys) sweep(t);
      const times = (hits.get(key) ?? []).filter((x) => x > t - windowMs);
      if (times.length >= limit) {
        hits.set(key, times);
        return { allowed: false, remaining: 0, retryAfterMs: times[0]! + windowMs - t };
      }
      times.push(t);
      hits.set(key, times);
      return { allowed: true, remaining: limit - times.length, retryAfterMs: 0 };
    },
  };
}
