import { addCalendarDays, chinaDate, createWorkingCalendar, officialCalendar as cal, OFFICIAL_YEARS } from '@shared/domain/calendar/working-days';

// The State Council's published schedules (国办发明电〔2024〕12号 for 2025, 国办发明电〔2025〕7号 for 2026).
const SCHEDULES: { year: number; off: [string, string][]; worked: string[] }[] = [
  {
    year: 2025,
    off: [
      ['2025-01-01', '2025-01-01'],
      ['2025-01-28', '2025-02-04'],
      ['2025-04-04', '2025-04-06'],
      ['2025-05-01', '2025-05-05'],
      ['2025-05-31', '2025-06-02'],
      ['2025-10-01', '2025-10-08'],
    ],
    worked: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    off: [
      ['2026-01-01', '2026-01-03'],
      ['2026-02-15', '2026-02-23'],
      ['2026-04-04', '2026-04-06'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'],
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ],
    worked: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}

describe('official calendar', () => {
  it('covers 2025 and 2026', () => {
    expect(OFFICIAL_YEARS).toEqual(expect.arrayContaining([2025, 2026]));
  });

  describe.each(SCHEDULES)('$year', ({ year, off, worked }) => {
    const offDays = off.flatMap(([a, b]) => days(a, b));
    it.each(offDays)('%s is a holiday', (d) => expect(cal.isWorkingDay(d)).toBe(false));
    it.each(worked)('%s is a make-up working day', (d) => {
      expect(cal.dayKind(d)).toBe('makeUpWorkday');
      expect(cal.isWorkingDay(d)).toBe(true);
    });
    it('every other day follows the week', () => {
      const special = new Set([...offDays, ...worked]);
      for (const d of days(`${year}-01-01`, `${year}-12-31`).filter((x) => !special.has(x))) {
        const weekend = [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
        expect([d, cal.isWorkingDay(d)]).toEqual([d, !weekend]);
      }
    });
  });
});

describe('addWorkingDays', () => {
  it.each([
    // Across the 2026 National Day holiday: Wed 09-30 + 1 → Thu 10-08 (10-01..10-07 off).
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'], // Saturday 10-10 is worked
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-09-18', 1, '2026-09-20'], // Sunday 09-20 is worked
    ['2026-09-24', 1, '2026-09-28'], // Mid-autumn 09-25..27 off
    // Across the 2025 National Day holiday: 10-01..10-08 off, 09-28 and 10-11 worked.
    ['2025-09-26', 1, '2025-09-28'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-09-30', 3, '2025-10-11'],
    // Spring Festival 2026: 02-15..02-23 off, 02-14 and 02-28 worked.
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-02-13', 5, '2026-02-27'],
    ['2026-02-13', 6, '2026-02-28'],
    // Spring Festival 2025: 01-28..02-04 off, 01-26 and 02-08 worked.
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-27', 1, '2025-02-05'],
    // New Year 2026: 01-04 (Sunday) worked; Labour Day: 05-09 (Saturday) worked.
    ['2025-12-31', 1, '2026-01-04'],
    ['2026-05-08', 1, '2026-05-09'],
    ['2026-11-25', 0, '2026-11-25'],
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(cal.addWorkingDays(from, n)).toBe(expected);
  });

  it('counts working days in [from, to)', () => {
    expect(cal.workingDaysBetween('2026-09-28', '2026-10-12')).toBe(6); // 09-28,29,30, 10-08,09 and Saturday 10-10 (worked)
    expect(cal.workingDaysBetween('2026-09-28', '2026-10-13')).toBe(7);
    expect(cal.workingDaysBetween('2026-10-01', '2026-10-08')).toBe(0);
    expect(cal.workingDaysBetween('2026-10-08', '2026-10-08')).toBe(0);
  });

  it('rejects negative or fractional counts and malformed dates', () => {
    expect(() => cal.addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026/01/05')).toThrow(RangeError);
  });
});

describe('local overrides (CalendarOverride rows)', () => {
  const local = createWorkingCalendar([
    { date: '2026-11-26', kind: 'HOLIDAY' }, // e.g. a local festival (泼水节 style) day off
    { date: '2026-11-28', kind: 'WORKDAY' }, // a Saturday worked locally
    { date: '2026-10-10', kind: 'HOLIDAY' }, // overriding an official make-up day
  ]);
  it('win over the official data', () => {
    expect(local.isWorkingDay('2026-11-26')).toBe(false);
    expect(local.dayKind('2026-11-28')).toBe('makeUpWorkday');
    expect(local.isWorkingDay('2026-10-10')).toBe(false);
    expect(local.addWorkingDays('2026-11-25', 1)).toBe('2026-11-27');
    expect(local.addWorkingDays('2026-11-25', 2)).toBe('2026-11-28');
    expect(cal.addWorkingDays('2026-11-25', 2)).toBe('2026-11-27');
  });
});

describe('chinaDate', () => {
  it('takes the date in UTC+8', () => {
    expect(chinaDate(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(chinaDate(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
  });
});
