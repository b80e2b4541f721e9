import type { CaseRole } from '@shared/domain/case/transitions';
import type { Actor, RoleGrant, StaffRoleName } from '../domain/actor';

/**
 * The one place that decides who may do what. Pure functions of the actor and plain facts about the resource;
 * routes and services ask here and never check roles themselves.
 *
 * Roles of the issue mapped to the enum: window clerk = WINDOW_CLERK; department reviewer = HANDLER;
 * department head = APPROVER / DEPARTMENT_ADMIN; supervisor (督查) = SUPERVISOR; catalogue admin =
 * CATALOGUE_EDITOR; system admin = SYSTEM_ADMIN; 帮办代办员 = ASSISTANT.
 */

/** Facts about a case that decide access. */
export interface CaseScope {
  departmentId: string;
  regionCode: string;
  applicantUserId: string | null;
  agentUserId: string | null;
}

type Staff = Extract<Actor, { kind: 'staff' }>;

/** Roles that handle cases inside their department and region. */
const CASE_HANDLERS: StaffRoleName[] = ['WINDOW_CLERK', 'HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN'];

/** A grant covers a department/region when it is unscoped there (null) or matches; regions cover their subtree. */
function covers(g: RoleGrant, departmentId: string | null, regionCode: string | null): boolean {
  const deptOk = g.departmentId === null || g.departmentId === departmentId;
  const regionOk = g.regionCode === null || (regionCode !== null && regionCode.startsWith(g.regionCode));
  return deptOk && regionOk;
}

/** Supervisors read across departments: only the region scope counts. */
function inRegion(g: RoleGrant, regionCode: string): boolean {
  return g.regionCode === null || regionCode.startsWith(g.regionCode);
}

function grantsFor(actor: Staff, roles: StaffRoleName[]): RoleGrant[] {
  return actor.grants.filter((g) => roles.includes(g.role));
}

/** Staff who handle cases of this department and region. */
export function handlesCase(actor: Actor, c: Pick<CaseScope, 'departmentId' | 'regionCode'>): boolean {
  return actor.kind === 'staff' && grantsFor(actor, CASE_HANDLERS).some((g) => covers(g, c.departmentId, c.regionCode));
}

/** May the actor open this case? Citizens: their own (as applicant or agent). Staff: handled scope; supervisors: all. */
export function canViewCase(actor: Actor, c: CaseScope): boolean {
  if (actor.kind === 'citizen') return actor.userId === c.applicantUserId || actor.userId === c.agentUserId;
  if (actor.kind !== 'staff') return false;
  return handlesCase(actor, c) || grantsFor(actor, ['SUPERVISOR']).some((g) => inRegion(g, c.regionCode));
}

/** Staff roles as the case state machine names them (DEPARTMENT_ADMIN acts as a department head). */
const CASE_ROLE_OF: Partial<Record<StaffRoleName, CaseRole>> = {
  WINDOW_CLERK: 'WINDOW_CLERK',
  HANDLER: 'REVIEWER',
  APPROVER: 'APPROVER',
  DEPARTMENT_ADMIN: 'APPROVER',
};

/**
 * The roles an actor holds on this case for the state machine (shared/domain/case): the applicant or agent as
 * APPLICANT; staff through grants covering the case's department and region. Empty = no business with the case.
 */
export function caseRolesOf(actor: Actor, c: CaseScope): CaseRole[] {
  if (actor.kind === 'citizen') return actor.userId === c.applicantUserId || actor.userId === c.agentUserId ? ['APPLICANT'] : [];
  if (actor.kind !== 'staff') return [];
  const roles = grantsFor(actor, CASE_HANDLERS)
    .filter((g) => covers(g, c.departmentId, c.regionCode))
    .map((g) => CASE_ROLE_OF[g.role])
    .filter((r): r is CaseRole => r !== undefined);
  return [...new Set(roles)];
}

/**
 * May the actor see a case's personal data unmasked? Only the citizen it belongs to, and staff who handle it
 * (each such view is audited). Supervisors see everything masked (domain.md).
 */
