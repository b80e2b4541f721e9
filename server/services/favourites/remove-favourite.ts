import type { TFavouriteList } from '@shared/schemas/favourites';
import { ZFavouriteKind } from '@shared/schemas/favourites';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { KIND, listFavourites } from './list-favourites';

/** Remove a star (unknown ones are ignored, so removing twice is harmless). */
export async function removeFavourite(db: Db, userId: string, kind: string, code: string): Promise<TFavouriteList> {
  const k = ZFavouriteKind.safeParse(kind);
  if (!k.success) throw errors.validation([{ path: 'params.kind', message: '收藏类型应为 item 或 bundle' }]);
  await db.favourite.deleteMany({ where: { userId, kind: KIND[k.data], code } });
  return listFavourites(db, userId);
}
