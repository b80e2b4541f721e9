import type { TMyCaseRating } from '@shared/schemas/ratings';
import type { Db, DbTx } from '../../db/client';
import { errors } from '../../errors';
import { presentRating, presentRectification } from '../../presenters/rating.presenter';
import { staffNames } from './staff-names';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The citizen's own case (applicant or agent) with what rating needs; anyone else's is 404 (existence not told). */
export async function loadCaseForRating(db: Db | DbTx, userId: string, caseId: string) {
  const c = UUID.test(caseId)
    ? await db.case.findFirst({
        where: { id: caseId, OR: [{ applicantUserId: userId }, { agentUserId: userId }] },
        select: {
          id: true, number: true, status: true, departmentId: true, regionCode: true, parentId: true,
          itemVersion: { select: { name: true, itemId: true } },
          department: { select: { name: true } },
          rating: { include: { rectification: true } },
        },
      })
    : null;
  if (!c) throw errors.notFound('办件不存在');
  return c;
}

type RatingCase = Awaited<ReturnType<typeof loadCaseForRating>>;

/** Why the applicant cannot rate this case now, or null when they can. */
export function cannotRateReason(c: Pick<RatingCase, 'status' | 'rating'>): string | null {
  if (c.rating) return '该办件已评价，每件只能评价一次';
  if (c.status !== 'DELIVERED') return '办件办结并送达结果后才能评价';
  return null;
}

/** GET /me/cases/:id/rating: whether the applicant can rate, their rating and the follow-up of a bad one. */
export async function getMyCaseRating(db: Db, userId: string, caseId: string): Promise<TMyCaseRating> {
  return presentMyCaseRating(db, await loadCaseForRating(db, userId, caseId));
}

export async function presentMyCaseRating(db: Db | DbTx, c: RatingCase): Promise<TMyCaseRating> {
  const task = c.rating?.rectification ?? null;
  const reason = cannotRateReason(c);
  return {
    caseId: c.id,
    caseNumber: c.number,
    itemName: c.itemVersion?.name ?? null,
    canRate: reason === null,
    cannotRateReason: reason,
    rating: c.rating ? presentRating(c.rating) : null,
    rectification: task
      ? presentRectification(task, { departmentName: c.department.name, staff: await staffNames(db, [task.calledBackByStaffId, task.resolvedByStaffId]) })
      : null,
  };
}
