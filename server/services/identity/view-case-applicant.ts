import type { TRealNameProfile } from '@shared/schemas/identity';
import type { Actor } from '../../domain/actor';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { canSeeCasePersonalData, canViewCase } from '../../policies';
import { presentProfile } from '../../presenters/profile.presenter';
import { recordAudit } from './record-audit';

type Staff = Extract<Actor, { kind: 'staff' }>;

/**
 * The applicant's real-name profile as seen from a case: in full for staff who handle the case (each view
 * audited with the case and the stated purpose, so the citizen sees it under 谁查看了我的数据), masked for
 * supervisors, refused for everybody else.
 */
export async function viewCaseApplicant(
  deps: { db: Db; pii: FieldCrypto },
  actor: Staff,
  caseId: string,
  purpose: string,
  meta: { requestId?: string; ip?: string },
): Promise<TRealNameProfile> {
  const c = /^[0-9a-f-]{36}$/.test(caseId)
    ? await deps.db.case.findUnique({
        where: { id: caseId },
        select: { id: true, departmentId: true, regionCode: true, applicantUserId: true, agentUserId: true },
      })
    : null;
  if (!c) throw errors.notFound('找不到该办件');
  if (!canViewCase(actor, c)) throw errors.forbidden('该办件不在您的办理范围内');
  const user = c.applicantUserId ? await deps.db.user.findUnique({ where: { id: c.applicantUserId }, include: { profile: true } }) : null;
  if (!user?.profile) throw errors.notFound('该办件的申请人没有实名信息');
  const full = canSeeCasePersonalData(actor, c);
  const department = actor.homeDepartmentId ? await deps.db.department.findUnique({ where: { id: actor.homeDepartmentId }, select: { name: true } }) : null;
  const fields = ['name', 'idNumber', 'phone', 'address'].map((f) => (full ? f : `${f}:masked`));
  await recordAudit(deps.db, {
    actor: { kind: 'staff', staffId: actor.staffId, label: department ? `${actor.name}（${department.name}）` : actor.name },
    action: 'VIEW_PERSONAL_DATA',
    subjectUserId: user.id,
    caseId: c.id,
    entity: 'cases',
    entityId: c.id,
    fields,
    purpose,
    ...meta,
  });
  const phone = { enc: user.phoneEnc, masked: user.phoneMasked };
  return presentProfile(user.profile, phone, full ? { full: true, pii: deps.pii } : { full: false });
}
