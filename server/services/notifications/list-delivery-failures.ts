import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';

type StaffActor = Extract<Actor, { kind: 'staff' }>;

/**
 * Operators' view of WeChat deliveries that did not go through: refused for good (43101, 40003, 47003 ...) or
 * interrupted mid-send (UNCONFIRMED), newest first, plus the count of delivery jobs that gave up. System admins see
 * everything, department admins their departments' cases.
 */
export async function listDeliveryFailures(db: Db, actor: StaffActor, q: { page: number; pageSize: number }) {
  const all = actor.grants.some((g) => g.role === 'SYSTEM_ADMIN');
  const depts = actor.grants.filter((g) => g.role === 'DEPARTMENT_ADMIN' && g.departmentId).map((g) => g.departmentId as string);
  if (!all && depts.length === 0) throw errors.forbidden('仅系统管理员或部门管理员可查看消息发送失败记录');
  const where: Prisma.NotificationWhereInput = {
    wechatStatus: { in: ['FAILED', 'UNCONFIRMED'] },
    ...(all ? {} : { case: { departmentId: { in: depts } } }),
  };
  const [rows, total, deadJobs] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      include: { case: { select: { number: true } } },
    }),
    db.notification.count({ where }),
    all ? db.outboxMessage.count({ where: { topic: 'notification', status: 'DEAD' } }) : Promise.resolve(0),
  ]);
  return {
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      caseId: n.caseId,
      caseNumber: n.case?.number ?? null,
      status: n.wechatStatus,
      errcode: n.wechatErrcode,
      error: n.wechatError,
      attempts: n.wechatAttempts,
      createdAt: n.createdAt.toISOString(),
    })),
    total,
    deadJobs,
  };
}
