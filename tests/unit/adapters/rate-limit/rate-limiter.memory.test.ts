import { createMemoryRateLimiter } from '../../../../server/adapters/rate-limit/rate-limiter.memory';

describe('createMemoryRateLimiter', () => {
  it('allows `limit` attempts per window and says how long to wait', async () => {
    let t = 1_000_000;
    const rl = createMemoryRateLimiter({ now: () => t });
    expect(await rl.hit('a', 3, 60_000)).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    t += 10_000;
    await rl.hit('a', 3, 60_000);
    t += 10_000;
    expect((await rl.hit('a', 3, 60_000)).remaining).toBe(0);
    t += 5_000;
    expect(await rl.hit('a', 3, 60_000)).toEqual({ allowed: false, remaining: 0, retryAfterMs: 35_000 });
    expect((await rl.hit('b', 3, 60_000)).allowed).toBe(true);
  });

  it('slides: the window frees one attempt as the oldest one ages out, not all at a boundary', async () => {
    let t = 0;
    const rl = createMemoryRateLimiter({ now: () => t });
    for (let i = 0; i < 3; i++) {
      await rl.hit('k', 3, 60_000);
      t += 20_000;
    }
    // t = 60 000: the first attempt (t=0) just left the window, the other two have not.
    expect((await rl.hit('k', 3, 60_000)).allowed).toBe(true);
    expect((await rl.hit('k', 3, 60_000)).allowed).toBe(false);
  });

  it('does not count refused attempts, so waiting for Retry-After is enough', async () => {
    let t = 0;
    const rl = createMemoryRateLimiter({ now: () => t });
    await rl.hit('k', 1, 1_000);
    for (let i = 0; i < 10; i++) expect((await rl.hit('k', 1, 1_000)).allowed).toBe(false);
    t += 1_000;
    expect((await rl.hit('k', 1, 1_000)).allowed).toBe(true);
  });

  it('sweeps idle keys when the key table is full', async () => {
    let t = 0;
    const rl = createMemoryRateLimiter({ now: () => t, maxKeys: 2 });
    await rl.hit('a', 1, 1_000);
    await rl.hit('b', 1, 1_000);
    t += 2_000;
    await rl.hit('c', 1, 1_000);
    // 'a' was swept with its history, so it starts afresh.
    expect((await rl.hit('a', 1, 1_000)).allowed).toBe(true);
  });
});
