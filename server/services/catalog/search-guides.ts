import type { TBundleSearchHit, TGuideSearchHit, TGuideSearchQuery, TGuideSearchResponse } from '@shared/schemas/catalog';
import type { Db } from '../../db/client';
import { searchIndex } from '../../domain/search/search';
import { getCatalogSnapshot, regionAndAncestors, type BundleDoc, type ItemDoc } from './search-index';

/**
 * Search published guides: Chinese words and fragments, full pinyin, initials, everyday words, typos; filtered by
 * theme, department, the citizen's place, flags and level; best first. Without a usable query (none, or only
 * emoji/punctuation) the filtered items are listed by popularity. Bundles that match come with page 1.
 */
export async function searchGuides(db: Db, query: TGuideSearchQuery): Promise<TGuideSearchResponse> {
  const snap = await getCatalogSnapshot(db);
  const regions = query.region ? regionAndAncestors(snap, query.region) : null;
  const flags = query.flags ?? [];
  const itemFilter = (d: ItemDoc) =>
    (!query.theme || d.themeCodes.includes(query.theme)) &&
    (!query.department || d.summary.departmentCode === query.department) &&
    (!regions || regions.has(d.summary.regionCode)) &&
    (!query.level || d.summary.level === query.level) &&
    flags.every((f) => d.summary.flags.includes(f));

  const q = query.q?.trim() ?? '';
  const hits = q ? searchIndex(snap.items, q, itemFilter) : null;
  const all: TGuideSearchHit[] = hits
    ? hits.map((h) => ({ ...h.doc.summary, highlights: h.highlights, matchedBy: h.matchedBy, matchedTerm: h.matchedTerm }))
    : snap.byPopularity.filter(itemFilter).map((d) => ({ ...d.summary, highlights: [], matchedBy: null, matchedTerm: null }));

  let bundles: TBundleSearchHit[] = [];
  if (query.page === 1 && !query.department && (hits || query.theme)) {
    const bundleFilter = (b: BundleDoc) => (!regions || regions.has(b.regionCode)) && (!query.theme || b.themeCodes.includes(query.theme));
    const found = hits ? (searchIndex(snap.bundles, q, bundleFilter) ?? []) : null;
    bundles = found
      ? found.map((h) => ({ code: h.doc.code, name: h.doc.name, itemCount: h.doc.itemCount, highlights: h.highlights, matchedBy: h.matchedBy, matchedTerm: h.matchedTerm }))
      : snap.bundles.docs
          .map((p) => p.doc)
          .filter(bundleFilter)
          .map((b) => ({ code: b.code, name: b.name, itemCount: b.itemCount, highlights: [], matchedBy: null, matchedTerm: null }));
  }
  const start = (query.page - 1) * query.pageSize;
  return { total: all.length, page: query.page, pageSize: query.pageSize, items: all.slice(start, start + query.pageSize), bundles };
}
