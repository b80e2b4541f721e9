import type { Db, DbTx } from '../../db/client';
import { owedPostageWhere } from './refund-owed-postage';

/** graphile-worker task that refunds the owed postage of one case (server/jobs/delivery-tasks.ts). */
export const REFUND_CASE_TASK = 'payments:refundCase';
/** Attempts before the job gives up; the 5-minute sweep (reconcilePayments) stays the backstop. */
export const REFUND_CASE_MAX_ATTEMPTS = 10;

/** One job per case: a withdrawal and a switch to window pickup in quick succession collapse into one. */
export const refundCaseJobKey = (caseId: string) => `refund:case:${caseId}`;

/**
 * Queue the refund of a case's postage when some is owed (a paid payment of a withdrawn or not accepted case, or of
 * one no longer sent by courier). Call it inside the transaction that ends the case or changes its delivery, so the
 * job commits with the cause and runs at once instead of waiting for the sweep. Returns whether a job was added.
 */
export async function enqueuePostageRefund(db: Db | DbTx, caseId: string): Promise<boolean> {
  if ((await db.payment.count({ where: owedPostageWhere(db, caseId) })) === 0) return false;
  await db.$executeRaw`SELECT graphile_worker.add_job(
    ${REFUND_CASE_TASK}::text,
    payload := ${JSON.stringify({ caseId })}::json,
    max_attempts := ${REFUND_CASE_MAX_ATTEMPTS}::int,
    job_key := ${refundCaseJobKey(caseId)}::text
  )`;
  return true;
}
