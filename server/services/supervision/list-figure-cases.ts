import { CASE_STATUS_LABELS, type TCaseStatus } from '@shared/domain/case/transitions';
import { chinaDate, dateFromColumn } from '@shared/domain/calendar/working-days';
import { addCounts, emptyCounts, figureCaseCount, FIGURE_LABELS } from '@shared/domain/supervision/figures';
import type { TSupervisionCases, TSupervisionCasesQuery } from '@shared/schemas/supervision';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { Prisma } from '../../generated/prisma/client';
import { readCounts } from './read-counts';
import { resolveSupervisionScope, type SupervisionScope } from './resolve-scope';

type Staff = Extract<Actor, { kind: 'staff' }>;
export const PAGE_SIZE = 50;

const cn = (col: string) => Prisma.raw(`(${col} AT TIME ZONE 'Asia/Shanghai')::date`);

/** Which table a figure's list is driven by: the one whose time column (and index) defines the figure's period. */
type Source = 'cases' | 'ratings' | 'tasks';

interface FigureSql {
  source: Source;
  base: Prisma.Sql;
  met: Prisma.Sql;
  /** The numerator's complement spelled out where NOT (met) would defeat an index. */
  missed?: Prisma.Sql;
  /** Newest first along the figure's time column (openOverdue: most overdue first), so an index serves the page. */
  order: { key: Prisma.Sql; tie: Prisma.Sql; dir: 'ASC' | 'DESC' };
}

/**
 * For each figure: which rows make its denominator (`base`) and which of them its numerator (`met`), with the same
 * definitions as the roll-up (rollup-sql.ts), so a figure's counts and its case list always agree. Rating figures
 * are driven by `ratings`, rectification by `rectification_tasks`, and scoped by their department and region like
 * the roll-up; the rest by `cases`.
 */
