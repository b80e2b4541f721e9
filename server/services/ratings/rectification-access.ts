import type { Db, DbTx } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { canReadDepartmentFollowUps, handlesDepartment } from '../../policies';

type Staff = Extract<Actor, { kind: 'staff' }>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A rectification task with its rating and case: 404 unknown, 403 outside the staff member's department (or read-only). */
export async function loadRectification(db: Db | DbTx, actor: Staff, taskId: string, opts: { write: boolean }) {
  const t = UUID.test(taskId)
    ? await db.rectificationTask.findUnique({
        where: { id: taskId },
        include: {
          department: { select: { name: true } },
          rating: { include: { appeal: true, case: { select: { id: true, number: true, regionCode: true, applicantUserId: true, agentUserId: true, applicantNameMasked: true, contactPhoneMasked: true, itemVersion: { select: { name: true } } } } } },
        },
      })
    : null;
  if (!t) throw errors.notFound('整改任务不存在');
  const regionCode = t.rating.case.regionCode;
  const allowed = opts.write ? handlesDepartment(actor, t.departmentId, regionCode) : canReadDepartmentFollowUps(actor, t.departmentId, regionCode);
  if (!allowed) throw errors.forbidden('该整改任务不属于您所在的部门');
  return t;
}

export type LoadedRectification = Awaited<ReturnType<typeof loadRectification>>;
