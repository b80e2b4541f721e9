import { highlightSegments } from '../../../miniprogram/src/components/highlight-text/segments';

describe('highlightSegments', () => {
  it('splits a name into plain and matched runs', () => {
    expect(highlightSegments('食品经营许可', [[0, 2]])).toEqual([
      { text: '食品', hit: true },
      { text: '经营许可', hit: false },
    ]);
    expect(highlightSegments('企业设立登记', [[2, 4]])).toEqual([
      { text: '企业', hit: false },
      { text: '设立', hit: true },
      { text: '登记', hit: false },
    ]);
  });

  it('merges overlapping, touching and unsorted ranges', () => {
    expect(highlightSegments('居民身份证申领', [[5, 7], [0, 2], [1, 3], [3, 4]])).toEqual([
      { text: '居民身份', hit: true },
      { text: '证', hit: false },
      { text: '申领', hit: true },
    ]);
  });

  it('clamps ranges outside the text and ignores empty or reversed ones, never losing characters', () => {
    const segments = highlightSegments('营业执照', [[-3, 1], [3, 99], [2, 2], [3, 1], [NaN, 2]]);
    expect(segments.map((s) => s.text).join('')).toBe('营业执照');
    expect(segments).toEqual([
      { text: '营', hit: true },
      { text: '业执', hit: false },
      { text: '照', hit: true },
    ]);
    expect(highlightSegments('营业执照', [])).toEqual([{ text: '营业执照', hit: false }]);
    expect(highlightSegments('', [[0, 1]])).toEqual([]);
  });
});
