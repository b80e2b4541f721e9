import type { TRealNameProfile } from '@shared/schemas/identity';
import type { Actor } from '../../domain/actor';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { canLookUpCitizen } from '../../policies';
import { presentProfile } from '../../presenters/profile.presenter';
import { recordAudit } from './record-audit';

type Staff = Extract<Actor, { kind: 'staff' }>;

/**
 * A staff member looks up a citizen's real-name profile outside a case: always masked (full data only through a
 * case they handle), and still recorded with the stated purpose, because even masked data says who someone is.
 */
export async function viewCitizenProfile(
  db: Db,
  actor: Staff,
  userId: string,
  purpose: string,
  meta: { requestId?: string; ip?: string },
): Promise<TRealNameProfile> {
  if (!canLookUpCitizen(actor)) throw errors.forbidden();
  const user = /^[0-9a-f-]{36}$/.test(userId) ? await db.user.findUnique({ where: { id: userId }, include: { profile: true } }) : null;
  if (!user || !user.profile || user.status !== 'ACTIVE') throw errors.notFound('找不到该市民的实名信息');
  const department = actor.homeDepartmentId ? await db.department.findUnique({ where: { id: actor.homeDepartmentId }, select: { name: true } }) : null;
  await recordAudit(db, {
    actor: { kind: 'staff', staffId: actor.staffId, label: department ? `${actor.name}（${department.name}）` : actor.name },
    action: 'VIEW_PERSONAL_DATA',
    subjectUserId: user.id,
    entity: 'real_name_profiles',
    entityId: user.id,
    fields: ['name:masked', 'idNumber:masked', 'phone:masked', 'address:masked'],
    purpose,
    ...meta,
  });
  return presentProfile(user.profile, { enc: null, masked: user.phoneMasked }, { full: false });
}
