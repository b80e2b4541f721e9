import { buildSearchIndex, searchIndex, type SearchDoc } from '../../../server/domain/search/search';
import { departmentSearchName } from '../../../server/services/catalog/search-index';

const docs: (SearchDoc & { id: string })[] = [
  { id: 'food', name: '食品经营许可', keywords: [], popularity: 800, department: '市场监督管理局' },
  { id: 'biz', name: '企业设立登记', keywords: [], popularity: 900, department: '市场监督管理局' },
  { id: 'id', name: '居民身份证申领', keywords: [], popularity: 950, department: '公安局' },
  { id: 'board', name: '市场监管信息公示', keywords: [], popularity: 1, department: '发展和改革委员会' },
  { id: 'police', name: '公安局开具无犯罪记录证明', keywords: [], popularity: 1, department: '司法局' },
];
const index = buildSearchIndex(docs);
const ids = (q: string) => (searchIndex(index, q) ?? []).map((h) => h.doc.id);

describe('department names in search', () => {
  it('finds a department’s items by its abbreviation or name, below direct name matches', () => {
    expect(ids('市场监管')).toEqual(['board', 'biz', 'food']);
    expect(ids('公安局')).toEqual(['police', 'id']);
    expect(searchIndex(index, '公安局')![1]).toMatchObject({ matchedBy: 'department', matchedTerm: '公安局', highlights: [] });
  });

  it('combines with other words: every word must match the name or the department', () => {
    expect(ids('公安局 身份证')).toEqual(['id']);
  });

  it('never matches a department by pinyin, initials or typos', () => {
    // The name 公安局开具… matches by initials and pinyin; the 公安局 department's own item does not.
    expect(ids('gaj')).toEqual(['police']);
    expect(ids('gonganju')).toEqual(['police']);
    expect(ids('市场监官')).toEqual(['board']); // a typo reaches names only
  });

  it('matches without the region prefix, so a place name does not list all its departments', () => {
    expect(departmentSearchName('保山市市场监督管理局', ['保山市'])).toBe('市场监督管理局');
    expect(departmentSearchName('隆阳区兰城街道便民服务中心', ['兰城街道', '隆阳区', '保山市'])).toBe('便民服务中心');
    expect(departmentSearchName('云南电网有限责任公司保山供电局', ['保山市'])).toBe('云南电网有限责任公司保山供电局');
  });
});
