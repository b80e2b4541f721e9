import { buildSearchIndex, searchIndex, type SearchDoc } from '../../../server/domain/search/search';

const docs: (SearchDoc & { id: string })[] = [
  { id: 'biz', name: '企业设立登记', keywords: ['开公司', '营业执照', '办营业执照'], popularity: 900 },
  { id: 'ind', name: '个体工商户登记', keywords: ['个体户', '开饭店', '营业执照'], popularity: 700 },
  { id: 'food', name: '食品经营许可', keywords: ['开饭店', '餐饮许可'], popularity: 800 },
  { id: 'chg', name: '企业变更登记', keywords: ['公司变更'], popularity: 300 },
  { id: 'id', name: '居民身份证申领', keywords: ['办身份证'], popularity: 950 },
  { id: 'house', name: '不动产转移登记（二手房买卖）', keywords: ['房产过户'], popularity: 870 },
  { id: 'bank', name: '银行业金融机构备案', keywords: [], popularity: 1 },
  { id: 'bus', name: '老年人公交爱心卡办理', keywords: ['老年卡'], popularity: 480 },
];
const index = buildSearchIndex(docs);
const ids = (q: string) => (searchIndex(index, q) ?? []).map((h) => h.doc.id);
const top = (q: string) => searchIndex(index, q)![0]!;

describe('searchIndex', () => {
  it('returns null without a usable token so callers can list instead', () => {
    expect(searchIndex(index, '')).toBeNull();
    expect(searchIndex(index, '😀 ！')).toBeNull();
  });

  it('matches Chinese substrings with highlight ranges, whole names first', () => {
    expect(top('食品')).toMatchObject({ doc: { id: 'food' }, matchedBy: 'name', highlights: [[0, 2]] });
    expect(top('二手房')).toMatchObject({ doc: { id: 'house' }, highlights: [[8, 11]] });
    expect(top('居民身份证申领')).toMatchObject({ doc: { id: 'id' }, highlights: [[0, 7]] });
  });

  it('matches in-order fragments with one range per fragment', () => {
    expect(top('企业登记')).toMatchObject({ doc: { id: 'biz' }, matchedBy: 'name', highlights: [[0, 2], [4, 6]] });
  });

  it('matches full pinyin at syllable starts and initials, highlighting the characters', () => {
    expect(top('shipin')).toMatchObject({ doc: { id: 'food' }, matchedBy: 'pinyin', highlights: [[0, 2]] });
    expect(top('jingying')).toMatchObject({ doc: { id: 'food' }, highlights: [[2, 4]] });
    expect(top('hipin')).toMatchObject({ matchedBy: 'fuzzy' }); // not at a syllable start: only as a typo
    expect(top('spjy')).toMatchObject({ doc: { id: 'food' }, matchedBy: 'initials', highlights: [[0, 4]] });
    expect(top('lnrgj')).toMatchObject({ doc: { id: 'bus' }, matchedBy: 'initials' });
  });

  it('matches a single letter against the first initial only', () => {
    expect(ids('s')).toEqual(['food']);
    expect(top('s')).toMatchObject({ matchedBy: 'initials', highlights: [[0, 1]] });
  });

  it('reads polyphones in context (银行 is yinhang)', () => {
    expect(ids('yinhang')).toEqual(['bank']);
  });

  it('maps everyday words, in Chinese, initials and pinyin, to official names', () => {
    expect(top('开公司')).toMatchObject({ doc: { id: 'biz' }, matchedBy: 'synonym', matchedTerm: '开公司' });
    expect(ids('开饭店').slice(0, 2).sort()).toEqual(['food', 'ind']);
    expect(ids('kfd').slice(0, 2).sort()).toEqual(['food', 'ind']);
    expect(ids('yyzz').slice(0, 2).sort()).toEqual(['biz', 'ind']);
    expect(ids('yingyezhizhao').slice(0, 2).sort()).toEqual(['biz', 'ind']);
    expect(top('我想办身份证')).toMatchObject({ doc: { id: 'id' } });
    expect(top('身份证')).toMatchObject({ doc: { id: 'id' }, matchedBy: 'name', highlights: [[2, 5]] }); // literal beats synonym
  });

  it('uses the built-in everyday dictionary for words no keyword lists', () => {
    expect(top('注册公司')).toMatchObject({ doc: { id: 'biz' }, matchedBy: 'synonym', matchedTerm: '注册公司', highlights: [[0, 4]] });
  });

  it('tolerates typos only when nothing matches exactly', () => {
    expect(top('食品经营许刻')).toMatchObject({ doc: { id: 'food' }, matchedBy: 'fuzzy' });
    expect(top('营业执招')).toMatchObject({ matchedBy: 'fuzzy' }); // homophone of a keyword
    expect(top('shipinjingyinxuke')).toMatchObject({ doc: { id: 'food' }, matchedBy: 'fuzzy' });
    expect(ids('xyzxyzxyz')).toEqual([]);
  });

  it('requires every token to match and applies the filter', () => {
    expect(ids('企业 变更')).toEqual(['chg']);
    expect(ids('企业 火星')).toEqual([]);
    expect((searchIndex(index, '登记', (d) => d.id !== 'biz') ?? []).map((h) => h.doc.id)).not.toContain('biz');
  });

  it('ranks more popular items first among equal matches', () => {
    expect(ids('登记').indexOf('biz')).toBeLessThan(ids('登记').indexOf('chg'));
  });
});
