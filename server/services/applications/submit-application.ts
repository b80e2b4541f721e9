import { formFieldsOf, validateForm } from '@shared/domain/application/form-fields';
import type { TApplication } from '@shared/schemas/application';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { AppError, errors } from '../../errors';
import { Prisma } from '../../generated/prisma/client';
import { isProvided, presentApplication } from '../../presenters/application.presenter';
import { applyTransition } from '../cases/apply-transition';
import { loadOwnCase } from './load-own-case';

type Citizen = Extract<Actor, { kind: 'citizen' }>;

/** Was this case already submitted under this Idempotency-Key? */
async function submittedWithKey(db: Db, caseId: string, key: string): Promise<boolean> {
  const e = await db.caseEvent.findFirst({ where: { caseId, action: 'submit', data: { path: ['idempotencyKey'], equals: key } }, select: { id: true } });
  return e !== null;
}

/**
 * POST /applications/:id/submit with an Idempotency-Key. Every material of the (tailored) list must be handed in
 * and the form complete, else 400 listing what is missing. A double tap or a retry with the same key makes one
 * submission: the repeat (even one racing the first) finds the first's submit event and gets the same answer.
 */
export async function submitApplication(db: Db, actor: Citizen, caseId: string, key: string): Promise<TApplication> {
  const c = await loadOwnCase(db, actor.userId, caseId);
  if (c.status !== 'DRAFT' && (await submittedWithKey(db, c.id, key))) return presentApplication(c, actor.userId);
  if (c.status === 'DRAFT') {
    const missing = c.materials.filter((m) => !isProvided(m)).map((m) => ({ path: `materials.${m.id}`, message: `请提供：${m.name}` }));
    const form = validateForm(formFieldsOf(c.itemVersion!.formSchema), (c.formData ?? {}) as Record<string, unknown>, true);
    if (missing.length + form.length > 0) throw errors.validation([...missing, ...form], missing.length > 0 ? `还缺少${missing.length}项材料` : '申请表还没有填写完整');
  }
  try {
    await db.$transaction(async (tx) => {
      const { case: after } = await applyTransition(db, { caseId: c.id, action: 'submit', actor, eventData: { idempotencyKey: key } }, { tx });
      await tx.caseMaterial.updateMany({ where: { caseId: c.id }, data: { submittedAt: after.submittedAt } });
    });
  } catch (e) {
    // The racing twin lost the guarded update (409) or hit the unique row first: answer as the winner did.
    const lost = (e instanceof AppError && e.code === 'CONFLICT') || (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2034');
    if (!lost || !(await submittedWithKey(db, c.id, key))) throw e;
  }
  return presentApplication(await loadOwnCase(db, actor.userId, caseId), actor.userId);
}
