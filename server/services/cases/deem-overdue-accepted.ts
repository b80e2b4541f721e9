import { chinaDate, dateToColumn } from '@shared/domain/calendar/working-days';
import { transitionOf } from '@shared/domain/case/transitions';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { applyTransition } from './apply-transition';

/**
 * 行政许可法 Art. 32 enforced: every application still in pre-review after its deadline counts as accepted from the
 * day it was received. Run by a timer (and safe to run twice: a case another worker got first is skipped).
 * Returns the ids of the cases it accepted.
 */
export async function deemOverdueAccepted(db: Db, now = new Date()): Promise<string[]> {
  const overdue = await db.case.findMany({
    where: { status: { in: [...transitionOf('deemAccepted').from] }, preReviewDueDate: { lt: dateToColumn(chinaDate(now)) } },
    select: { id: true },
    orderBy: { preReviewDueDate: 'asc' },
  });
  const accepted: string[] = [];
  for (const { id } of overdue) {
    try {
      await applyTransition(db, { caseId: id, action: 'deemAccepted', actor: { kind: 'system' }, now });
      accepted.push(id);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
    }
  }
  return accepted;
}
