import type { z } from 'zod';
import type { TCatalogStats, ZCatalogStatsQuery } from '@shared/schemas/catalog-admin';
import type { Actor, StaffRoleName } from '../../domain/actor';
import { computeProgrammeStats, statsBy } from '../../domain/catalog/stats';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { itemScopeWhere } from '../catalog-admin/scope';

/** Who may read the programme figures. */
export const STATS_ROLES: StaffRoleName[] = ['SUPERVISOR', 'SYSTEM_ADMIN', 'DEPARTMENT_ADMIN'];

/**
 * The programme's figures computed from the published catalogue, for a region (and below) and/or a department,
 * with the breakdown per department and per region one level down. Limited to what the caller's grants reach.
 */
export async function getCatalogStats(db: Db, actor: Extract<Actor, { kind: 'staff' }>, q: z.infer<typeof ZCatalogStatsQuery>): Promise<TCatalogStats> {
  const regions = await db.region.findMany({ select: { code: true, name: true, parentCode: true } });
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const region = q.region ? byCode.get(q.region) : undefined;
  if (q.region && !region) throw errors.notFound(`行政区划 ${q.region} 不存在`);
  const department = q.department ? await db.department.findUnique({ where: { id: q.department }, select: { id: true, name: true } }) : null;
  if (q.department && !department) throw errors.notFound('部门不存在');

  // The child of the requested region (or of the top) that contains each region code.
  const top = region?.code ?? null;
  const childUnder = (code: string): string | null => {
    let cur = byCode.get(code);
    while (cur) {
      if (cur.parentCode === top) return cur.code;
      if (cur.code === top) return top;
      cur = cur.parentCode ? byCode.get(cur.parentCode) : undefined;
    }
    return null;
  };

  const scope = await itemScopeWhere(db, actor, STATS_ROLES);
  const itemWhere: Prisma.ServiceItemWhereInput = { AND: [scope, department ? { departmentId: department.id } : {}] };
  const rows = await db.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED', item: itemWhere },
    select: {
      handlingType: true, visitsNeeded: true, channels: true, statutoryLimit: true, statutoryLimitUnit: true, promisedLimit: true,
      promisedLimitUnit: true, inServiceCentre: true, courierDelivery: true,
      item: { select: { departmentId: true, regionCode: true, department: { select: { name: true } } } },
    },
  });
  const items = rows
    .map((r) => ({ ...r, group: childUnder(r.item.regionCode) }))
    .filter((r) => (top === null ? true : r.group !== null));
  const scopeLimited = Object.keys(scope).length > 0;
  const deptNames = new Map(items.map((i) => [i.item.departmentId, i.item.department.name]));
  const byDept = statsBy(items, (i) => i.item.departmentId);
  const byRegion = statsBy(items, (i) => i.group ?? i.item.regionCode);
  return {
    region: region ? { code: region.code, name: region.name } : null,
    department,
    scopeLimited,
    total: computeProgrammeStats(items),
    byDepartment: [...byDept].map(([id, stats]) => ({ departmentId: id, name: deptNames.get(id)!, stats })).sort((a, b) => b.stats.items - a.stats.items),
    byRegion: [...byRegion].map(([code, stats]) => ({ regionCode: code, name: byCode.get(code)?.name ?? code, stats })).sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
  };
}
