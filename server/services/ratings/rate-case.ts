import { chinaDate, dateToColumn } from '@shared/domain/calendar/working-days';
import { isBadGrade, RATING_GRADE_LABELS } from '@shared/domain/ratings/grades';
import type { TMyCaseRating, TRatingBody } from '@shared/schemas/ratings';
import type { Db, DbTx } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import type { RatingGrade } from '../../generated/prisma/client';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { applyTransition, type TransitionActor } from '../cases/apply-transition';
import { enqueueNotifications } from '../notifications/enqueue';
import { cannotRateReason, loadCaseForRating, presentMyCaseRating } from './get-my-case-rating';

type Citizen = Extract<Actor, { kind: 'citizen' }>;

const ALREADY_RATED = '该办件已评价，每件只能评价一次';

/**
 * 一事一评: the applicant (or their agent) rates a delivered case once. In one transaction: the `rate` transition
 * (DELIVERED → RATED, guarded by version, so two taps give one rating), the Rating row, and for a bad grade the
 * rectification task of the handling department with its working-day deadline and the department's notification.
 */
export async function rateCase(db: Db, cfg: { rectificationWorkingDays: number }, actor: Citizen, caseId: string, body: TRatingBody, now = new Date()): Promise<TMyCaseRating> {
  const c = await loadCaseForRating(db, actor.userId, caseId);
  const refusal = cannotRateReason(c);
  if (refusal) throw errors.conflict(refusal);
  try {
    await db.$transaction((tx) =>
      recordRating(tx, { caseId: c.id, actor, grade: body.grade, scores: body, comment: body.comment?.trim() || null, isDefault: false, rectificationWorkingDays: cfg.rectificationWorkingDays, now }),
    );
  } catch (e) {
    // The loser of two simultaneous ratings: the guarded transition or the unique rating refuses it.
    if ((e as { code?: unknown })?.code === 'P2002' || (e as { code?: unknown })?.code === 'CONFLICT') throw errors.conflict(ALREADY_RATED);
    throw e;
  }
  return presentMyCaseRating(db, await loadCaseForRating(db, actor.userId, caseId));
}

export interface RecordRatingArgs {
  caseId: string;
  actor: TransitionActor;
  grade: RatingGrade;
  scores?: Partial<Record<'efficiencyScore' | 'guideScore' | 'convenienceScore' | 'usabilityScore', number>>;
  comment: string | null;
  isDefault: boolean;
  rectificationWorkingDays: number;
  now: Date;
}

/** The writes of a rating inside the caller's transaction (shared by the applicant's rating and the default grade). */
export async function recordRating(tx: DbTx, a: RecordRatingArgs) {
  const { case: c } = await applyTransition(tx as unknown as Db, { caseId: a.caseId, action: 'rate', actor: a.actor, now: a.now }, { tx });
  const rating = await tx.rating.create({
    data: {
      caseId: c.id,
      userId: a.actor.kind === 'citizen' ? a.actor.userId : null,
      grade: a.grade,
      efficiencyScore: a.scores?.efficiencyScore ?? null,
      guideScore: a.scores?.guideScore ?? null,
      convenienceScore: a.scores?.convenienceScore ?? null,
      usabilityScore: a.scores?.usabilityScore ?? null,
      comment: a.comment,
      isDefault: a.isDefault,
      // A walk-in applicant without an account rates at the window device; online ratings are real-name.
      isRealName: a.actor.kind === 'citizen',
      departmentId: c.departmentId,
      regionCode: c.regionCode,
      itemId: c.itemVersionId ? (await tx.serviceItemVersion.findUnique({ where: { id: c.itemVersionId }, select: { itemId: true } }))?.itemId ?? null : null,
      createdAt: a.now,
    },
  });
  if (!isBadGrade(a.grade)) return { rating, task: null };
  const cal = await loadWorkingCalendar(tx);
  const today = chinaDate(a.now);
  const due = cal.addWorkingDays(today, a.rectificationWorkingDays);
  const task = await tx.rectificationTask.create({ data: { ratingId: rating.id, departmentId: c.departmentId, dueDate: dateToColumn(due), createdAt: a.now } });
  await enqueueNotifications(tx, [
    {
      template: 'rectification.assigned',
      dedupeKey: `rectification:${task.id}:assigned`,
      caseId: c.id,
      recipient: { departmentId: c.departmentId, regionCode: c.regionCode },
      data: { caseNumber: c.number, grade: RATING_GRADE_LABELS[a.grade], dueDate: due, taskId: task.id },
    },
  ]);
  return { rating, task };
}
