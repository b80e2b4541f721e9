import { bundleWithdrawal } from '@shared/domain/case/rules';
import type { TBundleApplication } from '@shared/schemas/application';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { applyTransition } from '../cases/apply-transition';
import { loadOwnBundle, presentBundle } from './bundle-application';
import { enqueueBundleNotice } from './bundle-notice';

type Citizen = Extract<Actor, { kind: 'citizen' }>;

/**
 * POST /bundle-applications/:id/withdraw: the applicant takes the whole 一件事 back. The shared rule
 * (`bundleWithdrawal`) decides; every part still going on is withdrawn through the state machine (one event each)
 * in ONE transaction, with one message for the bundle. A part already accepted refuses the whole request (409
 * naming it), nothing changed. The bundle and its parts are locked first, so a double tap waits for the first
 * request and then finds the bundle withdrawn: it answers the same state and changes nothing.
 */
export async function withdrawBundleApplication(db: Db, actor: Citizen, id: string, reason?: string): Promise<TBundleApplication> {
  await loadOwnBundle(db, actor.userId, id);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM cases WHERE id = ${id} FOR UPDATE`;
    await tx.$queryRaw`SELECT id FROM cases WHERE parent_id = ${id} ORDER BY id FOR UPDATE`;
    const c = await loadOwnBundle(tx, actor.userId, id);
    const rule = bundleWithdrawal(c.children.map((p) => ({ id: p.id, name: p.itemVersion!.name, status: p.status })));
    if (rule.kind === 'alreadyWithdrawn') return;
    if (rule.kind === 'refused') throw errors.conflict(rule.message);
    for (const partId of rule.partIds) {
      await applyTransition(
        db,
        { caseId: partId, action: 'withdraw', actor, input: { reason: reason ?? null }, eventData: { bundleCaseId: c.id }, withholdApplicantNotices: true },
        { tx },
      );
    }
    await enqueueBundleNotice(tx, c, 'bundle.withdrawn', { bundleName: c.bundle!.name, partCount: rule.partIds.length });
  });
  return presentBundle(await loadOwnBundle(db, actor.userId, id));
}
