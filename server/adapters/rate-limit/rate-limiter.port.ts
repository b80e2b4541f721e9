/** The outcome of counting one attempt. */
export interface RateDecision {
  allowed: boolean;
  /** Attempts left in the current window after this one (0 when refused). */
  remaining: number;
  /** When refused: how long until the oldest counted attempt leaves the window. */
  retryAfterMs: number;
}

/**
 * Counts attempts per key in a sliding window. The embedded default keeps counts in memory (one process);
 * several instances behind a balancer need a shared implementation (Redis, PostgreSQL) of this same port.
 */
export interface RateLimiter {
  /** Count an attempt for `key` and say whether it is allowed (`limit` attempts per `windowMs`). */
  hit(key: string, limit: number, windowMs: number): Promise<RateDecision>;
}
