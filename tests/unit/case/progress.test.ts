import { currentClock } from '@shared/domain/case/progress';
import { CASE_STATUSES } from '@shared/domain/case/transitions';

const dates = { preReviewDueDate: '2026-10-09', promisedDueDate: '2026-10-16' };

describe('currentClock', () => {
  it.each([
    ['SUBMITTED', 'PRE_REVIEW', '2026-10-09'],
    ['RESUBMITTED', 'PRE_REVIEW', '2026-10-09'],
    ['CORRECTION_REQUIRED', 'APPLICANT', null],
    ['ACCEPTED', 'PROMISED', '2026-10-16'],
    ['IN_PROGRESS', 'PROMISED', '2026-10-16'],
    ['SUSPENDED', 'PAUSED', null],
    ['COMPLETED', 'APPLICANT', null],
    ['WITHDRAWN', 'NONE', null],
  ] as const)('%s → %s due %s', (status, clock, dueDate) => {
    expect(currentClock(status, dates)).toEqual({ clock, dueDate });
  });

  it('knows every status', () => {
    for (const s of CASE_STATUSES) expect(currentClock(s, dates).clock).toMatch(/^(PRE_REVIEW|PROMISED|PAUSED|APPLICANT|NONE)$/);
  });
});
