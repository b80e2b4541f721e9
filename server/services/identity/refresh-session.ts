import type { TSession } from '@shared/schemas/identity';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { STAFF_SESSION_TTL_MS, issueSession } from './issue-session';

/**
 * Swap a valid session for a new one (new token, new expiry) without a new WeChat login; the old token is revoked in
 * the same transaction, so a token can be refreshed only once (a replayed refresh gets 401).
 */
export async function refreshSession(db: Db, sessionId: string, meta: { userAgent?: string; ip?: string }): Promise<TSession> {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const old = await tx.session.findUnique({ where: { id: sessionId } });
    const revoked = await tx.session.updateMany({ where: { id: sessionId, revokedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now } });
    if (!old || revoked.count === 0) throw errors.unauthenticated();
    const subject = old.userId ? { userId: old.userId } : { staffId: old.staffId! };
    const next = await issueSession(tx, subject, { ...meta, ...(old.staffId ? { ttlMs: STAFF_SESSION_TTL_MS } : {}) });
    return { token: next.token, expiresAt: next.expiresAt.toISOString(), kind: old.userId ? 'citizen' : 'staff' };
  });
}

/** Revoke one session (logout). Idempotent. */
export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
