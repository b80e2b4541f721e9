import type { TCaseQr } from '@shared/schemas/review';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { canViewCase } from '../../policies';
import { signCaseQr } from './case-qr';

/** The citizen's short-lived case QR token (their own cases only; anyone else's is 404, existence not confirmed). */
export async function getCaseQr(db: Db, key: Buffer, actor: Extract<Actor, { kind: 'citizen' }>, caseId: string, now = new Date()): Promise<TCaseQr> {
  const c = /^[0-9a-f-]{36}$/i.test(caseId)
    ? await db.case.findUnique({ where: { id: caseId }, select: { id: true, departmentId: true, regionCode: true, applicantUserId: true, agentUserId: true } })
    : null;
  if (!c || !canViewCase(actor, c)) throw errors.notFound('办件不存在');
  const { token, exp } = signCaseQr(key, c.id, now.getTime());
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}
