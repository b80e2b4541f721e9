import type { TStaffAccountList } from '@shared/schemas/staff-admin';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { administeredDepartments, canAdministerStaff, isSystemAdmin } from '../../policies';
import { presentStaffAccount, STAFF_ACCOUNT_INCLUDE } from '../../presenters/staff-account.presenter';

/** The accounts the caller administers: everyone for a system admin, their own department(s) otherwise. */
export async function listStaff(
  db: Db,
  actor: Actor,
  query: { departmentId?: string; q?: string; page: number; pageSize: number },
): Promise<TStaffAccountList> {
  if (!canAdministerStaff(actor)) throw errors.forbidden('只有部门管理员或系统管理员可以查看工作人员');
  let departments: string[] | null = null;
  if (!isSystemAdmin(actor)) {
    departments = administeredDepartments(actor);
    if (query.departmentId && !departments.includes(query.departmentId)) throw errors.forbidden('只能查看本部门的工作人员');
  }
  const where: Prisma.StaffWhereInput = {
    ...(query.departmentId ? { homeDepartmentId: query.departmentId } : departments ? { homeDepartmentId: { in: departments } } : {}),
    ...(query.q
      ? { OR: [{ name: { contains: query.q } }, { username: { contains: query.q, mode: 'insensitive' } }, { employeeNo: { contains: query.q } }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.staff.count({ where }),
    db.staff.findMany({ where, include: STAFF_ACCOUNT_INCLUDE, orderBy: [{ name: 'asc' }, { id: 'asc' }], skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
  ]);
  return { total, items: rows.map(presentStaffAccount) };
}
