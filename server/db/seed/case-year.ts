import type { Logger } from '../../logger';
import type { Db } from '../client';
import { addCalendarDays, chinaDate } from '@shared/domain/calendar/working-days';
import { refreshSupervisionRollup } from '../../services/supervision/refresh-rollup';

/** The marker case: present means the year was generated (the step is idempotent). */
const MARKER = 'DEMO-000001';

/**
 * A realistic year of handled cases for the supervision dashboard, generated in the database with generate_series
 * (a few bulk INSERT … SELECT statements, no row-by-row round trips): cases of the published items spread over the
 * last 365 days and the counties, their events (submit, pre-review outcome, completion, delivery, rating), in-person
 * visits, ratings (mostly satisfied, a few bad ones with their rectification) and the daily roll-up. Applicants are
 * anonymous walk-ins (masked names only, no accounts). Deterministic (setseed) so figures do not jump between runs.
 */
export async function seedCaseYear(db: Db, log?: Logger, opts: { count?: number; now?: Date } = {}): Promise<Record<string, number>> {
  if (await db.case.findUnique({ where: { number: MARKER }, select: { id: true } })) return { demoCases: 0 };
  const count = opts.count ?? 30_000;
  const now = opts.now ?? new Date();
  const started = Date.now();
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT setseed(0.4242)`;
      await tx.$executeRaw`
        INSERT INTO cases (id, number, item_version_id, department_id, region_code, status, channel, applicant_kind, applicant_name_masked,
          submitted_at, pre_review_due_date, correction_rounds, accepted_at, promised_due_date, completed_at, decision, delivered_at,
          delivery_method, visit_count, not_accepted_reason, version, created_at, updated_at)
        WITH items AS (
          SELECT array_agg(v.id ORDER BY v.id) AS ids, array_agg(i.department_id ORDER BY v.id) AS depts,
                 array_agg(i.region_code ORDER BY v.id) AS regions, array_agg(greatest(v.promised_limit, 1) ORDER BY v.id) AS limits
          FROM service_item_versions v JOIN service_items i ON i.id = v.item_id
          WHERE v.status = 'PUBLISHED' AND v.handling_type = 'PROMISED' AND v.promised_limit IS NOT NULL
        ),
        counties AS (SELECT array_agg(code ORDER BY code) AS codes FROM regions WHERE level = 'COUNTY'),
        g AS (
          SELECT n, random() AS r_out, random() AS r_speed, random() AS r_deliv, random() AS r_visit, random() AS r_item, random() AS r_county,
                 random() AS r_hour, floor(random() * 365)::int AS days_ago
          FROM generate_series(1, ${count}::int) n
        ),
        s AS (
          SELECT g.*, 1 + floor(g.r_item * cardinality(items.ids))::int AS k, items.*, counties.codes,
                 date_trunc('day', ${now}::timestamptz - make_interval(days => g.days_ago)) + make_interval(hours => 1 + floor(g.r_hour * 8)::int) AS sub
          FROM g, items, counties
        ),
        t AS (
          SELECT s.*, ids[k] AS version_id, depts[k] AS dept, limits[k] AS lim,
                 CASE WHEN length(regions[k]) >= 6 THEN regions[k] ELSE codes[1 + floor(r_county * cardinality(codes))::int] END AS region,
                 CASE WHEN r_out < 0.02 THEN 'NA' WHEN r_out < 0.15 THEN 'CORR' WHEN r_out < 0.17 THEN 'DEEM' ELSE 'OK' END AS outcome
          FROM s
        ),
        u AS (
          SELECT t.*,
                 CASE outcome WHEN 'CORR' THEN sub + interval '5 days' WHEN 'DEEM' THEN sub + interval '8 days' WHEN 'OK' THEN sub + interval '1 day' * (0.2 + r_speed * 2) END AS acc
          FROM t
        ),
        w AS (
          SELECT u.*, (acc + make_interval(days => ceil(lim * 1.4)::int))::date AS due,
                 acc + interval '1 day' * (lim * 1.4 * (0.25 + r_speed * 0.85)) AS done
          FROM u
        )
        SELECT gen_random_uuid()::text, 'DEMO-' || lpad(n::text, greatest(6, length(n::text)), '0'), version_id, dept, region,
          (CASE WHEN outcome = 'NA' THEN 'NOT_ACCEPTED' WHEN done > ${now}::timestamptz THEN 'IN_PROGRESS'
                WHEN done > ${now}::timestamptz - interval '3 days' THEN 'COMPLETED' WHEN r_visit < 0.7 THEN 'RATED' ELSE 'DELIVERED' END)::"CaseStatus",
          (CASE WHEN r_deliv < 0.75 THEN 'ONLINE' ELSE 'WINDOW' END)::"Channel", 'PERSON'::"ApplicantKind",
          (ARRAY['王*','李*','张*','刘*','陈*','杨*','赵*','黄*','周*','吴*'])[1 + (n % 10)],
          sub, (sub + interval '7 days')::date, (outcome = 'CORR')::int,
          CASE WHEN outcome <> 'NA' THEN acc END,
          CASE WHEN outcome <> 'NA' THEN due END,
          CASE WHEN outcome <> 'NA' AND done <= ${now}::timestamptz THEN done END,
          CASE WHEN outcome <> 'NA' AND done <= ${now}::timestamptz THEN 'APPROVED'::"CaseDecision" END,
          CASE WHEN outcome <> 'NA' AND done <= ${now}::timestamptz - interval '3 days' THEN done + interval '1 day' * (0.1 + r_speed) END,
          CASE WHEN outcome <> 'NA' AND done <= ${now}::timestamptz - interval '3 days' THEN
            (CASE WHEN r_deliv < 0.35 THEN 'COURIER' WHEN r_deliv < 0.5 THEN 'ELECTRONIC' ELSE 'WINDOW_PICKUP' END)::"DeliveryMethod" END,
          CASE WHEN r_deliv < 0.5 THEN (r_visit < 0.08)::int ELSE 1 + (r_visit < 0.06)::int END,
          CASE WHEN outcome = 'NA' THEN '不属于本部门职权范围' END,
          1, sub, ${now}::timestamptz
        FROM w`;
      await tx.$executeRaw`
        INSERT INTO case_events (id, case_id, action, from_status, to_status, actor_kind, created_at)
        SELECT id, case_id, action, from_s::"CaseStatus", to_s::"CaseStatus", actor::"ActorKind", at FROM (
        SELECT gen_random_uuid()::text AS id, id AS case_id, 'submit' AS action, 'DRAFT' AS from_s, 'SUBMITTED' AS to_s, 'USER' AS actor, submitted_at AS at FROM cases WHERE number LIKE 'DEMO-%'
        UNION ALL
        SELECT gen_random_uuid()::text, id, 'returnForCorrection', 'SUBMITTED', 'CORRECTION_REQUIRED', 'STAFF', submitted_at + interval '1 day' FROM cases WHERE number LIKE 'DEMO-%' AND correction_rounds = 1
        UNION ALL
        SELECT gen_random_uuid()::text, id, CASE WHEN accepted_at - submitted_at > interval '7 days' THEN 'deemAccepted' ELSE 'accept' END,
          CASE WHEN correction_rounds = 1 THEN 'RESUBMITTED' ELSE 'SUBMITTED' END, 'ACCEPTED',
          CASE WHEN accepted_at - submitted_at > interval '7 days' THEN 'SYSTEM' ELSE 'STAFF' END, accepted_at
        FROM cases WHERE number LIKE 'DEMO-%' AND accepted_at IS NOT NULL
        UNION ALL
        SELECT gen_random_uuid()::text, id, 'notAccept', 'SUBMITTED', 'NOT_ACCEPTED', 'STAFF', submitted_at + interval '2 days' FROM cases WHERE number LIKE 'DEMO-%' AND status = 'NOT_ACCEPTED'
        UNION ALL
        SELECT gen_random_uuid()::text, id, 'complete', 'IN_PROGRESS', 'COMPLETED', 'STAFF', completed_at FROM cases WHERE number LIKE 'DEMO-%' AND completed_at IS NOT NULL
        UNION ALL
        SELECT gen_random_uuid()::text, id, 'deliver', 'COMPLETED', 'DELIVERED', 'STAFF', delivered_at FROM cases WHERE number LIKE 'DEMO-%' AND delivered_at IS NOT NULL
        ) e`;
      await tx.$executeRaw`
        INSERT INTO case_visits (id, case_id, purpose, department_id, visited_at)
        SELECT gen_random_uuid()::text, c.id, (CASE WHEN k = c.visit_count AND c.delivery_method = 'WINDOW_PICKUP' THEN 'PICK_UP_RESULT' ELSE 'SUBMIT_MATERIALS' END)::"VisitPurpose",
          c.department_id, CASE WHEN k = c.visit_count AND c.delivered_at IS NOT NULL THEN c.delivered_at ELSE c.submitted_at END
        FROM cases c, generate_series(1, c.visit_count) k WHERE c.number LIKE 'DEMO-%' AND c.visit_count > 0`;
      await tx.$executeRaw`
        INSERT INTO ratings (id, case_id, grade, channel, efficiency_score, guide_score, convenience_score, usability_score, is_real_name, department_id, region_code, item_id, created_at)
        SELECT gen_random_uuid()::text, c.id,
          (CASE WHEN x.r < 0.70 THEN 'VERY_SATISFIED' WHEN x.r < 0.88 THEN 'SATISFIED' WHEN x.r < 0.95 THEN 'BASICALLY_SATISFIED' WHEN x.r < 0.99 THEN 'DISSATISFIED' ELSE 'VERY_DISSATISFIED' END)::"RatingGrade",
          'ONLINE'::"RatingChannel", 5 - floor(x.r * 3)::int, 5 - floor(x.r * 2)::int, 5 - floor(x.r * 3)::int, 5 - floor(x.r * 2)::int, false,
          c.department_id, c.region_code, v.item_id, c.delivered_at + interval '20 hours'
        FROM cases c JOIN service_item_versions v ON v.id = c.item_version_id, LATERAL (SELECT random() + 0 * length(c.id) AS r) x
        WHERE c.number LIKE 'DEMO-%' AND c.status = 'RATED'`;
      await tx.$executeRaw`
        INSERT INTO case_events (id, case_id, action, from_status, to_status, actor_kind, created_at)
        SELECT gen_random_uuid()::text, r.case_id, 'rate', 'DELIVERED', 'RATED', 'SYSTEM', r.created_at FROM ratings r JOIN cases c ON c.id = r.case_id WHERE c.number LIKE 'DEMO-%'`;
      await tx.$executeRaw`
        INSERT INTO rectification_tasks (id, rating_id, department_id, status, due_date, called_back_at, callback_reached, callback_note, outcome, outcome_text, resolved_at, created_at, updated_at)
        SELECT gen_random_uuid()::text, r.id, r.department_id,
          (CASE WHEN x.r < 0.9 OR r.created_at < ${now}::timestamptz - interval '30 days' THEN 'RESOLVED' ELSE 'CALLED_BACK' END)::"RectificationStatus",
          (r.created_at + interval '7 days')::date, r.created_at + interval '1 day', true, '已电话回访申请人',
          CASE WHEN x.r < 0.9 OR r.created_at < ${now}::timestamptz - interval '30 days' THEN (CASE WHEN x.r < 0.5 THEN 'EXPLAINED' ELSE 'FIXED' END)::"RectificationOutcome" END,
          CASE WHEN x.r < 0.9 OR r.created_at < ${now}::timestamptz - interval '30 days' THEN '已向申请人说明并改进窗口服务' END,
          CASE WHEN x.r < 0.9 OR r.created_at < ${now}::timestamptz - interval '30 days' THEN r.created_at + interval '1 day' * (2 + x.r * 7) END,
          r.created_at, r.created_at
        FROM ratings r JOIN cases c ON c.id = r.case_id, LATERAL (SELECT random() + 0 * length(r.id) AS r) x
        WHERE c.number LIKE 'DEMO-%' AND r.grade IN ('DISSATISFIED', 'VERY_DISSATISFIED')`;
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  const generated = Date.now() - started;
  const today = chinaDate(now);
  const rows = await refreshSupervisionRollup(db, addCalendarDays(today, -370), addCalendarDays(today, -1), now);
  log?.info({ cases: count, generateMs: generated, rollupRows: rows, rollupMs: Date.now() - started - generated }, 'demo year of cases generated');
  return { demoCases: count };
}
