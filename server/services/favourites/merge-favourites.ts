import type { z } from 'zod';
import type { TFavouriteList, ZFavouriteMergeBody } from '@shared/schemas/favourites';
import type { Db } from '../../db/client';
import { MAX_FAVOURITES } from './add-favourite';
import { KIND, listFavourites } from './list-favourites';

/**
 * Merge the favourites a citizen saved on the device before signing in. Codes that are not (or no longer) a
 * published guide or bundle are skipped, ones already on the account are kept as they are, and the account never
 * grows past the limit (the newest device entries win the remaining places).
 */
export async function mergeFavourites(db: Db, userId: string, body: z.infer<typeof ZFavouriteMergeBody>): Promise<TFavouriteList> {
  const itemCodes = body.favourites.filter((f) => f.kind === 'item').map((f) => f.code);
  const bundleCodes = body.favourites.filter((f) => f.kind === 'bundle').map((f) => f.code);
  const [items, bundles, existing] = await Promise.all([
    db.serviceItem.findMany({ where: { implementationCode: { in: itemCodes }, versions: { some: { status: 'PUBLISHED' } } }, select: { implementationCode: true } }),
    db.bundle.findMany({ where: { code: { in: bundleCodes }, status: 'PUBLISHED' }, select: { code: true } }),
    db.favourite.findMany({ where: { userId }, select: { kind: true, code: true } }),
  ]);
  const known = new Set([...items.map((i) => `item:${i.implementationCode}`), ...bundles.map((b) => `bundle:${b.code}`)]);
  const have = new Set(existing.map((f) => `${f.kind === 'ITEM' ? 'item' : 'bundle'}:${f.code}`));
  const now = Date.now();
  const fresh = body.favourites
    .filter((f) => known.has(`${f.kind}:${f.code}`) && !have.has(`${f.kind}:${f.code}`))
    .map((f) => ({ ...f, at: f.savedAt && Date.parse(f.savedAt) <= now ? new Date(f.savedAt) : new Date(now) }))
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, Math.max(0, MAX_FAVOURITES - existing.length));
  if (fresh.length) {
    await db.favourite.createMany({ data: fresh.map((f) => ({ userId, kind: KIND[f.kind], code: f.code, createdAt: f.at })), skipDuplicates: true });
  }
  return listFavourites(db, userId);
}
