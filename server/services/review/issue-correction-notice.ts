import type { TCorrectionNotice } from '@shared/schemas/review';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { applyTransition } from '../cases/apply-transition';
import { loadCaseForStaff, type StaffActor } from './load-case-for-staff';
import { assertCanPreReview } from './pre-review-access';

const CONFLICT_MESSAGE = '该办件刚刚已被他人处理，请刷新后查看最新状态';

/**
 * 一次性告知 (行政许可法 Art. 32): ONE notice listing every material that needs correction, with its reason. Refused
 * while any material is undecided, so nothing can be asked for in a second round that could have been asked now.
 * The notice, its items and the returnForCorrection transition are written in one transaction.
 */
export async function issueCorrectionNotice(
  db: Db,
  actor: StaffActor,
  caseId: string,
  body: { message?: string | undefined; expectedVersion?: number | undefined },
  now = new Date(),
): Promise<TCorrectionNotice> {
  const { scope, roles } = await loadCaseForStaff(db, actor, caseId, { needRole: true });
  try {
    return await db.$transaction(async (tx) => {
      const c = await tx.case.findUniqueOrThrow({
        where: { id: scope.id },
        select: { status: true, correctionRounds: true, materials: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { itemMaterial: { select: { sortOrder: true } } } } },
      });
      assertCanPreReview(c.status, roles, '退回补正');
      const materials = [...c.materials].sort((a, b) => (a.itemMaterial?.sortOrder ?? 0) - (b.itemMaterial?.sortOrder ?? 0));
      const undecided = materials.filter((m) => m.verdict === 'PENDING');
      if (undecided.length > 0)
        throw errors.conflict(`还有${undecided.length}项材料未审查（${undecided.map((m) => m.name).join('、')}），请全部审查后再一次性告知补正`);
      const toCorrect = materials.filter((m) => m.verdict === 'NEEDS_CORRECTION');
      if (toCorrect.length === 0) throw errors.badRequest('没有需要补正的材料：材料齐全时请直接受理');

      const notice = await tx.correctionNotice.create({
        data: {
          caseId: scope.id,
          round: c.correctionRounds + 1,
          message: body.message || null,
          issuedByStaffId: actor.staffId,
          issuedAt: now,
          items: { create: toCorrect.map((m, i) => ({ caseMaterialId: m.id, reason: m.verdictReason ?? '', sortOrder: i })) },
        },
      });
      const summary = toCorrect.map((m) => `${m.name}：${m.verdictReason ?? ''}`).join('；');
      const applied = await applyTransition(
        db,
        {
          caseId: scope.id,
          action: 'returnForCorrection',
          actor,
          now,
          expectedVersion: body.expectedVersion,
          input: { correctionNoticeId: notice.id, reason: summary.slice(0, 1000) },
          eventData: { round: notice.round, materialCount: toCorrect.length },
        },
        { tx },
      );
      return {
        id: notice.id,
        round: notice.round,
        status: applied.case.status,
        version: applied.case.version,
        items: toCorrect.map((m) => ({ caseMaterialId: m.id, name: m.name, reason: m.verdictReason ?? '' })),
      };
    });
  } catch (e) {
    // Two reviewers sending a notice at once: the second hits the (case, round) unique key.
    if ((e as { code?: unknown })?.code === 'P2002') throw errors.conflict(CONFLICT_MESSAGE);
    throw e;
  }
}
