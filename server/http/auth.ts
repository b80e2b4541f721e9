import type { Middleware } from 'koa';
import { ANONYMOUS, hasRole, type Actor, type StaffRoleName } from '../domain/actor';
import type { Db } from '../db/client';
import { errors } from '../errors';
import { hashSessionToken } from '../services/identity/session-token';
import type { AppContext, AppState } from './context';

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

/**
 * Resolve the bearer token to an actor. A missing token is anonymous; a malformed, unknown, expired or revoked
 * token is 401 (the client then signs in again) — never silently anonymous, so a stale client notices.
 */
export function authenticate(db: Db): Middleware<AppState> {
  return async (ctx, next) => {
    const header = ctx.get('Authorization');
    ctx.state.actor = ANONYMOUS;
    if (header) {
      const m = BEARER.exec(header);
      if (!m) throw errors.unauthenticated();
      const session = await db.session.findUnique({
        where: { tokenHash: hashSessionToken(m[1]!) },
        include: { user: { select: { id: true, status: true } }, staff: { include: { roles: true } } },
      });
      const now = new Date();
      if (!session || session.revokedAt || session.expiresAt <= now) throw errors.unauthenticated();
      await touchSession(db, session.id, session.lastSeenAt, now);
      if (session.user && session.user.status === 'ACTIVE') {
        ctx.state.actor = { kind: 'citizen', userId: session.user.id, sessionId: session.id };
      } else if (session.staff && session.staff.status === 'ACTIVE') {
        ctx.state.actor = {
          kind: 'staff',
          staffId: session.staff.id,
          sessionId: session.id,
          name: session.staff.name,
          homeDepartmentId: session.staff.homeDepartmentId,
          grants: session.staff.roles.map((r) => ({ role: r.role, departmentId: r.departmentId, regionCode: r.regionCode })),
        };
      } else {
        throw errors.unauthenticated();
      }
    }
    await next();
  };
}

/** How stale lastSeenAt may get: one write per session per minute at most, not one per request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * Record activity for "my devices". The guarded update (only when older than a minute) keeps parallel requests
 * from writing twice and keeps the hot path to one read for all but one request a minute.
 */
async function touchSession(db: Db, id: string, lastSeenAt: Date | null, now: Date): Promise<void> {
  if (lastSeenAt && now.getTime() - lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return;
  const threshold = new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS);
  await db.session.updateMany({ where: { id, OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: threshold } }] }, data: { lastSeenAt: now } });
}

/** The calling citizen, or 401. */
export function requireCitizen(ctx: AppContext): Extract<Actor, { kind: 'citizen' }> {
  const a = ctx.state.actor;
  if (a.kind !== 'citizen') throw a.kind === 'anonymous' ? errors.unauthenticated() : errors.forbidden();
  return a;
}

/** The calling staff member holding one of the roles (any, if none given), or 401/403. */
export function requireStaff(ctx: AppContext, ...roles: StaffRoleName[]): Extract<Actor, { kind: 'staff' }> {
  const a = ctx.state.actor;
  if (a.kind === 'anonymous') throw errors.unauthenticated();
  if (a.kind !== 'staff' || (roles.length > 0 && !hasRole(a, ...roles))) throw errors.forbidden();
  return a;
}
