import { addCalendarDays, chinaDate } from '@shared/domain/calendar/working-days';
import { COUNT_KEYS, type SupervisionCounts } from '@shared/domain/supervision/figures';
import type { Db } from '../../db/client';
import { Prisma } from '../../generated/prisma/client';
import type { SupervisionScope } from './resolve-scope';
import { ROLLUP_COLUMNS, rollupSelect } from './rollup-sql';

/** Counts of one (department, region, month) cell of the scope and period. */
export interface CountsCell {
  departmentId: string;
  regionCode: string;
  month: string;
  counts: SupervisionCounts;
}

/**
 * The scope's counts per department, region and month: days before today from the roll-up table, today (and any
 * later day of the period) live from the same SQL. One query; the roll-up keeps it fast at a million cases.
 */
export async function readCounts(db: Db, s: SupervisionScope, now = new Date()): Promise<CountsCell[]> {
  const today = chinaDate(now);
  const rolledTo = s.to < today ? s.to : addCalendarDays(today, -1);
  const liveFrom = s.from > today ? s.from : today;
  const cols = ROLLUP_COLUMNS.map((c) => Prisma.raw(`sum(${c})::int AS ${c}`));
  const list = Prisma.raw(['day', 'department_id', 'region_code', ...ROLLUP_COLUMNS].join(', '));
  const sources: Prisma.Sql[] = [];
  if (s.from <= rolledTo) sources.push(Prisma.sql`SELECT ${list} FROM supervision_daily WHERE day >= ${s.from}::date AND day <= ${rolledTo}::date`);
  if (liveFrom <= s.to) sources.push(Prisma.sql`SELECT ${list} FROM (${rollupSelect(liveFrom, s.to, today)}) live`);
  if (sources.length === 0) return [];
  const where: Prisma.Sql[] = [Prisma.sql`true`];
  if (s.regionCode) where.push(Prisma.sql`region_code LIKE ${s.regionCode + '%'}`);
  if (s.departmentId) where.push(Prisma.sql`department_id = ${s.departmentId}`);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT department_id, region_code, to_char(day, 'YYYY-MM') AS month, ${Prisma.join(cols)}
    FROM (${Prisma.join(sources, ' UNION ALL ')}) d
    WHERE ${Prisma.join(where, ' AND ')}
    GROUP BY department_id, region_code, month`;
  return rows.map((r) => ({
    departmentId: r.department_id as string,
    regionCode: r.region_code as string,
    month: r.month as string,
    counts: Object.fromEntries(COUNT_KEYS.map((k, i) => [k, Number(r[ROLLUP_COLUMNS[i]!] ?? 0)])) as unknown as SupervisionCounts,
  }));
}
