import { deviceLabel, maskIp } from '@shared/domain/identity/device-label';
import type { TMySession } from '@shared/schemas/session';
import type { Db } from '../../db/client';
import { errors } from '../../errors';

const UUID = /^[0-9a-f-]{36}$/;

/** The citizen's live sessions (not revoked, not expired), newest activity first. */
export async function listMySessions(db: Db, userId: string, currentSessionId: string, now: Date = new Date()): Promise<{ items: TMySession[] }> {
  const rows = await db.session.findMany({ where: { userId, revokedAt: null, expiresAt: { gt: now } }, orderBy: [{ lastSeenAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }] });
  return {
    items: rows.map((s) => ({
      id: s.id,
      current: s.id === currentSessionId,
      device: deviceLabel(s.userAgent),
      ip: maskIp(s.ip),
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt?.toISOString() ?? null,
      expiresAt: s.expiresAt.toISOString(),
    })),
  };
}

/** Sign one of the citizen's devices out. Another person's session id is 404, like an unknown one. */
export async function revokeMySession(db: Db, userId: string, sessionId: string): Promise<{ ok: true }> {
  const res = UUID.test(sessionId) ? await db.session.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } }) : { count: 0 };
  if (res.count === 0) throw errors.notFound('找不到该登录设备');
  return { ok: true };
}

/** "退出其他设备": revoke every live session of the citizen except the one making the request. */
export async function revokeOtherSessions(db: Db, userId: string, currentSessionId: string): Promise<{ revoked: number }> {
  const res = await db.session.updateMany({ where: { userId, id: { not: currentSessionId }, revokedAt: null }, data: { revokedAt: new Date() } });
  return { revoked: res.count };
}