export function canSeeCasePersonalData(actor: Actor, c: CaseScope): boolean {
  if (actor.kind === 'citizen') return actor.userId === c.applicantUserId || actor.userId === c.agentUserId;
  return handlesCase(actor, c);
}

/** May a staff member look a citizen up at all (masked)? Case staff, assistants and supervisors; not catalogue or system admins. */
export function canLookUpCitizen(actor: Actor): boolean {
  return actor.kind === 'staff' && grantsFor(actor, [...CASE_HANDLERS, 'ASSISTANT', 'SUPERVISOR']).length > 0;
}

/** May the actor see a citizen's own profile unmasked? Only the owner: staff see it unmasked only through a case they handle. */
export function canSeeOwnProfile(actor: Actor, userId: string): boolean {
  return actor.kind === 'citizen' && actor.userId === userId;
}

/** May the actor edit the catalogue entries of this department (null = city-wide items)? */
export function canEditCatalogue(actor: Actor, departmentId: string | null): boolean {
  if (actor.kind !== 'staff') return false;
  if (grantsFor(actor, ['SYSTEM_ADMIN']).length > 0) return true;
  return grantsFor(actor, ['CATALOGUE_EDITOR']).some((g) => g.departmentId === null || g.departmentId === departmentId);
}

/** May the actor read supervision figures for a region (and below)? */
export function canViewSupervision(actor: Actor, regionCode: string): boolean {
  return actor.kind === 'staff' && grantsFor(actor, ['SUPERVISOR', 'SYSTEM_ADMIN']).some((g) => inRegion(g, regionCode));
}

/** May the actor verify an agent authorisation against the documents? Window clerks and 帮办 assistants. */
export function canVerifyAuthorisation(actor: Actor): boolean {
  return actor.kind === 'staff' && grantsFor(actor, ['WINDOW_CLERK', 'ASSISTANT']).length > 0;
}

/** May the actor work on bad-rating follow-ups and complaints of this department (call back, outcome, reply)? Its case handlers. */
export function handlesDepartment(actor: Actor, departmentId: string, regionCode: string): boolean {
  return handlesCase(actor, { departmentId, regionCode });
}

/** May the actor read a department's follow-ups and complaints? Its handlers and supervisors of the region. */
export function canReadDepartmentFollowUps(actor: Actor, departmentId: string, regionCode: string): boolean {
  return handlesDepartment(actor, departmentId, regionCode) || (actor.kind === 'staff' && grantsFor(actor, ['SUPERVISOR']).some((g) => inRegion(g, regionCode)));
}

/** May the actor appeal a rating of this department as malicious? The department head (APPROVER, DEPARTMENT_ADMIN). */
export function canAppealRating(actor: Actor, departmentId: string, regionCode: string): boolean {
  return actor.kind === 'staff' && grantsFor(actor, ['APPROVER', 'DEPARTMENT_ADMIN']).some((g) => covers(g, departmentId, regionCode));
}

/** May the actor decide an appeal against a rating in this region? Supervisors (督查). */
export function canDecideRatingAppeal(actor: Actor, regionCode: string): boolean {
  return actor.kind === 'staff' && grantsFor(actor, ['SUPERVISOR']).some((g) => inRegion(g, regionCode));
}

/**
 * What part of the supervision dashboard the actor may read: supervisors (and system admins) their region
 * city-wide; department admins their own department only; null = none.
 */
export function supervisionScopeOf(actor: Actor): { regionCode: string | null; departmentIds: string[] | null } | null {
  if (actor.kind !== 'staff') return null;
  const wide = grantsFor(actor, ['SUPERVISOR', 'SYSTEM_ADMIN']);
  if (wide.length > 0) {
    const regions = wide.map((g) => g.regionCode);
    // The widest region granted (null = everywhere).
    const regionCode = regions.includes(null) ? null : regions.reduce((a, b) => ((a as string).length <= (b as string).length ? a : b));
    return { regionCode, departmentIds: null };
  }
  const depts = grantsFor(actor, ['DEPARTMENT_ADMIN']).map((g) => g.departmentId).filter((d): d is string => d !== null);
  return depts.length > 0 ? { regionCode: null, departmentIds: [...new Set(depts)] } : null;
}

export * from './staff-admin';
