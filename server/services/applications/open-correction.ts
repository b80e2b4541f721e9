import type { Db, DbTx } from '../../db/client';

/** Case events (not transitions) the applicant's corrections leave; resubmission needs one after the notice. */
export const CORRECT_MATERIAL = 'correctMaterial';
export const CORRECT_FORM = 'correctForm';

/** Did the applicant change anything since the notice was issued? */
export async function changedSince(db: Db | DbTx, caseId: string, since: Date): Promise<boolean> {
  const n = await db.caseEvent.count({ where: { caseId, action: { in: [CORRECT_MATERIAL, CORRECT_FORM] }, createdAt: { gte: since } } });
  return n > 0;
}

/** The case's unresolved correction notice (the latest round), with its items in order. */
export function openCorrectionOf(db: Db | DbTx, caseId: string) {
  return db.correctionNotice.findFirst({
    where: { caseId, resolvedAt: null },
    orderBy: { round: 'desc' },
    include: {
      items: {
        orderBy: { sortOrder: 'asc' },
        include: { caseMaterial: { select: { id: true, name: true, itemMaterial: { select: { commonMistakes: true } } } } },
      },
    },
  });
}
