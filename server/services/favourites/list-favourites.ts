import type { TFavourite, TFavouriteList } from '@shared/schemas/favourites';
import type { Db, DbTx } from '../../db/client';

/** API kind ↔ stored enum. */
export const KIND = { item: 'ITEM', bundle: 'BUNDLE' } as const;

/**
 * A citizen's favourites, newest first, each with the current name of what it points at. Favourites of items that
 * are no longer published stay in the list (available=false) so the citizen sees what happened instead of a
 * silent disappearance.
 */
export async function listFavourites(db: Db | DbTx, userId: string): Promise<TFavouriteList> {
  const rows = await db.favourite.findMany({ where: { userId }, orderBy: { createdAt: 'desc' } });
  const itemCodes = rows.filter((r) => r.kind === 'ITEM').map((r) => r.code);
  const bundleCodes = rows.filter((r) => r.kind === 'BUNDLE').map((r) => r.code);
  const [items, bundles] = await Promise.all([
    itemCodes.length
      ? db.serviceItem.findMany({
          where: { implementationCode: { in: itemCodes } },
          select: { implementationCode: true, department: { select: { name: true } }, versions: { orderBy: { versionNo: 'desc' }, select: { name: true, status: true } } },
        })
      : [],
    bundleCodes.length
      ? db.bundle.findMany({ where: { code: { in: bundleCodes } }, select: { code: true, name: true, status: true, leadDepartment: { select: { name: true } } } })
      : [],
  ]);
  const itemByCode = new Map(items.map((i) => [i.implementationCode, i]));
  const bundleByCode = new Map(bundles.map((b) => [b.code, b]));
  const favourites = rows.flatMap((r): TFavourite[] => {
    const savedAt = r.createdAt.toISOString();
    if (r.kind === 'ITEM') {
      const item = itemByCode.get(r.code);
      if (!item) return [];
      const published = item.versions.find((v) => v.status === 'PUBLISHED');
      const shown = published ?? item.versions.find((v) => v.status !== 'DRAFT') ?? item.versions[0];
      return [{ kind: 'item', code: r.code, name: shown?.name ?? r.code, department: item.department.name, savedAt, available: !!published }];
    }
    const bundle = bundleByCode.get(r.code);
    if (!bundle) return [];
    return [{ kind: 'bundle', code: r.code, name: bundle.name, department: bundle.leadDepartment.name, savedAt, available: bundle.status === 'PUBLISHED' }];
  });
  return { favourites };
}
