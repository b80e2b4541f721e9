import { MAX_QUERY_CHARS, tokenize } from '../../../server/domain/search/normalize';

describe('tokenize', () => {
  it('splits on spaces, punctuation and emoji, and separates Han from Latin runs', () => {
    expect(tokenize('  开饭店，要办什么？😀 ')).toEqual(['开饭店', '要办什么']);
    expect(tokenize('yyzz营业')).toEqual(['yyzz', '营业']);
  });

  it('folds full-width letters and case, ü to v', () => {
    expect(tokenize('ＹＹＺＺ')).toEqual(['yyzz']);
    expect(tokenize('LÜ')).toEqual(['lv']);
  });

  it('turns SQL-looking and markup input into harmless words', () => {
    expect(tokenize("'; DROP TABLE x; --")).toEqual(['drop', 'table', 'x']);
    expect(tokenize('<script>')).toEqual(['script']);
  });

  it('returns nothing for empty or symbol-only input and caps long input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('😀🎉 %_% \u0000')).toEqual([]);
    expect(tokenize('办'.repeat(1000)).join('').length).toBe(MAX_QUERY_CHARS);
  });

  it('drops repeated tokens', () => {
    expect(tokenize('社保 社保')).toEqual(['社保']);
  });
});
