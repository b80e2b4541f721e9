import { CASE_STATUS_LABELS } from '@shared/domain/case/transitions';
import type { TApplication } from '@shared/schemas/application';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { presentApplication } from '../../presenters/application.presenter';
import { applyTransition } from '../cases/apply-transition';
import { loadOwnCase } from './load-own-case';
import { changedSince, openCorrectionOf } from './open-correction';

type Citizen = Extract<Actor, { kind: 'citizen' }>;

/** POST /applications/:id/withdraw: the applicant takes the application back before acceptance (the table decides). */
export async function withdrawApplication(db: Db, actor: Citizen, caseId: string, reason?: string): Promise<TApplication> {
  const c = await loadOwnCase(db, actor.userId, caseId);
  await applyTransition(db, { caseId: c.id, action: 'withdraw', actor, input: { reason: reason ?? null } });
  return presentApplication(await loadOwnCase(db, actor.userId, caseId), actor.userId);
}

/**
 * POST /applications/:id/resubmit after a correction notice: needs a change to what the notice asked for (an
 * unchanged resubmission is 400). The notice is resolved and the corrected materials wait for pre-review again,
 * in the transition's transaction.
 */
export async function resubmitApplication(db: Db, actor: Citizen, caseId: string, now = new Date()): Promise<TApplication> {
  const c = await loadOwnCase(db, actor.userId, caseId);
  if (c.status !== 'CORRECTION_REQUIRED') throw errors.conflict(`办件当前状态为“${CASE_STATUS_LABELS[c.status]}”，不需要补正`);
  const notice = await openCorrectionOf(db, c.id);
  const hasChanges = notice ? await changedSince(db, c.id, notice.issuedAt) : false;
  await db.$transaction(async (tx) => {
    await applyTransition(db, { caseId: c.id, action: 'resubmit', actor, hasChanges, now, eventData: notice ? { correctionRound: notice.round } : undefined }, { tx });
    if (notice) {
      await tx.correctionNotice.update({ where: { id: notice.id }, data: { resolvedAt: now } });
      const corrected = notice.items.flatMap((i) => (i.caseMaterialId ? [i.caseMaterialId] : []));
      await tx.caseMaterial.updateMany({ where: { id: { in: corrected } }, data: { verdict: 'PENDING', verdictReason: null, submittedAt: now } });
    }
  });
  return presentApplication(await loadOwnCase(db, actor.userId, caseId), actor.userId);
}
