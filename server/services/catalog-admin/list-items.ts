import type { z } from 'zod';
import type { TAdminItemList, ZAdminItemListQuery } from '@shared/schemas/catalog-admin';
import type { Actor } from '../../domain/actor';
import type { Db } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';
import { itemScopeWhere } from './scope';

/**
 * The items an editor's grants reach, newest change first, each with the status of its latest version and the ids
 * of its published version and open draft. `status` filters on the latest version's status.
 */
export async function listItems(db: Db, actor: Extract<Actor, { kind: 'staff' }>, q: z.infer<typeof ZAdminItemListQuery>): Promise<TAdminItemList> {
  const and: Prisma.ServiceItemWhereInput[] = [await itemScopeWhere(db, actor)];
  if (q.departmentId) and.push({ departmentId: q.departmentId });
  if (q.q) and.push({ OR: [{ implementationCode: { contains: q.q } }, { versions: { some: { name: { contains: q.q } } } }] });
  if (q.status === 'DRAFT') and.push({ versions: { some: { status: 'DRAFT' } } });
  if (q.status === 'PUBLISHED') and.push({ versions: { some: { status: 'PUBLISHED' } }, NOT: { versions: { some: { status: 'DRAFT' } } } });
  if (q.status === 'RETIRED') and.push({ versions: { every: { status: 'RETIRED' } } });
  const where: Prisma.ServiceItemWhereInput = { AND: and };
  const [total, rows] = await Promise.all([
    db.serviceItem.count({ where }),
    db.serviceItem.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { implementationCode: 'asc' }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      include: {
        department: { select: { name: true } },
        versions: { orderBy: { versionNo: 'desc' }, select: { id: true, versionNo: true, status: true, name: true, updatedAt: true, retiredReason: true } },
      },
    }),
  ]);
  const items = rows.flatMap((r) => {
    const latest = r.versions[0];
    if (!latest) return [];
    const published = r.versions.find((v) => v.status === 'PUBLISHED');
    const draft = r.versions.find((v) => v.status === 'DRAFT');
    return [
      {
        itemId: r.id,
        implementationCode: r.implementationCode,
        name: latest.name,
        departmentName: r.department.name,
        regionCode: r.regionCode,
        status: latest.status,
        latestVersionId: latest.id,
        latestVersionNo: latest.versionNo,
        publishedVersionId: published?.id ?? null,
        publishedVersionNo: published?.versionNo ?? null,
        draftVersionId: draft?.id ?? null,
        retiredReason: published ? null : (r.versions.find((v) => v.status === 'RETIRED' && v.retiredReason)?.retiredReason ?? null),
        updatedAt: latest.updatedAt.toISOString(),
      },
    ];
  });
  return { items, total };
}
