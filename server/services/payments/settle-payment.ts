import type { TTransaction } from '../../adapters/wechatpay/wechatpay.port';
import type { Db, DbTx } from '../../db/client';
import type { CaseStatus } from '../../generated/prisma/client';
import { recordAudit } from '../identity/record-audit';
import type { PayDeps } from './pay-deps';

/** Cases whose postage goes back to the applicant: nothing will be sent. */
export const REFUND_CASE_STATUSES: readonly CaseStatus[] = ['WITHDRAWN', 'NOT_ACCEPTED'];

export type SettleOutcome =
  | { kind: 'paid'; paymentId: string; refundReason: string | null }
  | { kind: 'duplicate'; paymentId: string }
  | { kind: 'unpaid'; paymentId: string; tradeState: string }
  | { kind: 'rejected'; reason: string };

/**
 * Apply what WeChat says about an order (a verified notify or an order query) to our payment, in one transaction
 * with the payment row locked: a notify, its retries and a query racing each other settle it exactly once.
 * appid, mchid and the amount must match our order, or nothing changes and the payment is flagged for review
 * (audited as a security event). A payment that lands after the case ended, or next to another paid one (two
 * payments for one parcel), is settled and marked for a refund: the money is real and goes back.
 */
export async function settlePayment(deps: { db: Db; pay: PayDeps }, t: TTransaction, source: 'notify' | 'query'): Promise<SettleOutcome> {
  return deps.db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string; case_id: string }[]>`SELECT id, case_id FROM payments WHERE out_trade_no = ${t.out_trade_no} FOR UPDATE`;
    // The case's status is read under a share lock: a withdrawal (or a switch to window pickup) committing meanwhile
    // is either seen here (and refunded below) or waits for this payment to commit and then sees it paid (and queues
    // the refund itself). Without it each side could miss the other, leaving the refund to the sweep.
    if (locked[0]) await tx.$queryRaw`SELECT id FROM cases WHERE id = ${locked[0].case_id} FOR SHARE`;
    const p = locked[0] ? await tx.payment.findUnique({ where: { id: locked[0].id }, include: { case: { select: { id: true, status: true, deliveryMethod: true } } } }) : null;
    if (!p) {
      await flag(tx, null, `unknown out_trade_no from ${source}`);
      return { kind: 'rejected', reason: 'unknown_order' };
    }
    const problems = [
      t.appid !== deps.pay.client.appid ? 'appid' : null,
      t.mchid !== deps.pay.client.mchid ? 'mchid' : null,
      (t.trade_state === 'SUCCESS' || t.trade_state === 'REFUND') && t.amount?.total !== p.amountFen ? 'amount' : null,
    ].filter((x): x is string => x !== null);
    if (problems.length > 0) {
      const reason = `${source}: ${problems.join(',')} mismatch`;
      await tx.payment.update({ where: { id: p.id }, data: { flaggedReason: reason } });
      await flag(tx, p, reason);
      return { kind: 'rejected', reason: problems.join(',') };
    }
    if (t.trade_state !== 'SUCCESS' && t.trade_state !== 'REFUND') return { kind: 'unpaid', paymentId: p.id, tradeState: t.trade_state };
    if (p.status === 'PAID') return { kind: 'duplicate', paymentId: p.id };

    await tx.payment.update({
      where: { id: p.id },
      data: { status: 'PAID', transactionId: t.transaction_id ?? null, paidAt: t.success_time ? new Date(t.success_time) : new Date(), closedAt: null },
    });
    const otherPaid = await tx.payment.count({ where: { caseId: p.caseId, id: { not: p.id }, status: 'PAID', refundedFen: { lt: tx.payment.fields.amountFen } } });
    const refundReason = otherPaid > 0
      ? '同一办件重复支付邮费，自动退回'
      : REFUND_CASE_STATUSES.includes(p.case.status)
        ? '办件已撤回或不予受理，邮费退回'
        : p.case.deliveryMethod !== 'COURIER'
          ? '已改为窗口领取，邮费退回'
          : null;
    return { kind: 'paid', paymentId: p.id, refundReason };
  });
}

async function flag(tx: DbTx, p: { id: string; caseId: string } | null, reason: string): Promise<void> {
  await recordAudit(tx, {
    actor: { kind: 'system' },
    action: 'SECURITY_EVENT',
    caseId: p?.caseId ?? null,
    entity: 'payments',
    entityId: p?.id ?? '-',
    purpose: `微信支付结果与订单不符，已拒绝并标记待核查（${reason}）`,
  });
}
