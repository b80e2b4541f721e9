import type { Actor, RoleGrant, StaffRoleName } from '../actor';

/** Roles that may edit, publish, retire, import and print posters for catalogue items. */
export const CATALOGUE_ROLES: StaffRoleName[] = ['CATALOGUE_EDITOR', 'SYSTEM_ADMIN'];

/** Where an item sits: its implementing department and its region with every ancestor (own code first). */
export interface ItemPlace {
  departmentId: string;
  regionAncestry: string[];
}

/**
 * True when the grant reaches the item: a department-scoped grant only its department, a region-scoped grant its
 * region and everything below it, an unscoped grant everything.
 */
export function grantCovers(grant: RoleGrant, place: ItemPlace): boolean {
  if (grant.departmentId && grant.departmentId !== place.departmentId) return false;
  if (grant.regionCode && !place.regionAncestry.includes(grant.regionCode)) return false;
  return true;
}

/** True when the staff actor holds one of the roles in a scope that reaches the item. */
export function canActOn(actor: Actor, roles: StaffRoleName[], place: ItemPlace): boolean {
  return actor.kind === 'staff' && actor.grants.some((g) => roles.includes(g.role) && grantCovers(g, place));
}
