import { API_PREFIX } from '@shared/api';
import type { TCaseQr } from '@shared/schemas/review';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { canViewCase } from '../../policies';
import { CASE_QR_TTL_SECONDS, signCaseQr } from './case-qr';

/** Refresh a minute before expiry, so the code on the screen is never one the window would refuse. */
const REFRESH_MARGIN_SECONDS = 60;

/**
 * The citizen's short-lived case QR token (their own cases only; anyone else's is 404, existence not confirmed),
 * with the link of its PNG. The link carries the signed token itself, so it lives exactly as long as the token.
 */
export async function getCaseQr(db: Db, key: Buffer, actor: Extract<Actor, { kind: 'citizen' }>, caseId: string, now = new Date()): Promise<TCaseQr> {
  const c = /^[0-9a-f-]{36}$/i.test(caseId)
    ? await db.case.findUnique({ where: { id: caseId }, select: { id: true, departmentId: true, regionCode: true, applicantUserId: true, agentUserId: true } })
    : null;
  if (!c || !canViewCase(actor, c)) throw errors.notFound('办件不存在');
  const { token, exp } = signCaseQr(key, c.id, now.getTime());
  return {
    token,
    expiresAt: new Date(exp * 1000).toISOString(),
    imageUrl: `${API_PREFIX}/case-qr.png?t=${encodeURIComponent(token)}`,
    refreshInSeconds: CASE_QR_TTL_SECONDS - REFRESH_MARGIN_SECONDS,
  };
}
