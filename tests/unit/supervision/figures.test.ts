import { addCounts, computeFigures, emptyCounts, figureCaseCount, FIGURE_KEYS, monthsBetween, periodDays, ratio } from '@shared/domain/supervision/figures';
import { isBadGrade, isRectificationOverdue } from '@shared/domain/ratings/grades';
import { allowedActions } from '@shared/domain/case/rules';

describe('supervision figures', () => {
  it('keeps numerator and denominator, and gives null (not 0 %) when nothing was measured', () => {
    expect(ratio(2, 3)).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
    const f = computeFigures(emptyCounts());
    expect(f.averageVisits.value).toBeNull();
    expect(f.satisfaction.value).toBeNull();
  });

  it('counts satisfaction over applicants’ ratings only: default and excluded ratings are apart', () => {
    const c = { ...emptyCounts(), ratingVerySatisfied: 3, ratingBasicallySatisfied: 1, ratingDissatisfied: 1, ratingVeryDissatisfied: 1, ratingDefault: 10, ratingExcluded: 2 };
    const f = computeFigures(c);
    expect(f.satisfaction).toEqual({ numerator: 4, denominator: 6, value: 0.6667 });
    expect(f.ratings).toMatchObject({ default: 10, excluded: 2 });
  });

  it('averages visits per completed case and adds counts across days and departments', () => {
    const day1 = { ...emptyCounts(), completed: 2, visitsSum: 1, zeroVisit: 1, completedWithDue: 2, completedOnTime: 2 };
    const day2 = { ...emptyCounts(), completed: 1, visitsSum: 2, completedWithDue: 1 };
    const f = computeFigures(addCounts(day1, day2));
    expect(f.averageVisits).toEqual({ numerator: 3, denominator: 3, value: 1 });
    expect(f.zeroVisit.value).toBe(0.3333);
    expect(f.onTimeCompletion).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
  });

  it('gives a case list the same total as its figure: numerator, the rest of the denominator, or all of it', () => {
    const c = { ...emptyCounts(), completed: 10, completedWithDue: 8, completedOnTime: 6, zeroVisit: 4, visitsSum: 9, preReviewed: 7, preReviewOnTime: 5, firstPass: 3, delivered: 5, deliveredCourier: 2,
      ratingVerySatisfied: 3, ratingSatisfied: 2, ratingBasicallySatisfied: 1, ratingDissatisfied: 1, ratingVeryDissatisfied: 2, ratingDefault: 9, ratingExcluded: 4, rectificationDue: 3, rectificationOnTime: 1 };
    const f = computeFigures(c);
    for (const key of FIGURE_KEYS.filter((k) => k !== 'averageVisits')) {
      const r = f[key];
      expect([key, figureCaseCount(key, 'met', c), figureCaseCount(key, 'all', c)]).toEqual([key, r.numerator, r.denominator]);
      expect(figureCaseCount(key, 'missed', c)).toBe(r.denominator - r.numerator);
    }
    expect(figureCaseCount('satisfaction', 'missed', c)).toBe(3);
    expect(figureCaseCount('averageVisits', 'all', c)).toBe(10);
    // Not carried by the counts: the list counts these itself.
    expect(figureCaseCount('averageVisits', 'missed', c)).toBeNull();
    expect(figureCaseCount('openOverdue', 'all', c)).toBeNull();
  });

  it('lists the months of a period across a year end and counts its days', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodDays('2025-01-01', '2025-12-31')).toBe(365);
    expect(periodDays('2026-03-01', '2026-03-01')).toBe(1);
  });
});

describe('rating rules', () => {
  it('treats 不满意 and 非常不满意 as bad ratings', () => {
    expect(['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'].map((g) => isBadGrade(g as never))).toEqual([false, false, false, true, true]);
  });
  it('is overdue only when unresolved past the due date', () => {
    expect(isRectificationOverdue({ status: 'OPEN', dueDate: '2026-03-02' }, '2026-03-03')).toBe(true);
    expect(isRectificationOverdue({ status: 'OPEN', dueDate: '2026-03-03' }, '2026-03-03')).toBe(false);
    expect(isRectificationOverdue({ status: 'RESOLVED', dueDate: '2026-03-02' }, '2026-03-09')).toBe(false);
  });
  it('lets the system give the default grade on a delivered case', () => {
    expect(allowedActions('DELIVERED', 'SYSTEM')).toEqual(['rate']);
  });
});
