import type { DateStr } from '../calendar/working-days';
import type { TCaseStatus } from './transitions';

/**
 * Which clock runs in each status, for "the current step with its expected finish date" in my cases and the staff
 * queues. PRE_REVIEW: the department's 5-working-day pre-review deadline. PROMISED: the promised completion date.
 * PAUSED: a special procedure holds the clock (the promise moves out when it ends). APPLICANT: the case waits for the
 * applicant (correction, pickup, rating). NONE: nothing runs (draft or final).
 */
export type CaseClock = 'PRE_REVIEW' | 'PROMISED' | 'PAUSED' | 'APPLICANT' | 'NONE';

const CLOCK: Record<TCaseStatus, CaseClock> = {
  DRAFT: 'NONE',
  SUBMITTED: 'PRE_REVIEW',
  RESUBMITTED: 'PRE_REVIEW',
  CORRECTION_REQUIRED: 'APPLICANT',
  ACCEPTED: 'PROMISED',
  IN_PROGRESS: 'PROMISED',
  SUSPENDED: 'PAUSED',
  COMPLETED: 'APPLICANT',
  DELIVERED: 'APPLICANT',
  NOT_ACCEPTED: 'NONE',
  RATED: 'NONE',
  WITHDRAWN: 'NONE',
};

/** The clock of a status and, where one runs, the date the current step is due. */
export function currentClock(
  status: TCaseStatus,
  dates: { preReviewDueDate: DateStr | null; promisedDueDate: DateStr | null },
): { clock: CaseClock; dueDate: DateStr | null } {
  const clock = CLOCK[status];
  if (clock === 'PRE_REVIEW') return { clock, dueDate: dates.preReviewDueDate };
  if (clock === 'PROMISED') return { clock, dueDate: dates.promisedDueDate };
  return { clock, dueDate: null };
}
