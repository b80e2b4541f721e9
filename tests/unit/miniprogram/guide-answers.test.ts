import type { TGuideSituation } from '@shared/schemas/catalog';
import { answer, visibleMaterials } from '../../../miniprogram/src/pages/guide/answers';

const materials = [
  { id: 'form', requirement: 'REQUIRED' as const },
  { id: 'room', requirement: 'CONDITIONAL' as const },
  { id: 'online', requirement: 'CONDITIONAL' as const },
  { id: 'lease', requirement: 'CONDITIONAL' as const },
  { id: 'other', requirement: 'CONDITIONAL' as const },
];
const cold: TGuideSituation = {
  id: 'q1',
  text: '经营项目是否包含冷食？',
  multiple: false,
  options: [
    { id: 'yes', text: '包含', materialIds: ['room'] },
    { id: 'no', text: '不包含', materialIds: [] },
  ],
};
const channels: TGuideSituation = {
  id: 'q2',
  text: '经营方式',
  multiple: true,
  options: [
    { id: 'web', text: '网络经营', materialIds: ['online'] },
    { id: 'rent', text: '租赁场所', materialIds: ['lease'] },
  ],
};

describe('situation answers tailor the guide material list', () => {
  it('single choice replaces, multiple choice toggles', () => {
    let a = answer({}, cold, 'yes');
    a = answer(a, cold, 'no');
    expect(a).toEqual({ q1: ['no'] });
    a = answer(a, channels, 'web');
    a = answer(a, channels, 'rent');
    a = answer(a, channels, 'web');
    expect(a).toEqual({ q1: ['no'], q2: ['rent'] });
  });

  it('lists required materials and undecided conditional ones before any answer', () => {
    const { materials: shown, unanswered } = visibleMaterials(materials, [cold, channels], {});
    expect(shown.map((m) => m.id)).toEqual(['form', 'other']);
    expect(unanswered).toEqual(['q1', 'q2']);
  });

  it('adds what the chosen options bring, in guide order', () => {
    const { materials: shown, unanswered } = visibleMaterials(materials, [cold, channels], { q1: ['yes'], q2: ['rent', 'web'] });
    expect(shown.map((m) => m.id)).toEqual(['form', 'room', 'online', 'lease', 'other']);
    expect(unanswered).toEqual([]);
    expect(visibleMaterials(materials, [cold, channels], { q1: ['no'] }).materials.map((m) => m.id)).toEqual(['form', 'other']);
  });
});
