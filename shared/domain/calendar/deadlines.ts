import { addCalendarDays, calendarDaysBetween, type DateStr, type WorkingCalendar } from './working-days';

/**
 * Case deadlines. 行政许可法 Art. 82: the Act's time limits are counted in working days (法定节假日 excluded);
 * a limit starts the day after the triggering event (receipt, acceptance).
 */

export type TimeLimitUnit = 'WORKING_DAY' | 'CALENDAR_DAY';

/** 行政许可法 Art. 32: corrections must be told at once, on the spot or within 5 (working) days of receipt. */
export const PRE_REVIEW_WORKING_DAYS = 5;

/** The last day on which a correction notice (or a refusal) may still be sent for an application received on `receivedOn`. */
export function preReviewDueDate(cal: WorkingCalendar, receivedOn: DateStr): DateStr {
  return cal.addWorkingDays(receivedOn, PRE_REVIEW_WORKING_DAYS);
}

/** Where an application stands against the pre-review deadline. */
export type PreReviewStanding =
  | { overdue: false; dueDate: DateStr; workingDaysLeft: number }
  /**
   * Past the deadline without a notice: by law the application counts as accepted from the day it was received
   * (自收到申请材料之日起即为受理). The department may no longer return it for correction or refuse it; the
   * system accepts it (action `deemAccepted`) with acceptance dated `deemedAcceptedOn`.
   */
  | { overdue: true; dueDate: DateStr; consequence: 'DEEMED_ACCEPTED'; deemedAcceptedOn: DateStr };

/** The pre-review deadline and its legal consequence on `today`. */
export function preReviewStanding(cal: WorkingCalendar, receivedOn: DateStr, today: DateStr): PreReviewStanding {
  const dueDate = preReviewDueDate(cal, receivedOn);
  if (today > dueDate) return { overdue: true, dueDate, consequence: 'DEEMED_ACCEPTED', deemedAcceptedOn: receivedOn };
  // Working days after today up to and including the due date.
  return { overdue: false, dueDate, workingDaysLeft: cal.workingDaysBetween(addCalendarDays(today, 1), addCalendarDays(dueDate, 1)) };
}

/** Days a pause took, in the unit of the case's limit: the days of [startedOn, endedOn). */
export function pausedDays(cal: WorkingCalendar, unit: TimeLimitUnit, startedOn: DateStr, endedOn: DateStr): number {
  if (endedOn <= startedOn) return 0;
  return unit === 'WORKING_DAY' ? cal.workingDaysBetween(startedOn, endedOn) : calendarDaysBetween(startedOn, endedOn);
}

/**
 * The promised completion date: `limit` days (working or calendar) after acceptance, moved out by the days spent in
 * closed special procedures (counted in the same unit). A calendar-day due date that falls on a day off moves to the
 * next working day (a deadline ending on a holiday ends on the first working day after it).
 */
export function promisedDueDate(
  cal: WorkingCalendar,
  args: { acceptedOn: DateStr; limit: number; unit: TimeLimitUnit; pausedDays?: number },
): DateStr {
  const total = args.limit + (args.pausedDays ?? 0);
  if (args.unit === 'WORKING_DAY') return cal.addWorkingDays(args.acceptedOn, total);
  let due = addCalendarDays(args.acceptedOn, total);
  while (!cal.isWorkingDay(due)) due = addCalendarDays(due, 1);
  return due;
}
