import { chinaDate } from '@shared/domain/calendar/china-date';
import { periodPresets } from '@shared/domain/supervision/periods';

const table = (today: string) => Object.fromEntries(periodPresets(today).map((p) => [p.label, `${p.from}..${p.to}`]));

describe('periodPresets', () => {
  it('gives this month, last month, this quarter, this year and last year from a day in China', () => {
    expect(table('2026-11-18')).toEqual({
      本月: '2026-11-01..2026-11-18',
      上月: '2026-10-01..2026-10-31',
      本季度: '2026-10-01..2026-11-18',
      今年: '2026-01-01..2026-11-18',
      去年: '2025-01-01..2025-12-31',
    });
  });

  it('reaches back into last year in January, and knows February’s length', () => {
    expect(table('2026-01-05')).toMatchObject({ 上月: '2025-12-01..2025-12-31', 本季度: '2026-01-01..2026-01-05' });
    expect(table('2028-03-01')).toMatchObject({ 上月: '2028-02-01..2028-02-29' });
    expect(table('2026-03-31')).toMatchObject({ 上月: '2026-02-01..2026-02-28', 本季度: '2026-01-01..2026-03-31' });
  });

  it('refuses a date it cannot read', () => {
    expect(() => periodPresets('2026/11/18')).toThrow('YYYY-MM-DD');
  });
});

describe('chinaDate', () => {
  it('is already tomorrow after 16:00 UTC', () => {
    expect(chinaDate(new Date('2026-12-06T15:59:59Z'))).toBe('2026-12-06');
    expect(chinaDate(new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
  });
});
