import { guideCodeFromParams, guidePath } from '../../../miniprogram/src/pages/guide/entry';

describe('guideCodeFromParams: how a guide page was opened', () => {
  it('takes ?code= from search, favourites and the H5 poster URL', () => {
    expect(guideCodeFromParams({ code: '11530500MB0000001X4000112001000' })).toBe('11530500MB0000001X4000112001000');
    expect(guideCodeFromParams({ code: encodeURIComponent('SP-001') })).toBe('SP-001');
  });

  it('decodes a mini-program code scene holding the code or key=value pairs', () => {
    expect(guideCodeFromParams({ scene: 'ABC123' })).toBe('ABC123');
    expect(guideCodeFromParams({ scene: encodeURIComponent('code=ABC123') })).toBe('ABC123');
    expect(guideCodeFromParams({ scene: encodeURIComponent('w=3&c=x7Q') })).toBe('x7Q');
    expect(guideCodeFromParams({ scene: encodeURIComponent(encodeURIComponent('id=42')) })).toBe('42');
  });

  it('returns null when nothing usable was passed', () => {
    expect(guideCodeFromParams({})).toBeNull();
    expect(guideCodeFromParams({ code: '  ' })).toBeNull();
    expect(guideCodeFromParams({ code: 'undefined' })).toBeNull();
    expect(guideCodeFromParams({ scene: 'w=3' })).toBeNull();
    expect(guideCodeFromParams({ scene: '%E0%A4%A' })).toBe('%E0%A4%A');
  });

  it('builds the poster path with the code encoded', () => {
    expect(guidePath('A B/1')).toBe('/pages/guide/index?code=A%20B%2F1');
    expect(guideCodeFromParams({ code: guidePath('A B/1').split('code=')[1] })).toBe('A B/1');
  });
});
