import { officialCalendar } from '@shared/domain/calendar/working-days';
import { preReviewStandingOn } from '../../../server/domain/review/pre-review-standing';

describe('preReviewStandingOn', () => {
  it('counts the working days left across National Day 2026', () => {
    // Received 09-30: five working days are 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13.
    const due = officialCalendar.addWorkingDays('2026-09-30', 5);
    expect(due).toBe('2026-10-13');
    const s = preReviewStandingOn(officialCalendar, due, '2026-09-30');
    expect(s).toMatchObject({ dueDate: due, overdue: false, workingDaysLeft: 5, consequence: null });
    expect(preReviewStandingOn(officialCalendar, due, '2026-10-03')).toMatchObject({ workingDaysLeft: 5 });
    expect(preReviewStandingOn(officialCalendar, due, due)).toMatchObject({ overdue: false, workingDaysLeft: 0 });
  });

  it('is overdue the day after the due date, with the 视为受理 consequence', () => {
    const s = preReviewStandingOn(officialCalendar, '2026-11-09', '2026-11-10');
    expect(s).toMatchObject({ overdue: true, workingDaysLeft: null, consequence: 'DEEMED_ACCEPTED' });
    expect(s.consequenceLabel).toContain('视为受理');
  });

  it('reports no deadline while none runs (e.g. waiting for the applicant’s corrections)', () => {
    expect(preReviewStandingOn(officialCalendar, null, '2026-11-10')).toEqual({ dueDate: null, overdue: false, workingDaysLeft: null, consequence: null, consequenceLabel: null });
  });
});
