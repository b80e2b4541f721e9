import type { TVerdictBody } from '@shared/schemas/review';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { loadCaseForStaff, type StaffActor } from './load-case-for-staff';
import { assertCanPreReview } from './pre-review-access';

/** The API's words for the stored verdicts. */
const VERDICT = { ACCEPTED: 'PASSED', NEEDS_CORRECTION: 'NEEDS_CORRECTION' } as const;

/**
 * Record the pre-review verdict on one material (合格 / 需补正 with the reason). Changing one's mind is allowed
 * until the correction notice goes out; the notice then lists every material marked for correction at once.
 */
export async function decideMaterial(db: Db, actor: StaffActor, caseId: string, materialId: string, body: TVerdictBody, now = new Date()) {
  const { scope, roles } = await loadCaseForStaff(db, actor, caseId, { needRole: true });
  const c = await db.case.findUniqueOrThrow({ where: { id: scope.id }, select: { status: true } });
  assertCanPreReview(c.status, roles, '审查材料');
  const material = /^[0-9a-f-]{36}$/i.test(materialId) ? await db.caseMaterial.findFirst({ where: { id: materialId, caseId: scope.id } }) : null;
  if (!material) throw errors.notFound('该办件没有这项材料');
  const updated = await db.caseMaterial.update({
    where: { id: material.id },
    data: {
      verdict: VERDICT[body.verdict],
      verdictReason: body.verdict === 'NEEDS_CORRECTION' ? (body.reason ?? null) : body.reason || null,
      verdictByStaffId: actor.staffId,
      verdictAt: now,
    },
  });
  return { id: updated.id, verdict: updated.verdict, verdictReason: updated.verdictReason };
}
