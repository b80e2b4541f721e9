import { dialable, limitLabel, reductionPercent, termsLine, visitsLabel, yuan, type ItemTerms } from '../../../miniprogram/src/pages/guide/format';

const food: ItemTerms = {
  visitsNeeded: 1,
  promisedLimit: { value: 5, unit: 'WORKING_DAY' },
  statutoryLimit: { value: 20, unit: 'WORKING_DAY' },
};

describe('guide terms as citizens read them', () => {
  it('writes 最多跑一次 · 承诺5个工作日(法定20日)', () => {
    expect(termsLine(food)).toBe('最多跑一次 · 承诺5个工作日(法定20日)');
    expect(reductionPercent(food)).toBe(75);
    expect(termsLine({ ...food, visitsNeeded: 0 })).toBe('最多跑一次 · 承诺5个工作日(法定20日)');
    expect(termsLine({ ...food, visitsNeeded: 3 })).toBe('需跑3次 · 承诺5个工作日(法定20日)');
  });

  it('names zero and several visits', () => {
    expect(visitsLabel(0)).toBe('零跑腿');
    expect(visitsLabel(2)).toBe('需跑2次');
  });

  it('leaves out the statutory part and the reduction when the law sets none or units differ', () => {
    const none = { ...food, statutoryLimit: null };
    expect(limitLabel(none)).toBe('承诺5个工作日');
    expect(reductionPercent(none)).toBeNull();
    const calendar = { ...food, statutoryLimit: { value: 30, unit: 'CALENDAR_DAY' as const } };
    expect(reductionPercent(calendar)).toBeNull();
    expect(limitLabel(calendar)).toBe('承诺5个工作日(法定30个自然日)');
    expect(reductionPercent({ ...food, promisedLimit: { value: 20, unit: 'WORKING_DAY' } })).toBeNull();
  });

  it('formats fees and phone numbers', () => {
    expect(yuan(0)).toBe('免费');
    expect(yuan(1250)).toBe('¥12.50');
    expect(dialable('0875-2121234')).toBe('08752121234');
    expect(dialable('12345')).toBe('12345');
  });
});
