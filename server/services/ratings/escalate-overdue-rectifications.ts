import { chinaDate, dateFromColumn, dateToColumn } from '@shared/domain/calendar/working-days';
import type { Db } from '../../db/client';
import { enqueueNotifications } from '../notifications/enqueue';

/**
 * Scheduled: a bad-rating follow-up past its due date and not resolved is escalated once to the department head and
 * to the supervisor (督查). escalatedAt is set in the same transaction as the notifications, so a re-run finds
 * nothing new. Returns the number of tasks escalated.
 */
export async function escalateOverdueRectifications(db: Db, now = new Date()): Promise<number> {
  const today = dateToColumn(chinaDate(now));
  const tasks = await db.rectificationTask.findMany({
    where: { status: { not: 'RESOLVED' }, escalatedAt: null, dueDate: { lt: today } },
    select: { id: true, departmentId: true, dueDate: true, department: { select: { name: true } }, rating: { select: { regionCode: true, case: { select: { id: true, number: true } } } } },
    take: 1000,
  });
  let escalated = 0;
  for (const t of tasks) {
    await db.$transaction(async (tx) => {
      const n = await tx.rectificationTask.updateMany({ where: { id: t.id, escalatedAt: null, status: { not: 'RESOLVED' } }, data: { escalatedAt: now } });
      if (n.count !== 1) return;
      escalated += 1;
      const data = { caseNumber: t.rating.case.number, departmentName: t.department.name, dueDate: dateFromColumn(t.dueDate), taskId: t.id };
      const recipient = { departmentId: t.departmentId, regionCode: t.rating.regionCode };
      await enqueueNotifications(tx, [
        { template: 'rectification.overdue', dedupeKey: `rectification:${t.id}:overdue:head`, caseId: t.rating.case.id, recipient, data: { ...data, audience: 'DEPARTMENT_HEAD' } },
        { template: 'rectification.overdue', dedupeKey: `rectification:${t.id}:overdue:supervisor`, caseId: t.rating.case.id, recipient, data: { ...data, audience: 'SUPERVISOR' } },
      ]);
    });
  }
  return escalated;
}