function figureSql(figure: TSupervisionCasesQuery['figure'], s: SupervisionScope, today: string): FigureSql {
  const lo = Prisma.sql`(${s.from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const hi = Prisma.sql`((${s.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const completed = Prisma.sql`c.completed_at >= ${lo} AND c.completed_at < ${hi}`;
  const newest = (key: Prisma.Sql, tie: Prisma.Sql = Prisma.sql`c.id`) => ({ key, tie, dir: 'DESC' as const });
  const byCompletion = newest(Prisma.sql`c.completed_at`);
  const bySubmission = newest(Prisma.sql`c.submitted_at`);
  const firstOutcome = Prisma.sql`(SELECT e.action || '|' || ${cn('e.created_at')}::text FROM case_events e WHERE e.case_id = c.id AND e.action IN ('returnForCorrection', 'accept', 'acceptWithPledge', 'notAccept', 'acceptAndComplete', 'deemAccepted') ORDER BY e.created_at LIMIT 1)`;
  const submitted = Prisma.sql`c.submitted_at >= ${lo} AND c.submitted_at < ${hi} AND ${firstOutcome} IS NOT NULL`;
  switch (figure) {
    case 'averageVisits':
      return { source: 'cases', base: completed, met: Prisma.sql`c.visit_count <= 1`, order: byCompletion };
    case 'zeroVisit':
      return { source: 'cases', base: completed, met: Prisma.sql`c.visit_count = 0`, order: byCompletion };
    case 'onTimeCompletion':
      return { source: 'cases', base: Prisma.sql`${completed} AND c.promised_due_date IS NOT NULL`, met: Prisma.sql`${cn('c.completed_at')} <= c.promised_due_date`, order: byCompletion };
    case 'preReviewOnTime':
      return {
        source: 'cases',
        base: submitted,
        met: Prisma.sql`split_part(${firstOutcome}, '|', 1) <> 'deemAccepted' AND (c.pre_review_due_date IS NULL OR split_part(${firstOutcome}, '|', 2)::date <= c.pre_review_due_date)`,
        order: bySubmission,
      };
    case 'firstPass':
      return { source: 'cases', base: submitted, met: Prisma.sql`c.correction_rounds = 0 AND c.accepted_at IS NOT NULL`, order: bySubmission };
    case 'courier':
      return { source: 'cases', base: Prisma.sql`c.delivered_at >= ${lo} AND c.delivered_at < ${hi}`, met: Prisma.sql`c.delivery_method = 'COURIER'`, order: newest(Prisma.sql`c.delivered_at`) };
    case 'satisfaction':
      return {
        source: 'ratings',
        base: Prisma.sql`r.created_at >= ${lo} AND r.created_at < ${hi} AND NOT r.is_default AND r.excluded_at IS NULL`,
        met: Prisma.sql`r.grade IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')`,
        missed: Prisma.sql`r.grade IN ('DISSATISFIED', 'VERY_DISSATISFIED')`,
        order: newest(Prisma.sql`r.created_at`, Prisma.sql`r.id`),
      };
    case 'rectificationOnTime':
      return {
        source: 'tasks',
        base: Prisma.sql`t.due_date >= ${s.from}::date AND t.due_date <= ${s.to}::date AND (t.status = 'RESOLVED' OR t.due_date < ${today}::date)`,
        met: Prisma.sql`t.resolved_at IS NOT NULL AND ${cn('t.resolved_at')} <= t.due_date`,
        order: newest(Prisma.sql`t.due_date`, Prisma.sql`t.id`),
      };
    case 'openOverdue':
      return {
        source: 'cases',
        base: Prisma.sql`c.status IN ('ACCEPTED', 'IN_PROGRESS') AND c.promised_due_date < ${today}::date`,
        met: Prisma.sql`false`,
        order: { key: Prisma.sql`c.promised_due_date`, tie: Prisma.sql`c.id`, dir: 'ASC' },
      };
  }
}

const FROM: Record<Source, Prisma.Sql> = {
  cases: Prisma.sql`cases c`,
  ratings: Prisma.sql`ratings r JOIN cases c ON c.id = r.case_id`,
  tasks: Prisma.sql`rectification_tasks t JOIN ratings r ON r.id = t.rating_id JOIN cases c ON c.id = r.case_id`,
};

/** The department and region a row counts for, as in the roll-up. */
const SCOPE_COLUMNS: Record<Source, { department: string; region: string }> = {
  cases: { department: 'c.department_id', region: 'c.region_code' },
  ratings: { department: 'r.department_id', region: 'r.region_code' },
  tasks: { department: 't.department_id', region: 'r.region_code' },
};

/**
 * GET /staff/supervision/cases: the cases behind a figure (numerator, the rest, or all), desensitised, 50 a page,
 * newest first along the figure's own time column (open overdue cases: most overdue first). The total is the count
 * the dashboard shows for that figure (roll-up plus today live); the rows are read live. Rows carry no personal data
 * beyond the masked name.
 */
export async function listFigureCases(db: Db, actor: Staff, q: TSupervisionCasesQuery, cfg: { maxDays: number }, now = new Date()): Promise<TSupervisionCases> {
  const s = await resolveSupervisionScope(db, actor, q, cfg.maxDays);
  const today = chinaDate(now);
  const f = figureSql(q.figure, s, today);
  const { where, met } = figureWhere(q, s, today);
  const dir = Prisma.raw(f.order.dir);
  const grade = f.source === 'cases' ? Prisma.sql`(SELECT g.grade::text FROM ratings g WHERE g.case_id = c.id)` : Prisma.sql`r.grade::text`;
  const [n, rows] = await Promise.all([
    figureTotal(db, s, q, f, where, now),
    db.$queryRaw<
      { id: string; number: string; item_name: string | null; department_name: string; region_code: string; status: TCaseStatus; applicant_name_masked: string | null; submitted_at: Date | null; completed_at: Date | null; promised_due_date: Date | null; visit_count: number; delivery_method: string | null; grade: string | null; met: boolean }[]
    >`
      SELECT p.id, p.number, v.name AS item_name, d.name AS department_name, p.region_code, p.status::text AS status, p.applicant_name_masked,
        p.submitted_at, p.completed_at, p.promised_due_date, p.visit_count, p.delivery_method::text AS delivery_method, p.grade, p.met
      FROM (
        SELECT c.id, c.number, c.department_id, c.item_version_id, c.region_code, c.status, c.applicant_name_masked, c.submitted_at, c.completed_at,
          c.promised_due_date, c.visit_count, c.delivery_method, ${grade} AS grade, (${met}) AS met,
          ${f.order.key} AS sort_key, ${f.order.tie} AS sort_tie
        FROM ${FROM[f.source]}
        WHERE ${where}
        ORDER BY sort_key ${dir}, sort_tie ${dir}
        LIMIT ${PAGE_SIZE} OFFSET ${(q.page - 1) * PAGE_SIZE}
      ) p
      JOIN departments d ON d.id = p.department_id
      LEFT JOIN service_item_versions v ON v.id = p.item_version_id
      ORDER BY p.sort_key ${dir}, p.sort_tie ${dir}`,
  ]);
  return {
    figure: q.figure,
    figureLabel: q.figure === 'openOverdue' ? '超期未办结' : FIGURE_LABELS[q.figure],
    total: n,
    page: q.page,
    pageSize: PAGE_SIZE,
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      itemName: r.item_name,
      departmentName: r.department_name,
      regionCode: r.region_code,
      status: r.status,
      statusLabel: CASE_STATUS_LABELS[r.status] ?? r.status,
      applicantNameMasked: r.applicant_name_masked,
      submittedAt: r.submitted_at?.toISOString() ?? null,
      completedAt: r.completed_at?.toISOString() ?? null,
      promisedDueDate: r.promised_due_date ? dateFromColumn(r.promised_due_date) : null,
      visitCount: r.visit_count,
      deliveryMethod: r.delivery_method,
      ratingGrade: r.grade,
      met: r.met,
    })),
  };
}

