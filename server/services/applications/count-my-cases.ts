import { bundleStanding } from '@shared/domain/case/bundle';
import type { TCaseStatus } from '@shared/domain/case/transitions';
import type { TMyCaseCounts } from '@shared/schemas/application';
import type { Db } from '../../db/client';

const WITH_DEPARTMENT: readonly TCaseStatus[] = ['SUBMITTED', 'RESUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'SUSPENDED'];

/** Counts by what the status asks of the applicant; a bundle counts once, with the status its parts give it. */
export function countByStatus(statuses: readonly TCaseStatus[]): TMyCaseCounts {
  const n = (pred: (s: TCaseStatus) => boolean) => statuses.filter(pred).length;
  return {
    total: statuses.length,
    toCorrect: n((s) => s === 'CORRECTION_REQUIRED'),
    drafts: n((s) => s === 'DRAFT'),
    inProgress: n((s) => WITH_DEPARTMENT.includes(s)),
    resultReady: n((s) => s === 'COMPLETED'),
  };
}

/** GET /me/case-counts: the citizen's cases (as applicant or agent) counted for the 我的办件 entry points. */
export async function countMyCases(db: Db, userId: string): Promise<TMyCaseCounts> {
  const rows = await db.case.findMany({
    where: { OR: [{ applicantUserId: userId }, { agentUserId: userId }], parentId: null },
    select: { status: true, children: { select: { status: true } } },
  });
  return countByStatus(rows.map((r) => (r.children.length > 0 ? bundleStanding(r.children.map((c) => c.status)).status : r.status)));
}
