import type { TLookupBody, TLookupResult } from '@shared/schemas/review';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { handlesCase } from '../../policies';
import { presentCaseAfterAction } from '../../presenters/case-after-action.presenter';
import { applyTransition } from '../cases/apply-transition';
import { verifyCaseQr } from './case-qr';
import type { StaffActor } from './load-case-for-staff';

/**
 * The window clerk finds a case from the citizen's QR code (or its number) and may record the visit. Handing over
 * the result is the pickUp transition (which records the visit itself); any other purpose adds a CaseVisit and
 * counts it in visitCount, the "at most one visit" measure.
 */
export async function lookUpCase(db: Db, key: Buffer, actor: StaffActor, body: TLookupBody, now = new Date()): Promise<TLookupResult> {
  let where: { id: string } | { number: string };
  if (body.qrToken) {
    const id = verifyCaseQr(key, body.qrToken, now.getTime());
    if (!id) throw errors.badRequest('办件二维码已过期或无效，请让申请人刷新二维码后重新扫描');
    where = { id };
  } else {
    where = { number: body.caseNumber ?? '' };
  }
  const c = await db.case.findUnique({ where });
  if (!c) throw errors.notFound('找不到该办件，请核对办件编号');
  if (!handlesCase(actor, c)) throw errors.forbidden('该办件不属于您所在的部门');
  if (!body.visitPurpose) return { case: presentCaseAfterAction(c), visitRecorded: false };

  if (body.visitPurpose === 'PICK_UP_RESULT') {
    const applied = await applyTransition(db, { caseId: c.id, action: 'pickUp', actor, now });
    return { case: presentCaseAfterAction(applied.case), visitRecorded: true };
  }
  const after = await db.$transaction(async (tx) => {
    await tx.caseVisit.create({ data: { caseId: c.id, purpose: body.visitPurpose!, departmentId: c.departmentId, recordedByStaffId: actor.staffId, visitedAt: now } });
    return tx.case.update({ where: { id: c.id }, data: { visitCount: { increment: 1 } } });
  });
  return { case: presentCaseAfterAction(after), visitRecorded: true };
}
