import { CASE_STATUS_LABELS, type TCaseStatus } from '@shared/domain/case/transitions';
import { chinaDate, dateFromColumn } from '@shared/domain/calendar/working-days';
import { FIGURE_LABELS } from '@shared/domain/supervision/figures';
import type { TSupervisionCases, TSupervisionCasesQuery } from '@shared/schemas/supervision';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { Prisma } from '../../generated/prisma/client';
import { resolveSupervisionScope, type SupervisionScope } from './resolve-scope';

type Staff = Extract<Actor, { kind: 'staff' }>;
export const PAGE_SIZE = 50;

const cn = (col: string) => Prisma.raw(`(${col} AT TIME ZONE 'Asia/Shanghai')::date`);

/**
 * For each figure: which cases make its denominator (`base`) and which of them its numerator (`met`), with the same
 * definitions as the roll-up (rollup-sql.ts), so a figure's counts and its case list always agree.
 */
function figureSql(figure: TSupervisionCasesQuery['figure'], s: SupervisionScope, today: string): { base: Prisma.Sql; met: Prisma.Sql; missed?: Prisma.Sql } {
  const lo = Prisma.sql`(${s.from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const hi = Prisma.sql`((${s.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const completed = Prisma.sql`c.completed_at >= ${lo} AND c.completed_at < ${hi}`;
  const firstOutcome = Prisma.sql`(SELECT e.action || '|' || ${cn('e.created_at')}::text FROM case_events e WHERE e.case_id = c.id AND e.action IN ('returnForCorrection', 'accept', 'acceptWithPledge', 'notAccept', 'acceptAndComplete', 'deemAccepted') ORDER BY e.created_at LIMIT 1)`;
  switch (figure) {
    case 'averageVisits':
      return { base: completed, met: Prisma.sql`c.visit_count <= 1` };
    case 'zeroVisit':
      return { base: completed, met: Prisma.sql`c.visit_count = 0` };
    case 'onTimeCompletion':
      return { base: Prisma.sql`${completed} AND c.promised_due_date IS NOT NULL`, met: Prisma.sql`${cn('c.completed_at')} <= c.promised_due_date` };
    case 'preReviewOnTime':
      return {
        base: Prisma.sql`c.submitted_at >= ${lo} AND c.submitted_at < ${hi} AND ${firstOutcome} IS NOT NULL`,
        met: Prisma.sql`split_part(${firstOutcome}, '|', 1) <> 'deemAccepted' AND (c.pre_review_due_date IS NULL OR split_part(${firstOutcome}, '|', 2)::date <= c.pre_review_due_date)`,
      };
    case 'firstPass':
      return { base: Prisma.sql`c.submitted_at >= ${lo} AND c.submitted_at < ${hi} AND ${firstOutcome} IS NOT NULL`, met: Prisma.sql`c.correction_rounds = 0 AND c.accepted_at IS NOT NULL` };
    case 'courier':
      return { base: Prisma.sql`c.delivered_at >= ${lo} AND c.delivered_at < ${hi}`, met: Prisma.sql`c.delivery_method = 'COURIER'` };
    case 'satisfaction':
      return {
        base: Prisma.sql`r.created_at >= ${lo} AND r.created_at < ${hi} AND NOT r.is_default AND r.excluded_at IS NULL`,
        met: Prisma.sql`r.grade IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')`,
        // Spelled out (not NOT met) so the (grade, created_at) index finds the few bad ratings among a year's.
        missed: Prisma.sql`r.grade IN ('DISSATISFIED', 'VERY_DISSATISFIED')`,
      };
    case 'rectificationOnTime':
      return {
        base: Prisma.sql`t.due_date >= ${s.from}::date AND t.due_date <= ${s.to}::date AND (t.status = 'RESOLVED' OR t.due_date < ${today}::date)`,
        met: Prisma.sql`t.resolved_at IS NOT NULL AND ${cn('t.resolved_at')} <= t.due_date`,
      };
    case 'openOverdue':
      return { base: Prisma.sql`c.status IN ('ACCEPTED', 'IN_PROGRESS') AND c.promised_due_date < ${today}::date`, met: Prisma.sql`false` };
  }
}

/**
 * GET /staff/supervision/cases: the cases behind a figure (numerator, the rest, or all), desensitised, 50 a page,
 * oldest due first. Rows carry no personal data beyond the masked name.
 */
export async function listFigureCases(db: Db, actor: Staff, q: TSupervisionCasesQuery, cfg: { maxDays: number }, now = new Date()): Promise<TSupervisionCases> {
  const s = await resolveSupervisionScope(db, actor, q, cfg.maxDays);
  const { where, met } = figureWhere(q, s, chinaDate(now));
  const from = Prisma.sql`cases c LEFT JOIN ratings r ON r.case_id = c.id LEFT JOIN rectification_tasks t ON t.rating_id = r.id`;
  const [counted] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`;
  const n = counted?.n ?? 0;
  const rows = await db.$queryRaw<
    { id: string; number: string; item_name: string | null; department_name: string; region_code: string; status: TCaseStatus; applicant_name_masked: string | null; submitted_at: Date | null; completed_at: Date | null; promised_due_date: Date | null; visit_count: number; delivery_method: string | null; grade: string | null; met: boolean }[]
  >`
    SELECT c.id, c.number, v.name AS item_name, d.name AS department_name, c.region_code, c.status::text AS status, c.applicant_name_masked,
      c.submitted_at, c.completed_at, c.promised_due_date, c.visit_count, c.delivery_method::text AS delivery_method, r.grade::text AS grade, (${met}) AS met
    FROM ${from}
    JOIN departments d ON d.id = c.department_id
    LEFT JOIN service_item_versions v ON v.id = c.item_version_id
    WHERE ${where}
    ORDER BY c.promised_due_date ASC NULLS LAST, c.number
    LIMIT ${PAGE_SIZE} OFFSET ${(q.page - 1) * PAGE_SIZE}`;
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
  const { base, met, missed } = figureSql(q.figure, s, today);
  const parts = [Prisma.sql`c.item_version_id IS NOT NULL`, base];
  if (s.regionCode) parts.push(Prisma.sql`c.region_code LIKE ${s.regionCode + '%'}`);
  if (s.departmentId) parts.push(Prisma.sql`c.department_id = ${s.departmentId}`);
  if (q.outcome === 'met') parts.push(met);
  if (q.outcome === 'missed') parts.push(missed ?? Prisma.sql`NOT (${met})`);
  return { where: Prisma.join(parts, ' AND '), met };
}
