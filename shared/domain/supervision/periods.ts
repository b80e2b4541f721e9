/**
 * Period shortcuts of the supervision dashboard (本月, 上月, 本季度, 今年, 去年), from today's date in China. Pure, on
 * YYYY-MM-DD strings, so server tests and the page agree; every one is shorter than the longest period allowed (366 days).
 */
export interface PeriodPreset {
  key: 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'thisYear' | 'lastYear';
  label: string;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Days in month m (1..12) of year y: day 0 of the next month is the last day of this one. */
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function periodPresets(today: string): PeriodPreset[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!m) throw new Error(`periodPresets: expected YYYY-MM-DD, got ${today}`);
  const [y, mo] = [Number(m[1]), Number(m[2])];
  const [ly, lm] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
  const quarterStart = Math.floor((mo - 1) / 3) * 3 + 1;
  return [
    { key: 'thisMonth', label: '本月', from: ymd(y, mo, 1), to: today },
    { key: 'lastMonth', label: '上月', from: ymd(ly, lm, 1), to: ymd(ly, lm, daysIn(ly, lm)) },
    { key: 'thisQuarter', label: '本季度', from: ymd(y, quarterStart, 1), to: today },
    { key: 'thisYear', label: '今年', from: ymd(y, 1, 1), to: today },
    { key: 'lastYear', label: '去年', from: ymd(y - 1, 1, 1), to: ymd(y - 1, 12, 31) },
  ];
}
