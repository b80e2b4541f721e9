import fc from 'fast-check';
import { addCalendarDays, createWorkingCalendar, officialCalendar as cal } from '@shared/domain/calendar/working-days';
import { allowedActions, checkTransition, nextStatus } from '@shared/domain/case/rules';
import { CASE_STATUSES, type CaseRole } from '@shared/domain/case/transitions';

const ROLES: CaseRole[] = ['APPLICANT', 'WINDOW_CLERK', 'REVIEWER', 'APPROVER', 'SYSTEM'];
const anyDay = fc.integer({ min: 0, max: 730 }).map((n) => addCalendarDays('2025-01-01', n));

describe('properties of the machine', () => {
  it('every allowed action passes checkTransition with full input and leads where nextStatus says', () => {
    const fullInput = {
      reason: '理由',
      legalBasis: '依据',
      pledgeFileId: 'f',
      correctionNoticeId: 'n',
      procedure: 'PUBLIC_NOTICE',
      decision: 'APPROVED' as const,
      resultName: '证',
      deliveryMethod: 'COURIER' as const,
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...CASE_STATUSES),
        fc.subarray(ROLES, { minLength: 1 }),
        fc.record({ today: anyDay, preReviewDueDate: fc.option(anyDay), handlingType: fc.constantFrom('INSTANT' as const, 'PROMISED' as const), hasChanges: fc.boolean() }),
        (status, roles, facts) => {
          for (const action of allowedActions(status, roles, facts)) {
            const r = checkTransition({ status, action, roles, facts, input: fullInput });
            expect(r.ok).toBe(true);
            if (r.ok) expect(r.transition.to).toBe(nextStatus(status, action));
          }
        },
      ),
    );
  });
});

describe('properties of the calendar', () => {
  it('addWorkingDays lands on a working day, n working days later, monotonically', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const due = cal.addWorkingDays(d, n);
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(cal.workingDaysBetween(addCalendarDays(d, 1), addCalendarDays(due, 1))).toBe(n);
        expect(cal.addWorkingDays(d, n + 1) > due).toBe(true);
        expect(cal.addWorkingDays(cal.addWorkingDays(d, n), 1)).toBe(cal.addWorkingDays(d, n + 1));
      }),
    );
  });

  it('a local holiday never brings a deadline earlier, a local working day never makes it later', () => {
    fc.assert(
      fc.property(anyDay, anyDay, fc.integer({ min: 1, max: 20 }), (d, override, n) => {
        expect(createWorkingCalendar([{ date: override, kind: 'HOLIDAY' }]).addWorkingDays(d, n) >= cal.addWorkingDays(d, n)).toBe(true);
        expect(createWorkingCalendar([{ date: override, kind: 'WORKDAY' }]).addWorkingDays(d, n) <= cal.addWorkingDays(d, n)).toBe(true);
      }),
    );
  });
});
