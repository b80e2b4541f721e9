import { addCalendarDays, type DateStr, type WorkingCalendar } from '@shared/domain/calendar/working-days';
import type { TPreReviewStanding } from '@shared/schemas/review';

/** What the queue tells staff about an overdue pre-review (行政许可法 Art. 32). */
export const DEEMED_ACCEPTED_LABEL = '已超过预审期限，依法自收件之日起视为受理，不能再退回补正或不予受理';

/**
 * Where a case stands against its stored pre-review due date on `today`: working days left (after today, up to and
 * including the due day), or overdue with the 视为受理 consequence. No due date = no deadline running.
 */
export function preReviewStandingOn(cal: WorkingCalendar, dueDate: DateStr | null, today: DateStr): TPreReviewStanding {
  if (!dueDate) return { dueDate: null, overdue: false, workingDaysLeft: null, consequence: null, consequenceLabel: null };
  if (today > dueDate) return { dueDate, overdue: true, workingDaysLeft: null, consequence: 'DEEMED_ACCEPTED', consequenceLabel: DEEMED_ACCEPTED_LABEL };
  return { dueDate, overdue: false, workingDaysLeft: cal.workingDaysBetween(addCalendarDays(today, 1), addCalendarDays(dueDate, 1)), consequence: null, consequenceLabel: null };
}
