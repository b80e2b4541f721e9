import { addCalendarDays, chinaDate, dateFromColumn, dateToColumn } from '@shared/domain/calendar/working-days';
import type { Db } from '../../db/client';
import { preReviewStandingOn } from '../../domain/review/pre-review-standing';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { enqueueNotifications } from './enqueue';

/** Warn when this many working days (or fewer) are left before the pre-review deadline. */
export const PRE_REVIEW_WARN_DAYS = 1;

/**
 * Timer: the department of every case still in pre-review whose deadline is at most one working day away gets a
 * staff notice (once per case and deadline: the dedupe key holds the due date). Past the deadline the case is
 * deemed accepted by the other timer instead. Returns the number of warnings queued (new or not).
 */
export async function warnPreReviewDue(db: Db, now = new Date()): Promise<number> {
  const today = chinaDate(now);
  const cal = await loadWorkingCalendar(db);
  // Only cases whose due date is within the next few calendar days can have ≤1 working day left.
  const horizon = addCalendarDays(today, 15);
  const cases = await db.case.findMany({
    where: { status: { in: ['SUBMITTED', 'RESUBMITTED'] }, preReviewDueDate: { gte: dateToColumn(today), lte: dateToColumn(horizon) } },
    select: { id: true, number: true, departmentId: true, regionCode: true, preReviewDueDate: true },
    take: 1000,
  });
  let queued = 0;
  for (const c of cases) {
    const due = c.preReviewDueDate ? dateFromColumn(c.preReviewDueDate) : null;
    const standing = preReviewStandingOn(cal, due, today);
    if (standing.overdue || standing.workingDaysLeft === null || standing.workingDaysLeft > PRE_REVIEW_WARN_DAYS) continue;
    await db.$transaction((tx) =>
      enqueueNotifications(tx, [
        {
          dedupeKey: `case:${c.id}:preReviewDue:${due}`,
          template: 'staff.preReviewDue',
          caseId: c.id,
          recipient: { departmentId: c.departmentId, regionCode: c.regionCode },
          data: { caseNumber: c.number, preReviewDueDate: due, workingDaysLeft: standing.workingDaysLeft },
        },
      ]),
    );
    queued += 1;
  }
  return queued;
}
