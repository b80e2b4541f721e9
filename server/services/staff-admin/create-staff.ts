import type { TStaffAccount } from '@shared/schemas/staff-admin';
import { hashPassword } from '../../crypto/password';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { uniqueConflict } from '../catalog-admin/unique-conflict';
import { checkCreateAccount } from '../../policies';
import { presentStaffAccount, STAFF_ACCOUNT_INCLUDE } from '../../presenters/staff-account.presenter';

/** A new back-office account in a department, with no roles yet (roles are granted one by one, each audited). */
export async function createStaffAccount(
  db: Db,
  actor: Actor,
  body: { name: string; username: string; password: string; employeeNo: string | null; homeDepartmentId: string },
): Promise<TStaffAccount> {
  const refusal = checkCreateAccount(actor, body.homeDepartmentId);
  if (refusal) throw errors.forbidden(refusal.message);
  const dept = await db.department.findUnique({ where: { id: body.homeDepartmentId }, select: { id: true } });
  if (!dept) throw errors.validation([{ path: 'body.homeDepartmentId', message: '部门不存在' }], '部门不存在');
  const passwordHash = await hashPassword(body.password);
  const row = await db.staff
    .create({
      data: { name: body.name, username: body.username, passwordHash, employeeNo: body.employeeNo, homeDepartmentId: dept.id },
      include: STAFF_ACCOUNT_INCLUDE,
    })
    .catch(uniqueConflict('该用户名已被使用，请换一个'));
  return presentStaffAccount(row);
}
