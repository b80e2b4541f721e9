import { Prisma } from '../../generated/prisma/client';

/**
 * The one definition of what each supervision count means, as SQL over the source tables for the China-time days
 * [from, to] (YYYY-MM-DD, inclusive). Grouped by (day, department, region); the roll-up table stores exactly this,
 * and today's not-yet-rolled-up figures are read live from the same query, so the two never disagree.
 *
 * - completed…: cases completed that day (bundle parents excluded: their child cases count). On time = completed on
 *   or before the promised date (which already includes the days of special procedures).
 * - preReviewed…: cases submitted that day whose pre-review has an outcome (correction notice, acceptance, refusal,
 *   or deemed accepted). On time = the first outcome was told by a person on or before the pre-review due date
 *   (行政许可法 Art. 32); deemed acceptance means the limit was missed. First pass = accepted without any correction.
 * - delivered…: results delivered that day; courier = delivery method COURIER.
 * - rating…: ratings given that day, by grade; default (system-given) and appeal-excluded ones apart.
 * - rectification…: tasks due that day that are resolved or already past due; on time = resolved by the due date.
 */
export function rollupSelect(from: string, to: string, today: string): Prisma.Sql {
  const lo = Prisma.sql`(${from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const hi = Prisma.sql`((${to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const cn = (col: Prisma.Sql) => Prisma.sql`(${col} AT TIME ZONE 'Asia/Shanghai')::date`;
  return Prisma.sql`
    SELECT day, department_id, region_code,
      sum(completed)::int AS completed, sum(completed_with_due)::int AS completed_with_due, sum(completed_on_time)::int AS completed_on_time,
      sum(visits_sum)::int AS visits_sum, sum(zero_visit)::int AS zero_visit,
      sum(pre_reviewed)::int AS pre_reviewed, sum(pre_review_on_time)::int AS pre_review_on_time, sum(first_pass)::int AS first_pass,
      sum(delivered)::int AS delivered, sum(delivered_courier)::int AS delivered_courier,
      sum(r_vs)::int AS rating_very_satisfied, sum(r_s)::int AS rating_satisfied, sum(r_bs)::int AS rating_basically_satisfied,
      sum(r_d)::int AS rating_dissatisfied, sum(r_vd)::int AS rating_very_dissatisfied, sum(r_default)::int AS rating_default, sum(r_excluded)::int AS rating_excluded,
      sum(rect_due)::int AS rectification_due, sum(rect_on_time)::int AS rectification_on_time
    FROM (
      SELECT ${cn(Prisma.sql`c.completed_at`)} AS day, c.department_id, c.region_code,
        1 AS completed, (c.promised_due_date IS NOT NULL)::int AS completed_with_due,
        (c.promised_due_date IS NOT NULL AND ${cn(Prisma.sql`c.completed_at`)} <= c.promised_due_date)::int AS completed_on_time,
        c.visit_count AS visits_sum, (c.visit_count = 0)::int AS zero_visit,
        0 AS pre_reviewed, 0 AS pre_review_on_time, 0 AS first_pass, 0 AS delivered, 0 AS delivered_courier,
        0 AS r_vs, 0 AS r_s, 0 AS r_bs, 0 AS r_d, 0 AS r_vd, 0 AS r_default, 0 AS r_excluded, 0 AS rect_due, 0 AS rect_on_time
      FROM cases c
      WHERE c.completed_at >= ${lo} AND c.completed_at < ${hi} AND c.item_version_id IS NOT NULL
      UNION ALL
      SELECT ${cn(Prisma.sql`c.submitted_at`)}, c.department_id, c.region_code,
        0, 0, 0, 0, 0,
        1, (f.action <> 'deemAccepted' AND (c.pre_review_due_date IS NULL OR ${cn(Prisma.sql`f.created_at`)} <= c.pre_review_due_date))::int,
        (c.correction_rounds = 0 AND c.accepted_at IS NOT NULL)::int,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      FROM cases c
      JOIN LATERAL (
        SELECT e.action, e.created_at FROM case_events e
        WHERE e.case_id = c.id AND e.action IN ('returnForCorrection', 'accept', 'acceptWithPledge', 'notAccept', 'acceptAndComplete', 'deemAccepted')
        ORDER BY e.created_at LIMIT 1
      ) f ON true
      WHERE c.submitted_at >= ${lo} AND c.submitted_at < ${hi} AND c.item_version_id IS NOT NULL
      UNION ALL
      SELECT ${cn(Prisma.sql`c.delivered_at`)}, c.department_id, c.region_code,
        0, 0, 0, 0, 0, 0, 0, 0,
        1, (c.delivery_method = 'COURIER')::int,
        0, 0, 0, 0, 0, 0, 0, 0, 0
      FROM cases c
      WHERE c.delivered_at >= ${lo} AND c.delivered_at < ${hi} AND c.item_version_id IS NOT NULL
      UNION ALL
      SELECT ${cn(Prisma.sql`r.created_at`)}, r.department_id, r.region_code,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        (NOT r.is_default AND r.excluded_at IS NULL AND r.grade = 'VERY_SATISFIED')::int,
        (NOT r.is_default AND r.excluded_at IS NULL AND r.grade = 'SATISFIED')::int,
        (NOT r.is_default AND r.excluded_at IS NULL AND r.grade = 'BASICALLY_SATISFIED')::int,
        (NOT r.is_default AND r.excluded_at IS NULL AND r.grade = 'DISSATISFIED')::int,
        (NOT r.is_default AND r.excluded_at IS NULL AND r.grade = 'VERY_DISSATISFIED')::int,
        r.is_default::int, (NOT r.is_default AND r.excluded_at IS NOT NULL)::int,
        0, 0
      FROM ratings r
      WHERE r.created_at >= ${lo} AND r.created_at < ${hi}
      UNION ALL
      SELECT t.due_date, t.department_id, r.region_code,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, (t.resolved_at IS NOT NULL AND ${cn(Prisma.sql`t.resolved_at`)} <= t.due_date)::int
      FROM rectification_tasks t JOIN ratings r ON r.id = t.rating_id
      WHERE t.due_date >= ${from}::date AND t.due_date <= ${to}::date AND (t.status = 'RESOLVED' OR t.due_date < ${today}::date)
    ) facts
    GROUP BY day, department_id, region_code`;
}

export const ROLLUP_COLUMNS = [
  'completed', 'completed_with_due', 'completed_on_time', 'visits_sum', 'zero_visit', 'pre_reviewed', 'pre_review_on_time', 'first_pass',
  'delivered', 'delivered_courier', 'rating_very_satisfied', 'rating_satisfied', 'rating_basically_satisfied', 'rating_dissatisfied',
  'rating_very_dissatisfied', 'rating_default', 'rating_excluded', 'rectification_due', 'rectification_on_time',
] as const;
