import { DEFAULT_GRADE } from '@shared/domain/ratings/grades';
import type { Db } from '../../db/client';
import { enqueueNotifications } from '../notifications/enqueue';
import { recordRating } from './rate-case';

const DAY_MS = 86_400_000;
/** Reminders look back this far past the reminder day: a case delivered long ago is not reminded any more. */
const REMINDER_WINDOW_DAYS = 30;

/**
 * Scheduled: remind applicants who have not rated a delivered case after `reminderDays` (once per case: the
 * notification's dedupe key makes a re-run a no-op). Returns how many reminders were queued (new or not).
 */
export async function sendRatingReminders(db: Db, cfg: { reminderDays: number }, now = new Date()): Promise<number> {
  const due = new Date(now.getTime() - cfg.reminderDays * DAY_MS);
  const cases = await db.case.findMany({
    where: { status: 'DELIVERED', rating: null, applicantUserId: { not: null }, deliveredAt: { lte: due, gte: new Date(due.getTime() - REMINDER_WINDOW_DAYS * DAY_MS) } },
    select: { id: true, number: true, applicantUserId: true, agentUserId: true, itemVersion: { select: { name: true } } },
    take: 5000,
  });
  if (cases.length === 0) return 0;
  await db.$transaction((tx) =>
    enqueueNotifications(
      tx,
      cases.map((c) => ({
        template: 'rating.invite',
        dedupeKey: `rating-invite:${c.id}`,
        caseId: c.id,
        recipient: { userId: c.applicantUserId, agentUserId: c.agentUserId },
        data: { caseNumber: c.number, itemName: c.itemVersion?.name ?? null },
      })),
    ),
  );
  return cases.length;
}

/**
 * Scheduled, off unless RATING_DEFAULT_AFTER_DAYS > 0: a delivered case left unrated that long gets the default grade
 * 基本满意 (a local rule, as Guangdong's 7 days), marked isDefault and kept apart in the figures. Each case in its
 * own transaction through the `rate` transition (actor SYSTEM), so a case the applicant rates meanwhile is skipped.
 */
export async function applyDefaultRatings(db: Db, cfg: { afterDays: number; rectificationWorkingDays: number }, now = new Date()): Promise<number> {
  if (cfg.afterDays <= 0) return 0;
  const cases = await db.case.findMany({
    where: { status: 'DELIVERED', rating: null, deliveredAt: { lte: new Date(now.getTime() - cfg.afterDays * DAY_MS) } },
    select: { id: true },
    orderBy: { deliveredAt: 'asc' },
    take: 1000,
  });
  let given = 0;
  for (const c of cases) {
    try {
      await db.$transaction((tx) =>
        recordRating(tx, { caseId: c.id, actor: { kind: 'system' }, grade: DEFAULT_GRADE, comment: null, isDefault: true, rectificationWorkingDays: cfg.rectificationWorkingDays, now }),
      );
      given += 1;
    } catch (e) {
      // Rated by the applicant in between: the guarded transition refuses; nothing to do.
      if ((e as { code?: unknown })?.code !== 'CONFLICT' && (e as { code?: unknown })?.code !== 'P2002') throw e;
    }
  }
  return given;
}
