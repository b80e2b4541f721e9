import type { TSession, TStaffMe } from '@shared/schemas/identity';
import { DUMMY_HASH_PROMISE, verifyPassword } from '../../crypto/password';
import type { Db } from '../../db/client';
import { AppError, errors } from '../../errors';
import { STAFF_SESSION_TTL_MS, issueSession } from './issue-session';
import { recordAudit } from './record-audit';
import { recordPrivilegedAction } from './record-privileged-action';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const WRONG = '用户名或密码错误';

/**
 * Staff sign-in with username + password (scrypt). Five consecutive failures lock the account for 15 minutes;
 * unknown usernames cost the same time as known ones and get the same message, so neither reveals which
 * accounts exist. Failures are written to the security log only.
 */
export async function staffLogin(
  db: Db,
  body: { username: string; password: string },
  meta: { userAgent?: string; ip?: string; requestId?: string },
  now: Date = new Date(),
): Promise<TSession> {
  const staff = await db.staff.findUnique({ where: { username: body.username } });
  const security = (purpose: string, staffId?: string) =>
    recordAudit(db, { actor: { kind: 'system' }, action: 'SECURITY_EVENT', entity: 'staff', entityId: staffId ?? '-', purpose, ...meta });

  if (!staff || !staff.passwordHash || staff.status !== 'ACTIVE') {
    await verifyPassword(body.password, await DUMMY_HASH_PROMISE());
    // The attempted username is not recorded: people type passwords into the wrong field.
    await security('staff login failed: unknown or inactive username');
    throw new AppError('UNAUTHENTICATED', WRONG);
  }
  if (staff.lockedUntil && staff.lockedUntil > now) {
    await security('staff login refused: account locked', staff.id);
    throw new AppError('RATE_LIMITED', '密码错误次数过多，账号已锁定15分钟，请稍后再试');
  }
  if (!(await verifyPassword(body.password, staff.passwordHash))) {
    // Atomic increment: parallel guesses cannot slip past the limit.
    const updated = await db.staff.update({ where: { id: staff.id }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } });
    if (updated.failedLogins >= MAX_FAILED_LOGINS) {
      await db.staff.update({ where: { id: staff.id }, data: { lockedUntil: new Date(now.getTime() + LOCKOUT_MS), failedLogins: 0 } });
      await security(`staff login failed: wrong password, account locked for 15 minutes`, staff.id);
      throw new AppError('RATE_LIMITED', '密码错误次数过多，账号已锁定15分钟，请稍后再试');
    }
    await security(`staff login failed: wrong password (${updated.failedLogins}/${MAX_FAILED_LOGINS})`, staff.id);
    throw new AppError('UNAUTHENTICATED', WRONG);
  }
  await db.staff.update({ where: { id: staff.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
  const session = await issueSession(db, { staffId: staff.id }, { ...meta, ttlMs: STAFF_SESSION_TTL_MS });
  await recordPrivilegedAction(db, { staff: { staffId: staff.id, name: staff.name }, action: 'staff.login', entity: 'sessions', entityId: session.sessionId, requestId: meta.requestId, ip: meta.ip });
  return { token: session.token, expiresAt: session.expiresAt.toISOString(), kind: 'staff' };
}

/** The signed-in staff member with departments and role scopes. */
export async function getStaffMe(db: Db, staffId: string): Promise<TStaffMe> {
  const s = await db.staff.findUnique({
    where: { id: staffId },
    include: { homeDepartment: { select: { id: true, name: true } }, roles: { include: { department: { select: { name: true } } } } },
  });
  if (!s) throw errors.unauthenticated();
  return {
    id: s.id,
    name: s.name,
    username: s.username,
    department: s.homeDepartment,
    roles: s.roles.map((r) => ({ role: r.role, departmentId: r.departmentId, departmentName: r.department?.name ?? null, regionCode: r.regionCode })),
  };
}
