import type { Db } from '../../../server/db/client';
import { FRESHNESS_CHECK_MS, getCatalogSnapshot, invalidateSearchIndex } from '../../../server/services/catalog/search-index';

/** A stand-in database: counts fingerprint checks and builds; builds resolve when told to. */
function fakeDb() {
  const state = { fingerprint: 'a', checks: 0, builds: 0, release: [] as (() => void)[] };
  const gate = () => new Promise<void>((resolve) => state.release.push(resolve));
  const db = {
    $queryRaw: async () => {
      state.checks += 1;
      return [{ f: state.fingerprint }];
    },
    serviceItemVersion: {
      findMany: async () => {
        state.builds += 1;
        await gate();
        return [];
      },
    },
    bundle: { findMany: async () => [] },
    region: { findMany: async () => [] },
  } as unknown as Db;
  const releaseAll = () => state.release.splice(0).forEach((r) => r());
  return { db, state, releaseAll };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('getCatalogSnapshot', () => {
  it('builds once for concurrent callers and reuses the snapshot within the freshness window', async () => {
    const { db, state, releaseAll } = fakeDb();
    const a = getCatalogSnapshot(db, 1_000);
    const b = getCatalogSnapshot(db, 1_000);
    await tick();
    releaseAll();
    expect(await a).toBe(await b);
    expect(state.builds).toBe(1);
    await getCatalogSnapshot(db, 1_000 + FRESHNESS_CHECK_MS - 1);
    expect(state.checks).toBe(2); // no extra database check inside the window
  });

  it('rebuilds when the database fingerprint changes, and not when it does not', async () => {
    const { db, state, releaseAll } = fakeDb();
    const first = getCatalogSnapshot(db, 10_000);
    await tick();
    releaseAll();
    const snap = await first;
    expect(await getCatalogSnapshot(db, 10_000 + FRESHNESS_CHECK_MS)).toBe(snap);
    state.fingerprint = 'b';
    const next = getCatalogSnapshot(db, 10_000 + 2 * FRESHNESS_CHECK_MS);
    await tick();
    releaseAll();
    expect(await next).not.toBe(snap);
    expect(state.builds).toBe(2);
  });

  it('never serves a build that started before invalidateSearchIndex()', async () => {
    const { db, state, releaseAll } = fakeDb();
    const early = getCatalogSnapshot(db, 20_000);
    await tick();
    invalidateSearchIndex(); // e.g. a publish committed while the first build was reading
    const late = getCatalogSnapshot(db, 20_000);
    await tick();
    await tick();
    releaseAll();
    const [e, l] = await Promise.all([early, late]);
    expect(l).not.toBe(e);
    expect(state.builds).toBe(2);
    expect(await getCatalogSnapshot(db, 20_001)).toBe(l);
  });
});
