import { chinaDate, dateFromColumn } from '@shared/domain/calendar/working-days';
import { CASE_STATUS_LABELS } from '@shared/domain/case/transitions';
import type { TQueue } from '@shared/schemas/review';
import type { Db } from '../../db/client';
import { preReviewStandingOn } from '../../domain/review/pre-review-standing';
import { errors } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import type { StaffActor } from './load-case-for-staff';

const QUEUE_LIMIT = 200;
const HANDLER_ROLES = new Set(['WINDOW_CLERK', 'HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN']);

/**
 * The case filter of the staff member's scope, built from the same grants the policies read: handlers see their
 * department (and region subtree), supervisors their region. No such grant → 403.
 */
function scopeFilter(actor: StaffActor): Prisma.CaseWhereInput[] {
  const filters = actor.grants.flatMap((g): Prisma.CaseWhereInput[] => {
    const region = g.regionCode === null ? {} : { regionCode: { startsWith: g.regionCode } };
    if (HANDLER_ROLES.has(g.role)) return [{ ...region, ...(g.departmentId === null ? {} : { departmentId: g.departmentId }) }];
    if (g.role === 'SUPERVISOR') return [region];
    return [];
  });
  if (filters.length === 0) throw errors.forbidden('您没有办件预审权限');
  return filters;
}

/** The pre-review queue: received cases in scope, oldest first, each with its legal deadline and what overdue means. */
export async function listQueue(db: Db, actor: StaffActor, status: 'SUBMITTED' | 'RESUBMITTED' | undefined, now = new Date()): Promise<TQueue> {
  const rows = await db.case.findMany({
    where: { status: status ? status : { in: ['SUBMITTED', 'RESUBMITTED'] }, OR: scopeFilter(actor) },
    orderBy: [{ preReviewDueDate: { sort: 'asc', nulls: 'last' } }, { submittedAt: 'asc' }, { id: 'asc' }],
    take: QUEUE_LIMIT,
    include: { itemVersion: { select: { name: true } }, bundle: { select: { name: true } } },
  });
  const cal = await loadWorkingCalendar(db);
  const today = chinaDate(now);
  return {
    items: rows.map((c) => ({
      id: c.id,
      number: c.number,
      itemName: c.itemVersion?.name ?? null,
      bundleName: c.parentId ? (c.bundle?.name ?? null) : null,
      status: c.status as 'SUBMITTED' | 'RESUBMITTED',
      statusLabel: CASE_STATUS_LABELS[c.status],
      submittedAt: c.submittedAt?.toISOString() ?? null,
      correctionRounds: c.correctionRounds,
      version: c.version,
      preReview: preReviewStandingOn(cal, c.preReviewDueDate ? dateFromColumn(c.preReviewDueDate) : null, today),
    })),
  };
}
