import { pausedDays, preReviewDueDate, preReviewStanding, promisedDueDate } from '@shared/domain/calendar/deadlines';
import { officialCalendar as cal } from '@shared/domain/calendar/working-days';

describe('pre-review deadline (行政许可法 Art. 32: 5 working days from receipt)', () => {
  it.each([
    ['2026-11-25', '2026-12-02'], // Wednesday → next Wednesday
    ['2026-09-28', '2026-10-10'], // 29, 30, 10-08, 09, Saturday 10-10 (worked)
    ['2026-09-30', '2026-10-13'], // across National Day 2026
    ['2025-09-30', '2025-10-14'], // across National Day 2025 (10-01..10-08 off, 10-11 worked)
    ['2026-02-12', '2026-02-26'], // 13, Saturday 14 (worked), 24, 25, 26 across Spring Festival
    ['2026-10-03', '2026-10-13'], // received during the holiday (online): counting starts on the next working day
  ])('received %s → due %s', (received, due) => {
    expect(preReviewDueDate(cal, received)).toBe(due);
  });

  it('is running up to and including the due date, then deems the application accepted on receipt', () => {
    expect(preReviewStanding(cal, '2026-11-25', '2026-11-25')).toEqual({ overdue: false, dueDate: '2026-12-02', workingDaysLeft: 5 });
    expect(preReviewStanding(cal, '2026-11-25', '2026-12-02')).toEqual({ overdue: false, dueDate: '2026-12-02', workingDaysLeft: 0 });
    expect(preReviewStanding(cal, '2026-11-25', '2026-12-03')).toEqual({
      overdue: true,
      dueDate: '2026-12-02',
      consequence: 'DEEMED_ACCEPTED',
      deemedAcceptedOn: '2026-11-25',
    });
  });
});

describe('promised completion date', () => {
  it.each([
    // 10 working days from acceptance on 2026-09-24 crosses Mid-autumn and National Day.
    [{ acceptedOn: '2026-09-24', limit: 10, unit: 'WORKING_DAY' as const }, '2026-10-15'],
    [{ acceptedOn: '2025-09-26', limit: 5, unit: 'WORKING_DAY' as const }, '2025-10-10'],
    [{ acceptedOn: '2026-02-10', limit: 5, unit: 'WORKING_DAY' as const }, '2026-02-24'],
    // 即办件: 1 working day.
    [{ acceptedOn: '2026-09-30', limit: 1, unit: 'WORKING_DAY' as const }, '2026-10-08'],
    // Paused days move it out, in the limit's unit.
    [{ acceptedOn: '2026-11-25', limit: 5, unit: 'WORKING_DAY' as const, pausedDays: 3 }, '2026-12-07'],
    // Calendar days: a due date on a day off moves to the next working day.
    [{ acceptedOn: '2026-09-21', limit: 10, unit: 'CALENDAR_DAY' as const }, '2026-10-08'],
    [{ acceptedOn: '2026-11-02', limit: 10, unit: 'CALENDAR_DAY' as const }, '2026-11-12'],
  ])('%o → %s', (args, due) => {
    expect(promisedDueDate(cal, args)).toBe(due);
  });
});

describe('paused days', () => {
  it('counts the days of [start, end) in the unit of the limit', () => {
    expect(pausedDays(cal, 'WORKING_DAY', '2026-09-29', '2026-10-09')).toBe(3); // 29, 30, 10-08
    expect(pausedDays(cal, 'CALENDAR_DAY', '2026-09-29', '2026-10-09')).toBe(10);
    expect(pausedDays(cal, 'WORKING_DAY', '2026-11-25', '2026-11-25')).toBe(0);
    expect(pausedDays(cal, 'WORKING_DAY', '2026-11-26', '2026-11-25')).toBe(0);
  });
});
