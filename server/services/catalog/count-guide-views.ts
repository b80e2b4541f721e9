import type { Db } from '../../db/client';
import { invalidateSearchIndex } from './search-index';

/**
 * Guide views feed ServiceItem.popularity, which ranks the home page's popular list and search results. A view is
 * counted in memory (a map increment: no write on the citizen's request path) and the counts are added to the
 * database once a minute and at shutdown, one UPDATE per item viewed in that minute. Counts of a failed flush are
 * kept for the next one. A crash loses at most a minute of views, which ranking can afford.
 */
export const FLUSH_INTERVAL_MS = 60_000;

interface Counter {
  counts: Map<string, number>;
  timer: NodeJS.Timeout | null;
  flushing: Promise<number> | null;
}

// One counter per database client, like the search index (tests run several servers in one process).
const counters = new WeakMap<Db, Counter>();

function counterOf(db: Db): Counter {
  let c = counters.get(db);
  if (!c) {
    c = { counts: new Map(), timer: null, flushing: null };
    counters.set(db, c);
  }
  return c;
}

/** Count one view of a published guide. */
export function recordGuideView(db: Db, implementationCode: string): void {
  const c = counterOf(db);
  c.counts.set(implementationCode, (c.counts.get(implementationCode) ?? 0) + 1);
  if (!c.timer) {
    c.timer = setInterval(() => void flushGuideViews(db).catch(() => undefined), FLUSH_INTERVAL_MS);
    c.timer.unref(); // never keeps the process alive
  }
}

/** Views counted and not yet written. */
export function pendingGuideViews(db: Db): number {
  let n = 0;
  for (const v of counterOf(db).counts.values()) n += v;
  return n;
}

/**
 * Add the counted views to popularity; resolves to the number of views written. Raw SQL on purpose: popularity is
 * not an edit of the item, so updated_at (the admin list's order) must not move.
 */
export async function flushGuideViews(db: Db): Promise<number> {
  const c = counterOf(db);
  if (c.flushing) await c.flushing;
  if (c.counts.size === 0) return 0;
  const batch = c.counts;
  c.counts = new Map();
  c.flushing = (async () => {
    let written = 0;
    try {
      for (const [code, n] of batch) {
        await db.$executeRaw`UPDATE service_items SET popularity = popularity + ${n} WHERE implementation_code = ${code}`;
        batch.delete(code);
        written += n;
      }
    } finally {
      for (const [code, n] of batch) c.counts.set(code, (c.counts.get(code) ?? 0) + n); // retry next time
      if (written) invalidateSearchIndex();
    }
    return written;
  })();
  try {
    return await c.flushing;
  } finally {
    c.flushing = null;
  }
}

/** At shutdown: stop the timer and write what is left. */
export async function stopGuideViews(db: Db): Promise<void> {
  const c = counterOf(db);
  if (c.timer) clearInterval(c.timer);
  c.timer = null;
  await flushGuideViews(db);
}
