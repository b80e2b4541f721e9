import { parseSearchParams, searchUrl, toggleFlag, EMPTY_SEARCH } from '../../../miniprogram/src/pages/search/params';

describe('search page params', () => {
  it('round-trips a state through the URL, Chinese included', () => {
    const state = { ...EMPTY_SEARCH, q: '开饭店', flags: ['ONE_TRIP' as const, 'ONLINE' as const], level: 'COUNTY' as const, theme: 'business', themeName: '开办企业' };
    const url = searchUrl(state);
    expect(url).toBe('/pages/search/index?q=%E5%BC%80%E9%A5%AD%E5%BA%97&flags=ONE_TRIP%2CONLINE&level=COUNTY&theme=business&themeName=%E5%BC%80%E5%8A%9E%E4%BC%81%E4%B8%9A');
    const params = Object.fromEntries(url.split('?')[1]!.split('&').map((p) => p.split('=') as [string, string]));
    expect(parseSearchParams(params)).toEqual(state);
  });

  it('accepts already-decoded params (H5) and drops unknown flags and levels', () => {
    expect(parseSearchParams({ q: ' 营业执照 ', flags: 'ONE_TRIP,BOGUS,ONE_TRIP', level: 'PLANET' })).toEqual({
      ...EMPTY_SEARCH,
      q: '营业执照',
      flags: ['ONE_TRIP'],
    });
    expect(parseSearchParams({ q: '100%', theme: 'undefined' })).toEqual({ ...EMPTY_SEARCH, q: '100%' });
    expect(parseSearchParams({ q: 'x'.repeat(300) }).q).toHaveLength(100);
  });

  it('leaves out empty parts', () => {
    expect(searchUrl({})).toBe('/pages/search/index');
    expect(searchUrl({ q: '', flags: [] })).toBe('/pages/search/index');
  });

  it('toggles flags in the order of the filter row', () => {
    expect(toggleFlag(['ONLINE'], 'ONE_TRIP')).toEqual(['ONE_TRIP', 'ONLINE']);
    expect(toggleFlag(['ONE_TRIP', 'ONLINE'], 'ONE_TRIP')).toEqual(['ONLINE']);
  });
});
