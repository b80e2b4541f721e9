import type { TGuidesHome } from '@shared/schemas/catalog';
import type { Db } from '../../db/client';
import { getCatalogSnapshot } from './search-index';

const POPULAR = 8;

/** GET /guides/home: popular items (one per name), departments and themes with item counts, bundles. */
export async function getGuidesHome(db: Db): Promise<TGuidesHome> {
  const snap = await getCatalogSnapshot(db);
  const themes = await db.lifeTheme.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });

  const popular: TGuidesHome['popular'] = [];
  const names = new Set<string>();
  for (const d of snap.byPopularity) {
    if (names.has(d.name)) continue; // the city's and each county's 食品经营许可 are one entry here
    names.add(d.name);
    popular.push(d.summary);
    if (popular.length === POPULAR) break;
  }

  const departments = new Map<string, TGuidesHome['departments'][number]>();
  const themeCounts = new Map<string, number>();
  for (const d of snap.byPopularity) {
    const s = d.summary;
    const dep = departments.get(s.departmentCode) ?? { code: s.departmentCode, name: s.departmentName, regionCode: s.regionCode, itemCount: 0 };
    dep.itemCount += 1;
    departments.set(s.departmentCode, dep);
    for (const t of d.themeCodes) themeCounts.set(t, (themeCounts.get(t) ?? 0) + 1);
  }

  return {
    popular,
    // Higher levels first (shorter region codes), then by code.
    departments: [...departments.values()].sort((a, b) => a.regionCode.length - b.regionCode.length || a.regionCode.localeCompare(b.regionCode) || a.code.localeCompare(b.code)),
    themes: themes.map((t) => ({ code: t.code, name: t.name, description: t.description, itemCount: themeCounts.get(t.code) ?? 0 })),
    bundles: snap.bundles.docs.map(({ doc }) => ({ code: doc.code, name: doc.name, description: doc.description, itemCount: doc.itemCount })),
  };
}
