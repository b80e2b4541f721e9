import type { z } from 'zod';
import type { TFavouriteList, ZFavouriteBody } from '@shared/schemas/favourites';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { KIND, listFavourites } from './list-favourites';

/** The most a citizen keeps; the same limit as on the device. */
export const MAX_FAVOURITES = 100;

/** Star a published guide or bundle. Starring it again is a no-op (idempotent, so a double tap does no harm). */
export async function addFavourite(db: Db, userId: string, body: z.infer<typeof ZFavouriteBody>): Promise<TFavouriteList> {
  const exists =
    body.kind === 'item'
      ? await db.serviceItemVersion.count({ where: { status: 'PUBLISHED', item: { implementationCode: body.code } } })
      : await db.bundle.count({ where: { code: body.code, status: 'PUBLISHED' } });
  if (!exists) throw errors.notFound(body.kind === 'item' ? '没有找到该办事指南，无法收藏' : '没有找到该一件事，无法收藏');
  if ((await db.favourite.count({ where: { userId } })) >= MAX_FAVOURITES) {
    const already = await db.favourite.count({ where: { userId, kind: KIND[body.kind], code: body.code } });
    if (!already) throw errors.conflict(`最多收藏${MAX_FAVOURITES}项，请先取消一些收藏`);
  }
  await db.favourite.upsert({
    where: { userId_kind_code: { userId, kind: KIND[body.kind], code: body.code } },
    create: { userId, kind: KIND[body.kind], code: body.code },
    update: {},
  });
  return listFavourites(db, userId);
}
