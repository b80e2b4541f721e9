import { formFieldsOf, validateForm } from '@shared/domain/application/form-fields';
import { dateFromColumn } from '@shared/domain/calendar/working-days';
import type { TBundleApplication } from '@shared/schemas/application';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { AppError, errors } from '../../errors';
import { Prisma } from '../../generated/prisma/client';
import { isProvided } from '../../presenters/application.presenter';
import { applyTransition } from '../cases/apply-transition';
import { enqueueNotifications } from '../notifications/enqueue';
import { enqueueBundleNotice } from './bundle-notice';
import { loadOwnBundle, presentBundle, type BundleRow } from './bundle-application';

type Citizen = Extract<Actor, { kind: 'citizen' }>;

/** Were the parts already submitted under this Idempotency-Key? */
async function submittedWithKey(db: Db, c: BundleRow, key: string): Promise<boolean> {
  const e = await db.caseEvent.findFirst({
    where: { caseId: { in: c.children.map((p) => p.id) }, action: 'submit', data: { path: ['idempotencyKey'], equals: key } },
    select: { id: true },
  });
  return e !== null;
}

/**
 * POST /bundle-applications/:id/submit (Idempotency-Key): every part is checked (materials handed in, form
 * complete; 400 lists all gaps, named by part), then all parts are submitted through the state machine in ONE
 * transaction, so the departments receive the whole application or none of it. The citizen gets ONE "submitted"
 * message naming the bundle and how many departments received it (not one per part; the parts' later messages
 * stay per part). A double tap or a retry with the same key answers like the first.
 */
export async function submitBundleApplication(db: Db, actor: Citizen, id: string, key: string): Promise<TBundleApplication> {
  const c = await loadOwnBundle(db, actor.userId, id);
  const drafts = c.children.filter((p) => p.status === 'DRAFT');
  if (drafts.length === 0) {
    if (await submittedWithKey(db, c, key)) return presentBundle(c);
    throw errors.conflict('该“一件事”已经提交');
  }
  const missing = drafts.flatMap((p) => p.materials.filter((m) => !isProvided(m)).map((m) => ({ path: `parts.${p.id}.materials.${m.id}`, message: `请提供：${m.name}` })));
  const seen = new Set<string>();
  const form = drafts
    .flatMap((p) => validateForm(formFieldsOf(p.itemVersion!.formSchema), (p.formData ?? {}) as Record<string, unknown>, true))
    .filter((e) => !seen.has(e.path) && Boolean(seen.add(e.path)));
  if (missing.length + form.length > 0) {
    const names = new Set(missing.map((m) => m.message));
    throw errors.validation([...missing, ...form], names.size > 0 ? `还缺少${names.size}项材料` : '申请表还没有填写完整');
  }
  try {
    await db.$transaction(async (tx) => {
      let preReviewDueDate: string | null = null;
      for (const p of drafts) {
        const { case: after } = await applyTransition(
          db,
          { caseId: p.id, action: 'submit', actor, eventData: { idempotencyKey: key, bundleCaseId: c.id }, withholdApplicantNotices: true },
          { tx },
        );
        await tx.caseMaterial.updateMany({ where: { caseId: p.id }, data: { submittedAt: after.submittedAt } });
        // Each department still learns of its own part in its queue (the citizen gets the one bundle message).
        await enqueueNotifications(tx, [
          {
            template: 'staff.submitted',
            dedupeKey: `case:${p.id}:v${after.version}:staff.submitted`,
            caseId: p.id,
            recipient: { departmentId: after.departmentId, regionCode: after.regionCode },
            data: { action: 'submit' },
          },
        ]);
        preReviewDueDate ??= after.preReviewDueDate ? dateFromColumn(after.preReviewDueDate) : null;
      }
      await enqueueBundleNotice(tx, c, 'bundle.submitted', {
        bundleName: c.bundle!.name,
        departmentCount: new Set(drafts.map((p) => p.departmentId)).size,
        partCount: drafts.length,
        preReviewDueDate,
      });
    });
  } catch (e) {
    const lost = (e instanceof AppError && e.code === 'CONFLICT') || (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2034');
    if (!lost || !(await submittedWithKey(db, c, key))) throw e;
  }
  return presentBundle(await loadOwnBundle(db, actor.userId, id));
}
