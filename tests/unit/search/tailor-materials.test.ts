import { tailorMaterials } from '@shared/catalog/tailor-materials';
import type { TGuideSituation } from '@shared/schemas/catalog';

const materials = [
  { id: 'form', requirement: 'REQUIRED' as const },
  { id: 'lease', requirement: 'CONDITIONAL' as const },
  { id: 'agent', requirement: 'CONDITIONAL' as const },
  { id: 'cold', requirement: 'CONDITIONAL' as const },
];
const situations: TGuideSituation[] = [
  { id: 'q1', text: '场所', multiple: false, options: [{ id: 'own', text: '自有', materialIds: [] }, { id: 'rent', text: '租赁', materialIds: ['lease'] }] },
  { id: 'q2', text: '代办', multiple: false, options: [{ id: 'self', text: '本人', materialIds: [] }, { id: 'proxy', text: '代理', materialIds: ['agent'] }] },
  { id: 'q3', text: '项目', multiple: true, options: [{ id: 'a', text: '冷食', materialIds: ['cold'] }, { id: 'b', text: '网络', materialIds: ['lease'] }] },
];

describe('tailorMaterials', () => {
  it('lists only required materials and every question as unanswered without answers', () => {
    expect(tailorMaterials(materials, situations, {})).toEqual({ materials: [materials[0]], unanswered: ['q1', 'q2', 'q3'] });
  });

  it('adds what the chosen options name, in guide order, each once', () => {
    const r = tailorMaterials(materials, situations, { q1: ['rent'], q2: ['proxy'], q3: ['a', 'b'] });
    expect(r.materials.map((m) => m.id)).toEqual(['form', 'lease', 'agent', 'cold']);
    expect(r.unanswered).toEqual([]);
  });

  it('counts only the first option of a single-choice question and ignores unknown ids', () => {
    const r = tailorMaterials(materials, situations, { q1: ['own', 'rent'], q2: ['ghost'], nope: ['x'] });
    expect(r.materials.map((m) => m.id)).toEqual(['form']);
    expect(r.unanswered).toEqual(['q2', 'q3']);
  });
});
