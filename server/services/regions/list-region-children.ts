import type { TRegionList } from '@shared/schemas/region';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { presentRegion } from '../../presenters/region.presenter';

/** Children of a region in display order; without a parent, the top of the tree. */
export async function listRegionChildren(db: Db, parent: string | undefined): Promise<TRegionList> {
  if (parent) {
    const exists = await db.region.findUnique({ where: { code: parent }, select: { code: true } });
    if (!exists) throw errors.notFound('没有找到该地区');
  }
  const rows = await db.region.findMany({
    where: { parentCode: parent ?? null },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
  });
  return { items: rows.map(presentRegion) };
}
