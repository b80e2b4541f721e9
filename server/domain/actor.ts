/** Staff roles as the domain knows them (mirrors the database enum; kept here so domain/ stays Prisma-free). */
export type StaffRoleName =
  | 'WINDOW_CLERK'
  | 'HANDLER'
  | 'APPROVER'
  | 'DEPARTMENT_ADMIN'
  | 'CATALOGUE_EDITOR'
  | 'ASSISTANT'
  | 'SUPERVISOR'
  | 'SYSTEM_ADMIN';

/** A role held within a scope: a department, a region (and everything below it), or everywhere (both null). */
export interface RoleGrant {
  role: StaffRoleName;
  departmentId: string | null;
  regionCode: string | null;
}

/** Who is making a request. Decided once per request; policies take it as input. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'citizen'; userId: string; sessionId: string }
  | { kind: 'staff'; staffId: string; sessionId: string; name: string; homeDepartmentId: string | null; grants: RoleGrant[] };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** True when the staff actor holds one of the roles (in any scope). */
export function hasRole(actor: Actor, ...roles: StaffRoleName[]): boolean {
  return actor.kind === 'staff' && actor.grants.some((g) => roles.includes(g.role));
}
