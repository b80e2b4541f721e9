import type { z } from 'zod';
import { COMPLAINT_KIND_LABELS, type TComplaintSummary, type TComplaintView, type ZStaffComplaintQuery } from '@shared/schemas/complaints';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { canReadDepartmentFollowUps, handlesDepartment } from '../../policies';
import { COMPLAINT_INCLUDE, presentComplaint, presentComplaintSummary } from '../../presenters/complaint.presenter';
import { enqueueNotifications } from '../notifications/enqueue';

type Staff = Extract<Actor, { kind: 'staff' }>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET /staff/complaints: complaints and enquiries addressed to the member's departments (supervisors: their region). */
export async function listStaffComplaints(db: Db, actor: Staff, q: z.infer<typeof ZStaffComplaintQuery>): Promise<{ items: TComplaintSummary[] }> {
  const scopes = actor.grants.flatMap((g): Prisma.ComplaintWhereInput[] => {
    const region = g.regionCode ? { department: { regionCode: { startsWith: g.regionCode } } } : {};
    if (['WINDOW_CLERK', 'HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN'].includes(g.role)) return [{ ...(g.departmentId ? { departmentId: g.departmentId } : {}), ...region }];
    if (g.role === 'SUPERVISOR') return [region];
    return [];
  });
  if (scopes.length === 0) throw errors.forbidden('您没有处理投诉咨询的权限');
  const rows = await db.complaint.findMany({
    where: { AND: [{ OR: scopes }, q.status ? { status: q.status } : { status: { in: ['OPEN', 'IN_PROGRESS'] } }] },
    include: COMPLAINT_INCLUDE,
    orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
    take: 200,
  });
  return { items: rows.map((c) => presentComplaintSummary(c)) };
}

async function loadForStaff(db: Db, actor: Staff, id: string, write: boolean) {
  const c = UUID.test(id) ? await db.complaint.findUnique({ where: { id }, include: { ...COMPLAINT_INCLUDE, department: { select: { name: true, regionCode: true } } } }) : null;
  if (!c) throw errors.notFound('投诉或咨询不存在');
  const dept = c.departmentId && c.department ? { id: c.departmentId, regionCode: c.department.regionCode } : null;
  const ok = dept ? (write ? handlesDepartment(actor, dept.id, dept.regionCode) : canReadDepartmentFollowUps(actor, dept.id, dept.regionCode)) : false;
  if (!ok) throw errors.forbidden('该投诉咨询不属于您所在的部门');
  return c;
}

/** GET /staff/complaints/:id (with internal notes). */
export async function getStaffComplaint(db: Db, actor: Staff, id: string): Promise<TComplaintView> {
  return presentComplaint(await loadForStaff(db, actor, id, false), 'staff');
}

/**
 * POST /staff/complaints/:id/reply: an answer to the citizen (status REPLIED, notification in the same transaction)
 * or an internal note (status IN_PROGRESS, nothing sent).
 */
export async function replyToComplaint(db: Db, actor: Staff, id: string, body: { body: string; internal: boolean }, now = new Date()): Promise<TComplaintView> {
  const c = await loadForStaff(db, actor, id, true);
  if (c.status === 'CLOSED') throw errors.conflict('该投诉咨询已办结');
  await db.$transaction(async (tx) => {
    const reply = await tx.complaintReply.create({ data: { complaintId: c.id, authorKind: 'STAFF', staffId: actor.staffId, body: body.body, internal: body.internal, createdAt: now } });
    await tx.complaint.update({ where: { id: c.id }, data: { status: body.internal ? (c.status === 'OPEN' ? 'IN_PROGRESS' : c.status) : 'REPLIED', assignedStaffId: c.assignedStaffId ?? actor.staffId } });
    if (!body.internal && c.userId) {
      await enqueueNotifications(tx, [
        {
          template: 'complaint.replied',
          dedupeKey: `complaint:${c.id}:reply:${reply.id}`,
          caseId: c.caseId,
          recipient: { userId: c.userId },
          data: { complaintNumber: c.number, kind: COMPLAINT_KIND_LABELS[c.kind], title: c.title },
        },
      ]);
    }
  });
  return getStaffComplaint(db, actor, id);
}
