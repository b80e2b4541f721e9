import type { TRectificationEntry } from '@shared/schemas/ratings';
import type { z } from 'zod';
import type { ZRectificationQuery } from '@shared/schemas/ratings';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { presentRating, presentRectification } from '../../presenters/rating.presenter';
import type { LoadedRectification } from './rectification-access';
import { staffNames } from './staff-names';

type Staff = Extract<Actor, { kind: 'staff' }>;

const INCLUDE = {
  department: { select: { name: true } },
  rating: { include: { appeal: true, case: { select: { id: true, number: true, regionCode: true, applicantUserId: true, agentUserId: true, applicantNameMasked: true, contactPhoneMasked: true, itemVersion: { select: { name: true } } } } } },
} satisfies Prisma.RectificationTaskInclude;

/**
 * GET /staff/rectifications: bad-rating follow-ups of the departments the member handles (supervisors: all of their
 * region), overdue first then by due date. Unresolved by default.
 */
export async function listRectifications(db: Db, actor: Staff, q: z.infer<typeof ZRectificationQuery>, now = new Date()): Promise<{ items: TRectificationEntry[] }> {
  const scopes = actor.grants.flatMap((g): Prisma.RectificationTaskWhereInput[] => {
    const region = g.regionCode ? { rating: { regionCode: { startsWith: g.regionCode } } } : {};
    if (['WINDOW_CLERK', 'HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN'].includes(g.role)) return [{ ...(g.departmentId ? { departmentId: g.departmentId } : {}), ...region }];
    if (g.role === 'SUPERVISOR') return [region];
    return [];
  });
  if (scopes.length === 0) throw errors.forbidden('您没有处理差评整改的权限');
  const rows = await db.rectificationTask.findMany({
    where: { AND: [{ OR: scopes }, q.status ? { status: q.status } : { status: { not: 'RESOLVED' } }] },
    include: INCLUDE,
    orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
    take: 200,
  });
  const names = await staffNames(db, rows.flatMap((t) => [t.calledBackByStaffId, t.resolvedByStaffId]));
  return { items: rows.map((t) => presentRectificationEntry(t, names, now)) };
}

/** One task as staff see it (applicant masked: the full phone is in the audited case view). */
export function presentRectificationEntry(t: LoadedRectification, names: Map<string, string>, now = new Date()): TRectificationEntry {
  const c = t.rating.case;
  const a = t.rating.appeal;
  return {
    ...presentRectification(t, { departmentName: t.department.name, staff: names }, now),
    caseId: c.id,
    caseNumber: c.number,
    itemName: c.itemVersion?.name ?? null,
    applicantNameMasked: c.applicantNameMasked,
    contactPhoneMasked: c.contactPhoneMasked,
    rating: presentRating(t.rating),
    appeal: a ? { id: a.id, status: a.status, reason: a.reason, decisionNote: a.decisionNote } : null,
  };
}
