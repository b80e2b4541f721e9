import { approxFind, mayMatch } from '../../../server/domain/search/approx';

describe('approxFind', () => {
  it('finds exact occurrences with zero edits', () => {
    expect(approxFind('zhizhao', 'yingyezhizhao', 1)).toEqual({ start: 6, end: 13, edits: 0 });
  });

  it('finds an occurrence with one missing, extra or wrong letter', () => {
    expect(approxFind('yingyezhizao', 'yingyezhizhao', 1)).toMatchObject({ start: 0, end: 13, edits: 1 });
    expect(approxFind('shipinjingyinxuke', 'shipinjingyingxuke', 1)).toMatchObject({ edits: 1 });
    expect(approxFind('食品经营许刻', '食品经营许可', 1)).toMatchObject({ start: 0, end: 6, edits: 1 });
  });

  it('gives up beyond the edit limit and on empty input', () => {
    expect(approxFind('abcdef', 'uvwxyz', 2)).toBeNull();
    expect(approxFind('', 'abc', 1)).toBeNull();
    expect(approxFind('abc', '', 1)).toBeNull();
  });
});

describe('mayMatch', () => {
  it('keeps texts that contain one of k+1 pieces of the pattern and drops the rest', () => {
    expect(mayMatch('yingyezhizao', 'yingyezhizhao', 1)).toBe(true);
    expect(mayMatch('xyzxyzxyz', 'shipinjingyingxuke', 2)).toBe(false);
    expect(mayMatch('ab', 'zz', 2)).toBe(true); // pieces would be empty: cannot rule out
  });
});
