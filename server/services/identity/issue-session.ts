import type { DbTx, Db } from '../../db/client';
import { hashSessionToken, newSessionToken } from './session-token';

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
/** Hall PCs are shared: a staff session lasts one working day. */
export const STAFF_SESSION_TTL_MS = 12 * 3600 * 1000;

/** Create a session for a citizen or a staff member; returns the token (shown once) and its expiry. */
export async function issueSession(
  db: Db | DbTx,
  subject: { userId: string } | { staffId: string },
  meta: { userAgent?: string; ip?: string; ttlMs?: number } = {},
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + (meta.ttlMs ?? SESSION_TTL_MS));
  const row = await db.session.create({
    data: {
      tokenHash: hashSessionToken(token),
      subject: 'userId' in subject ? 'USER' : 'STAFF',
      userId: 'userId' in subject ? subject.userId : null,
      staffId: 'staffId' in subject ? subject.staffId : null,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 300),
      ip: meta.ip,
    },
  });
  return { token, sessionId: row.id, expiresAt };
}
