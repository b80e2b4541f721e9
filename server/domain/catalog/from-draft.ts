import type { TDraftContent } from '@shared/schemas/catalog-admin';
import type { ItemElements } from './elements';

/** What the catalogue rules look at, from a draft's content and its item's department. */
export function draftToElements(c: TDraftContent, departmentId: string | null): ItemElements {
  return {
    ...c,
    departmentId,
    materials: c.materials.map((m) => ({ name: m.name, requirement: m.requirement, conditionText: m.conditionText })),
    fees: c.fees.map((f) => ({ name: f.name, standard: f.standard, basis: f.basis })),
  };
}
