import { checkSituations } from '../../../server/domain/catalog/consistency';
import type { ItemElements } from '../../../server/domain/catalog/elements';

const materials: ItemElements['materials'] = [
  { name: '申请书', requirement: 'REQUIRED' },
  { name: '委托书', requirement: 'CONDITIONAL' },
];
const codes = (e: Pick<ItemElements, 'materials' | 'situations'>) => checkSituations(e).map((v) => `${v.code}@${v.field}`);

describe('checkSituations', () => {
  it('accepts an option that adds a conditional material of the same version', () => {
    expect(codes({ materials, situations: [{ text: '是否委托他人办理？', options: [{ text: '是', materials: ['委托书'] }, { text: '否', materials: [] }] }] })).toEqual([]);
  });

  it('reports an option that points at a material of another version (unknown name)', () => {
    expect(codes({ materials, situations: [{ text: '是否委托？', options: [{ text: '是', materials: ['委托书', '身份证'] }] }] })).toEqual([
      'OPTION_MATERIAL_UNKNOWN@situations.0.options.0.materials',
    ]);
  });

  it('reports a conditional material no option reaches and without a condition text', () => {
    expect(codes({ materials, situations: [] })).toEqual(['CONDITIONAL_MATERIAL_UNREACHABLE@materials.1.conditionText']);
  });

  it('accepts an unreached conditional material that carries a condition text', () => {
    const withText = [materials[0]!, { ...materials[1]!, conditionText: '委托他人办理的' }];
    expect(codes({ materials: withText, situations: [] })).toEqual([]);
  });

  it('reports a question without options', () => {
    expect(codes({ materials: [materials[0]!], situations: [{ text: '空问题', options: [] }] })).toEqual(['SITUATION_OPTIONS_MISSING@situations.0.options']);
  });

  it('reports duplicate material names, since options name materials', () => {
    expect(codes({ materials: [{ name: '申请书' }, { name: '申请书' }] })).toEqual(['MATERIAL_NAME_DUPLICATE@materials.1.name']);
  });

  it('skips the situation rules when situations are unknown (import without the 情形 sheet)', () => {
    expect(codes({ materials })).toEqual([]);
  });
});
