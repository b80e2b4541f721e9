import type { TCallbackBody, TOutcomeBody, TRectificationEntry } from '@shared/schemas/ratings';
import { dateToColumn } from '@shared/domain/calendar/working-days';
import { RECTIFICATION_OUTCOME_LABELS } from '@shared/domain/ratings/grades';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { enqueueNotifications } from '../notifications/enqueue';
import { presentRectificationEntry } from './list-rectifications';
import { loadRectification } from './rectification-access';
import { staffNames } from './staff-names';

type Staff = Extract<Actor, { kind: 'staff' }>;

const STALE = '该整改任务刚刚已被他人处理，请刷新后查看';

/** GET /staff/rectifications/:id. */
export async function getRectification(db: Db, actor: Staff, taskId: string, now = new Date()): Promise<TRectificationEntry> {
  const t = await loadRectification(db, actor, taskId, { write: false });
  return presentRectificationEntry(t, await staffNames(db, [t.calledBackByStaffId, t.resolvedByStaffId]), now);
}

/**
 * POST /staff/rectifications/:id/callback: the call back to the applicant, recorded with who and when. Allowed while
 * the task is open or called back (a second call after an unreached one is recorded over the first).
 */
export async function recordCallback(db: Db, actor: Staff, taskId: string, body: TCallbackBody, now = new Date()): Promise<TRectificationEntry> {
  const t = await loadRectification(db, actor, taskId, { write: true });
  if (t.status === 'RESOLVED') throw errors.conflict('该整改任务已办结');
  const n = await db.rectificationTask.updateMany({
    where: { id: t.id, status: { in: ['OPEN', 'CALLED_BACK'] } },
    data: { status: 'CALLED_BACK', calledBackAt: now, calledBackByStaffId: actor.staffId, callbackReached: body.reached, callbackNote: body.note },
  });
  if (n.count !== 1) throw errors.conflict(STALE);
  return getRectification(db, actor, taskId, now);
}

/**
 * POST /staff/rectifications/:id/outcome: fixed, scheduled (with a date) or explained; resolves the task, and the
 * applicant is told (notification) and sees it on the case's rating page. Needs the call back first.
 */
export async function recordOutcome(db: Db, actor: Staff, taskId: string, body: TOutcomeBody, now = new Date()): Promise<TRectificationEntry> {
  const t = await loadRectification(db, actor, taskId, { write: true });
  if (t.status === 'RESOLVED') throw errors.conflict('该整改任务已办结');
  if (t.status === 'OPEN') throw errors.conflict('请先回访申请人并记录回访情况');
  await db.$transaction(async (tx) => {
    const n = await tx.rectificationTask.updateMany({
      where: { id: t.id, status: 'CALLED_BACK' },
      data: {
        status: 'RESOLVED',
        outcome: body.outcome,
        outcomeText: body.text,
        scheduledFor: body.outcome === 'SCHEDULED' && body.scheduledFor ? dateToColumn(body.scheduledFor) : null,
        resolvedAt: now,
        resolvedByStaffId: actor.staffId,
      },
    });
    if (n.count !== 1) throw errors.conflict(STALE);
    const c = t.rating.case;
    await enqueueNotifications(tx, [
      {
        template: 'rectification.outcome',
        dedupeKey: `rectification:${t.id}:outcome`,
        caseId: c.id,
        recipient: { userId: c.applicantUserId, agentUserId: c.agentUserId },
        data: { caseNumber: c.number, outcome: RECTIFICATION_OUTCOME_LABELS[body.outcome], departmentName: t.department.name },
      },
    ]);
  });
  return getRectification(db, actor, taskId, now);
}
