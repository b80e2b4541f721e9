import type { Db } from '../../../server/db/client';
import { caseWorld } from '../cases/helpers';
import { staffMember } from '../review/helpers';

/**
 * A delivered case of the market regulator, its applicant (token), staff of the department with tokens (handler,
 * department head), a handler of another department, a supervisor and a stranger citizen's token.
 */
export async function ratingWorld(db: Db, opts: { status?: 'DELIVERED' | 'COMPLETED' | 'IN_PROGRESS'; deliveredAt?: Date } = {}) {
  const w = await caseWorld(db, { status: opts.status ?? 'DELIVERED' });
  await db.case.update({ where: { id: w.c.id }, data: { number: `5305-TEST-${w.c.id.slice(0, 8)}`, deliveredAt: opts.deliveredAt ?? new Date(), completedAt: new Date() } });
  const ga = await db.department.findFirstOrThrow({ where: { code: '5305-GA' } });
  const [handler, head, outsider, supervisor] = await Promise.all([
    staffMember(db, 'HANDLER', w.dept.id),
    staffMember(db, 'DEPARTMENT_ADMIN', w.dept.id),
    staffMember(db, 'HANDLER', ga.id),
    staffMember(db, 'SUPERVISOR', null),
  ]);
  return { ...w, handler, head, outsider, supervisor };
}
