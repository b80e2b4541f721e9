import officialDays from 'chinese-days/dist/chinese-days.json';
import { chinaDate } from './china-date';

/**
 * Chinese working days: the State Council's official holidays and make-up working days (调休), from the data of
 * chinese-days 1.5.7 (tests pin the 2025 and 2026 schedules), plus local overrides (CalendarOverride rows) on top.
 * Pure: dates are plain 'YYYY-MM-DD' strings in China time, no Date arithmetic in local time zones.
 */

/** A calendar day as 'YYYY-MM-DD' (China local date). */
export type DateStr = string;

/** A local override of the built-in calendar: a day off, or a (make-up) working day. */
export interface CalendarOverrideDay {
  date: DateStr;
  kind: 'HOLIDAY' | 'WORKDAY';
}

const OFFICIAL_HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(officialDays.holidays));
const OFFICIAL_WORKDAYS: ReadonlySet<string> = new Set(Object.keys(officialDays.workdays));

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
function toUtcMs(date: DateStr): number {
  if (!DATE_RE.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a calendar date: ${date}`);
  return ms;
}

function fromUtcMs(ms: number): DateStr {
  return new Date(ms).toISOString().slice(0, 10);
}

export { chinaDate };

/** A date column value (Prisma @db.Date comes back as UTC midnight) as a DateStr, and back. */
export function dateFromColumn(d: Date): DateStr {
  return d.toISOString().slice(0, 10);
}
export function dateToColumn(d: DateStr): Date {
  return new Date(toUtcMs(d));
}

/** The date n calendar days after (or before, n < 0) the given one. */
export function addCalendarDays(date: DateStr, n: number): DateStr {
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** Calendar days from a to b (b − a; negative when b is earlier). */
export function calendarDaysBetween(a: DateStr, b: DateStr): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** The years the official data covers; outside them only weekends count as days off. */
export const OFFICIAL_YEARS: readonly number[] = [...new Set([...OFFICIAL_HOLIDAYS].map((d) => Number(d.slice(0, 4))))].sort();

/** A working-day calendar: the official one with local overrides applied. */
export interface WorkingCalendar {
  isWorkingDay(date: DateStr): boolean;
  /** Why a day is (not) worked: 'weekday', 'weekend', 'holiday' (official or local), 'makeUpWorkday'. */
  dayKind(date: DateStr): 'weekday' | 'weekend' | 'holiday' | 'makeUpWorkday';
  /**
   * The n-th working day after `date` (the day itself never counts: a limit "within n working days from
   * receipt" starts the next day). n = 0 returns the date itself.
   */
  addWorkingDays(date: DateStr, n: number): DateStr;
  /** Working days in the half-open range [from, to): the days lost by a pause that started on `from` and ended on `to`. */
  workingDaysBetween(from: DateStr, to: DateStr): number;
}

/** Build the calendar; overrides (e.g. CalendarOverride rows) win over the official data. */
export function createWorkingCalendar(overrides: readonly CalendarOverrideDay[] = []): WorkingCalendar {
  const local = new Map(overrides.map((o) => [o.date, o.kind]));
  const dayKind: WorkingCalendar['dayKind'] = (date) => {
    const override = local.get(date);
    if (override === 'HOLIDAY') return 'holiday';
    const weekend = [0, 6].includes(new Date(toUtcMs(date)).getUTCDay());
    if (override === 'WORKDAY') return weekend ? 'makeUpWorkday' : 'weekday';
    if (OFFICIAL_HOLIDAYS.has(date)) return 'holiday';
    if (OFFICIAL_WORKDAYS.has(date)) return 'makeUpWorkday';
    return weekend ? 'weekend' : 'weekday';
  };
  const isWorkingDay = (date: DateStr) => {
    const k = dayKind(date);
    return k === 'weekday' || k === 'makeUpWorkday';
  };
  return {
    dayKind,
    isWorkingDay,
    addWorkingDays(date, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer: ${n}`);
      let d = date;
      for (let left = n; left > 0; ) {
        d = addCalendarDays(d, 1);
        if (isWorkingDay(d)) left -= 1;
      }
      return d;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let d = from; d < to; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) count += 1;
      return count;
    },
  };
}

/** The official calendar without local overrides. */
export const officialCalendar: WorkingCalendar = createWorkingCalendar();
