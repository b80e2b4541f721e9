import { DEPARTMENT_GRANTABLE_ROLES } from '@shared/schemas/staff-admin';
import type { Actor, StaffRoleName } from '../domain/actor';

/**
 * Who may manage staff accounts and hand out roles. A system administrator manages everyone. A department
 * administrator manages the accounts of their own department(s) and may hand out only that department's working
 * roles; city-wide roles (supervisor, system admin, department admin, unscoped grants) need a system administrator.
 * Nobody changes their own roles or status: a second person is always involved.
 */

type Staff = Extract<Actor, { kind: 'staff' }>;

export interface StaffTarget {
  staffId: string;
  homeDepartmentId: string | null;
}

export interface GrantRequest {
  role: StaffRoleName;
  departmentId: string | null;
  regionCode: string | null;
}

/** Why a staff-administration action is refused (null = allowed). */
export type StaffAdminRefusal = { kind: 'forbidden'; message: string } | null;

const forbid = (message: string): StaffAdminRefusal => ({ kind: 'forbidden', message });

export function isSystemAdmin(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.grants.some((g) => g.role === 'SYSTEM_ADMIN' && g.departmentId === null && g.regionCode === null);
}

/** Departments the actor administers (empty for a system admin: they are not limited to a list). */
export function administeredDepartments(actor: Actor): string[] {
  if (actor.kind !== 'staff') return [];
  return [...new Set(actor.grants.filter((g) => g.role === 'DEPARTMENT_ADMIN' && g.departmentId !== null).map((g) => g.departmentId!))];
}

/** May the actor see the staff list / manage accounts at all? */
export function canAdministerStaff(actor: Actor): actor is Staff {
  return actor.kind === 'staff' && (isSystemAdmin(actor) || administeredDepartments(actor).length > 0);
}

/** May the actor manage this account (status, grants)? */
export function checkManageAccount(actor: Actor, target: StaffTarget): StaffAdminRefusal {
  if (!canAdministerStaff(actor)) return forbid('只有部门管理员或系统管理员可以管理工作人员');
  if (actor.staffId === target.staffId) return forbid('不能修改自己的账号或角色，请由其他管理员办理');
  if (isSystemAdmin(actor)) return null;
  if (target.homeDepartmentId && administeredDepartments(actor).includes(target.homeDepartmentId)) return null;
  return forbid('只能管理本部门的工作人员');
}

/** May the actor create an account in this department? */
export function checkCreateAccount(actor: Actor, homeDepartmentId: string): StaffAdminRefusal {
  if (!canAdministerStaff(actor)) return forbid('只有部门管理员或系统管理员可以新建账号');
  if (isSystemAdmin(actor) || administeredDepartments(actor).includes(homeDepartmentId)) return null;
  return forbid('只能在本部门新建账号');
}

/** May the actor give (or take back) this grant on this account? */
export function checkGrant(actor: Actor, target: StaffTarget, grant: GrantRequest): StaffAdminRefusal {
  const account = checkManageAccount(actor, target);
  if (account) return account;
  if (isSystemAdmin(actor)) return null;
  if (!(DEPARTMENT_GRANTABLE_ROLES as readonly string[]).includes(grant.role)) return forbid('该角色只能由系统管理员授予或收回');
  if (grant.departmentId === null || !administeredDepartments(actor).includes(grant.departmentId)) return forbid('只能授予或收回本部门范围内的角色');
  return null;
}
