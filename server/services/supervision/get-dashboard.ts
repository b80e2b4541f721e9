import { chinaDate, dateToColumn } from '@shared/domain/calendar/working-days';
import { addCounts, computeFigures, emptyCounts, monthsBetween, type SupervisionCounts } from '@shared/domain/supervision/figures';
import type { TSupervisionDashboard, TSupervisionQuery } from '@shared/schemas/supervision';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { AppError } from '../../errors';
import { getCatalogStats } from '../catalog-stats/get-catalog-stats';
import { readCounts } from './read-counts';
import { resolveSupervisionScope, type SupervisionScope } from './resolve-scope';

type Staff = Extract<Actor, { kind: 'staff' }>;

function sumBy<T>(cells: T[], key: (c: T) => string | null, counts: (c: T) => SupervisionCounts): Map<string, SupervisionCounts> {
  const out = new Map<string, SupervisionCounts>();
  for (const c of cells) {
    const k = key(c);
    if (k === null) continue;
    out.set(k, addCounts(out.get(k) ?? emptyCounts(), counts(c)));
  }
  return out;
}

/**
 * GET /staff/supervision/dashboard: the programme figures for a period and scope (catalogue figures of the published
 * items, case figures from the roll-up), one level of regions and the departments below, and the monthly trend.
 */
export async function getSupervisionDashboard(db: Db, actor: Staff, q: TSupervisionQuery, cfg: { maxDays: number }, now = new Date()): Promise<TSupervisionDashboard> {
  const s = await resolveSupervisionScope(db, actor, q, cfg.maxDays);
  return buildDashboard(db, actor, s, now);
}

export async function buildDashboard(db: Db, actor: Staff, s: SupervisionScope, now = new Date()): Promise<TSupervisionDashboard> {
  const [cells, childRegions, catalogue, openOverdue] = await Promise.all([
    readCounts(db, s, now),
    s.regionCode ? db.region.findMany({ where: { parentCode: s.regionCode }, select: { code: true, name: true }, orderBy: { sortOrder: 'asc' } }) : Promise.resolve([]),
    // Catalogue figures are not period-bound; a scope the catalogue statistics refuse shows none rather than failing the board.
    getCatalogStats(db, actor, { region: s.regionCode ?? undefined, department: s.departmentId ?? undefined }).then(
      (c) => c.total,
      (e: unknown) => {
        if (e instanceof AppError && (e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND')) return null;
        throw e;
      },
    ),
    db.case.count({
      where: {
        status: { in: ['ACCEPTED', 'IN_PROGRESS'] },
        promisedDueDate: { lt: dateToColumn(chinaDate(now)) },
        ...(s.regionCode ? { regionCode: { startsWith: s.regionCode } } : {}),
        ...(s.departmentId ? { departmentId: s.departmentId } : {}),
      },
    }),
  ]);
  const total = cells.reduce((acc, c) => addCounts(acc, c.counts), emptyCounts());
  const childOf = (code: string) => childRegions.find((r) => code.startsWith(r.code))?.code ?? null;
  const byRegion = sumBy(cells, (c) => childOf(c.regionCode), (c) => c.counts);
  const byDept = sumBy(cells, (c) => c.departmentId, (c) => c.counts);
  const byMonth = sumBy(cells, (c) => c.month, (c) => c.counts);
  const deptNames = new Map((await db.department.findMany({ where: { id: { in: [...byDept.keys()] } }, select: { id: true, name: true } })).map((d) => [d.id, d.name]));
  return {
    period: { from: s.from, to: s.to },
    scope: { regionCode: s.regionCode, regionName: s.regionName, departmentId: s.departmentId, departmentName: s.departmentName },
    catalogue,
    figures: computeFigures(total),
    byRegion: childRegions.filter((r) => byRegion.has(r.code)).map((r) => ({ key: r.code, name: r.name, figures: computeFigures(byRegion.get(r.code)!) })),
    byDepartment: [...byDept]
      .map(([id, counts]) => ({ key: id, name: deptNames.get(id) ?? id, figures: computeFigures(counts) }))
      .sort((a, b) => b.figures.completed - a.figures.completed || a.name.localeCompare(b.name)),
    trend: monthsBetween(s.from, s.to).map((month) => ({ month, figures: computeFigures(byMonth.get(month) ?? emptyCounts()) })),
    openOverdue,
    generatedAt: now.toISOString(),
  };
}
