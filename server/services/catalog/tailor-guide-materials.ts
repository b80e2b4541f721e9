import { tailorMaterials } from '@shared/catalog/tailor-materials';
import type { TMaterialAnswers, TTailoredMaterials } from '@shared/schemas/catalog';
import type { Db } from '../../db/client';
import { presentMaterial } from '../../presenters/guide.presenter';
import { guideNotFound, loadPublishedGuide, presentSituations } from './get-guide';

/** POST /guides/:code/materials: the material list for the citizen's answers to the guide's situations. */
export async function tailorGuideMaterials(db: Db, code: string, body: TMaterialAnswers): Promise<TTailoredMaterials> {
  const v = await loadPublishedGuide(db, code);
  if (!v) throw await guideNotFound(db, code);
  return tailorMaterials(v.materials.map(presentMaterial), presentSituations(v), body.answers);
}
