import { periodDays } from '@shared/domain/supervision/figures';
import type { TSupervisionQuery } from '@shared/schemas/supervision';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { supervisionScopeOf } from '../../policies';

type Staff = Extract<Actor, { kind: 'staff' }>;

export interface SupervisionScope {
  from: string;
  to: string;
  /** Region prefix the figures are limited to (null: everywhere). */
  regionCode: string | null;
  regionName: string | null;
  departmentId: string | null;
  departmentName: string | null;
}

/**
 * The scope a request may see: supervisors their region (a county or department inside it on request), department
 * admins their own department only. A period longer than the configured maximum is refused with a clear message
 * (export year by year) rather than a query that runs for minutes.
 */
export async function resolveSupervisionScope(db: Db, actor: Staff, q: TSupervisionQuery, maxDays: number): Promise<SupervisionScope> {
  const allowed = supervisionScopeOf(actor);
  if (!allowed) throw errors.forbidden('只有督查人员和部门管理员可以查看督查数据');
  const days = periodDays(q.from, q.to);
  if (days > maxDays) throw errors.validation([{ path: 'to', message: `查询期间为${days}天，最长${maxDays}天；请缩短期间或分年度导出` }], '查询期间过长');

  let departmentId = q.departmentId ?? null;
  if (allowed.departmentIds) {
    departmentId ??= allowed.departmentIds[0]!;
    if (!allowed.departmentIds.includes(departmentId)) throw errors.forbidden('部门管理员只能查看本部门的数据');
  }
  const dept = departmentId ? await db.department.findUnique({ where: { id: departmentId }, select: { id: true, name: true, regionCode: true } }) : null;
  if (departmentId && !dept) throw errors.notFound('部门不存在');

  let regionCode = q.regionCode ?? (allowed.departmentIds ? null : allowed.regionCode);
  if (regionCode === null && !allowed.departmentIds) {
    // Unscoped supervisors: the top of the region tree (the city).
    regionCode = (await db.region.findFirst({ where: { parentCode: null }, orderBy: { sortOrder: 'asc' }, select: { code: true } }))?.code ?? null;
  }
  if (regionCode && allowed.regionCode && !regionCode.startsWith(allowed.regionCode)) throw errors.forbidden('超出您的督查范围');
  const region = regionCode ? await db.region.findUnique({ where: { code: regionCode }, select: { code: true, name: true } }) : null;
  if (regionCode && !region) throw errors.notFound(`行政区划 ${regionCode} 不存在`);
  return { from: q.from, to: q.to, regionCode, regionName: region?.name ?? null, departmentId: dept?.id ?? null, departmentName: dept?.name ?? null };
}
