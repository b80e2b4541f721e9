import type { TGuideSummary } from '@shared/schemas/catalog';
import type { Db } from '../../db/client';
import { buildSearchIndex, type SearchIndex } from '../../domain/search/search';
import { presentSummary, summarySelect } from '../../presenters/guide.presenter';

/** A published item as search and lists see it. */
export interface ItemDoc {
  code: string;
  name: string;
  keywords: string[];
  popularity: number;
  themeCodes: string[];
  summary: TGuideSummary;
  /** Department name as search matches it (see departmentSearchName). */
  department: string;
}

/** A published bundle as search sees it. */
export interface BundleDoc {
  code: string;
  name: string;
  description: string | null;
  keywords: string[];
  popularity: number;
  regionCode: string;
  itemCount: number;
  /** Union of its items' themes. */
  themeCodes: string[];
}

/** Everything the read side needs in memory, built from one catalogue state. */
export interface CatalogSnapshot {
  items: SearchIndex<ItemDoc>;
  bundles: SearchIndex<BundleDoc>;
  /** Items, most popular first (lists without a query). */
  byPopularity: ItemDoc[];
  /** Region tree: code → parent code. */
  regionParent: Map<string, string | null>;
  builtAt: number;
}

interface State {
  snapshot: CatalogSnapshot | null;
  fingerprint: string;
  generation: number;
  checkedAt: number;
  building: Promise<CatalogSnapshot> | null;
  /** Generation the running build started at: one started before an invalidation cannot serve after it. */
  buildingGeneration: number;
}

// One state per database client (tests run several servers in one process); invalidation bumps the generation.
const states = new WeakMap<Db, State>();
let generation = 0;

/** How often a request checks whether the catalogue changed in the database (another instance may have published). */
export const FRESHNESS_CHECK_MS = 1_000;

/**
 * Drop the in-memory index: the next search rebuilds it from the database. Call after publishing, retiring or
 * importing (this instance); other instances notice the change through the fingerprint within a second.
 */
export function invalidateSearchIndex(): void {
  generation += 1;
}

async function fingerprint(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ f: string }[]>`
    SELECT concat_ws('|',
      (SELECT count(*) FROM service_item_versions WHERE status = 'PUBLISHED'),
      (SELECT max(updated_at) FROM service_item_versions),
      (SELECT max(updated_at) FROM service_items),
      (SELECT count(*) FROM bundles WHERE status = 'PUBLISHED'),
      (SELECT max(updated_at) FROM bundles),
      (SELECT max(updated_at) FROM departments),
      (SELECT count(*) FROM regions)) AS f`;
  return rows[0]?.f ?? '';
}

async function build(db: Db): Promise<CatalogSnapshot> {
  const [versions, bundles, regions] = await Promise.all([
    db.serviceItemVersion.findMany({ where: { status: 'PUBLISHED' }, select: { ...summarySelect, keywords: true, themeCodes: true } }),
    db.bundle.findMany({ where: { status: 'PUBLISHED' }, include: { items: { select: { itemId: true } } } }),
    db.region.findMany({ select: { code: true, parentCode: true, name: true } }),
  ]);
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const placeNames = (code: string) => {
    const names: string[] = [];
    for (let r = regionByCode.get(code); r && names.length < 8; r = r.parentCode ? regionByCode.get(r.parentCode) : undefined) names.push(r.name);
    return names;
  };
  const items: ItemDoc[] = versions.map((v) => {
    const summary = presentSummary(v);
    return {
      code: v.item.implementationCode,
      name: v.name,
      keywords: v.keywords,
      popularity: v.item.popularity,
      themeCodes: v.themeCodes,
      summary,
      department: departmentSearchName(summary.departmentName, placeNames(summary.regionCode)),
    };
  });
  const themesByItemId = new Map(versions.map((v) => [v.itemId, v.themeCodes]));
  const bundleDocs: BundleDoc[] = bundles.map((b) => ({
    code: b.code,
    name: b.name,
    description: b.description,
    keywords: b.keywords,
    popularity: 1000,
    regionCode: b.regionCode,
    itemCount: b.items.length,
    themeCodes: [...new Set(b.items.flatMap((i) => themesByItemId.get(i.itemId) ?? []))],
  }));
  return {
    items: buildSearchIndex(items),
    bundles: buildSearchIndex(bundleDocs),
    byPopularity: [...items].sort((a, b) => b.popularity - a.popularity || a.code.localeCompare(b.code)),
    regionParent: new Map(regions.map((r) => [r.code, r.parentCode])),
    builtAt: Date.now(),
  };
}

/**
 * The department name a search matches, without the names of its place and the places above it (隆阳区兰城街道便民服务中心
 * → 便民服务中心): 保山 or 隆阳区 must not list every item of every department there, while 公安局 and 市场监管 still
 * find that department's items.
 */
export function departmentSearchName(name: string, places: readonly string[]): string {
  let rest = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const place of places) {
      if (place && rest.startsWith(place) && rest.length > place.length + 1) {
        rest = rest.slice(place.length);
        changed = true;
      }
    }
  }
  return rest;
}

/**
 * The current snapshot, rebuilt when invalidated or when the database fingerprint changed (checked at most once
 * per FRESHNESS_CHECK_MS). Concurrent callers share one rebuild.
 */
export async function getCatalogSnapshot(db: Db, now = Date.now()): Promise<CatalogSnapshot> {
  let s = states.get(db);
  if (!s) {
    s = { snapshot: null, fingerprint: '', generation, checkedAt: 0, building: null, buildingGeneration: -1 };
    states.set(db, s);
  }
  const state = s;
  const current = state.snapshot && state.generation === generation;
  if (current && now - state.checkedAt < FRESHNESS_CHECK_MS) return state.snapshot!;
  state.checkedAt = now;
  const fp = await fingerprint(db);
  if (current && fp === state.fingerprint) return state.snapshot!;
  if (!state.building || state.buildingGeneration !== generation) {
    const gen = generation;
    const building: Promise<CatalogSnapshot> = build(db)
      .then((snap) => {
        if (gen >= state.generation) {
          state.snapshot = snap;
          state.fingerprint = fp;
          state.generation = gen;
        }
        return snap;
      })
      .finally(() => {
        if (state.building === building) state.building = null;
      });
    state.building = building;
    state.buildingGeneration = gen;
  }
  return state.building;
}

/** The region and all its ancestors: items implemented there or above can serve a citizen living in it. */
export function regionAndAncestors(snapshot: CatalogSnapshot, code: string): Set<string> {
  const out = new Set<string>();
  let cur: string | null | undefined = code;
  while (cur && !out.has(cur) && snapshot.regionParent.has(cur)) {
    out.add(cur);
    cur = snapshot.regionParent.get(cur);
  }
  return out;
}
