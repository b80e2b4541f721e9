import type { CaseRole } from '@shared/domain/case/transitions';
import type { Db, DbTx } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { canViewCase, caseRolesOf } from '../../policies';

export type StaffActor = Extract<Actor, { kind: 'staff' }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The case's access facts and the staff member's roles on it: 404 for an unknown case, 403 when it is outside the
 * member's scope. `roles` is empty for read-only viewers (supervisors); `needRole` turns that into 403 as well.
 */
export async function loadCaseForStaff(db: Db | DbTx, actor: StaffActor, caseId: string, opts: { needRole?: boolean } = {}) {
  const c = UUID.test(caseId)
    ? await db.case.findUnique({ where: { id: caseId }, select: { id: true, departmentId: true, regionCode: true, applicantUserId: true, agentUserId: true } })
    : null;
  if (!c) throw errors.notFound('办件不存在');
  if (!canViewCase(actor, c)) throw errors.forbidden('该办件不属于您或您所在的部门');
  const roles: CaseRole[] = caseRolesOf(actor, c);
  if (opts.needRole && roles.length === 0) throw errors.forbidden('您只能查看该办件，不能办理');
  return { scope: c, roles };
}