/** The WHERE clause of a figure's case list in a scope, and its numerator test. */
export function figureWhere(q: Pick<TSupervisionCasesQuery, 'figure' | 'outcome'>, s: SupervisionScope, today: string): { where: Prisma.Sql; met: Prisma.Sql } {
  const { source, base, met, missed } = figureSql(q.figure, s, today);
  // Bundle parents count through their parts (as in the roll-up); ratings and tasks count as given.
  const parts = source === 'cases' ? [Prisma.sql`c.item_version_id IS NOT NULL`, base] : [base];
  const scope = SCOPE_COLUMNS[source];
  if (s.regionCode) parts.push(Prisma.sql`${Prisma.raw(scope.region)} LIKE ${s.regionCode + '%'}`);
  if (s.departmentId) parts.push(Prisma.sql`${Prisma.raw(scope.department)} = ${s.departmentId}`);
  if (q.outcome === 'met') parts.push(met);
  if (q.outcome === 'missed') parts.push(missed ?? Prisma.sql`NOT (${met})`);
  return { where: Prisma.join(parts, ' AND '), met };
}

/** The list's total: the figure's own count where the roll-up carries it, else counted live (indexed, cheap). */
async function figureTotal(db: Db, s: SupervisionScope, q: TSupervisionCasesQuery, f: FigureSql, where: Prisma.Sql, now: Date): Promise<number> {
  if (figureCaseCount(q.figure, q.outcome, emptyCounts()) !== null) {
    const counts = (await readCounts(db, s, now)).reduce((sum, cell) => addCounts(sum, cell.counts), emptyCounts());
    return figureCaseCount(q.figure, q.outcome, counts) ?? 0;
  }
  const [counted] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${FROM[f.source]} WHERE ${where}`;
  return counted?.n ?? 0;
}
