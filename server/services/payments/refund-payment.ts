import { randomBytes } from 'node:crypto';
import { WeChatPayError } from '../../adapters/wechatpay/wechatpay.port';
import type { Db } from '../../db/client';
import type { RefundStatus } from '../../generated/prisma/client';
import { enqueueNotifications } from '../notifications/enqueue';
import { REFUND_NOTIFY_PATH, type PayDeps } from './pay-deps';

type Deps = { db: Db; pay: PayDeps };

/**
 * Refund what is left of a paid payment. The Refund row is written first with the payment row locked (so a
 * concurrent notify, sweep or second request sees it and cannot refund twice), then WeChat is asked; its answer or
 * the refund notify settles it. Returns the refund id, or null when nothing is left to refund.
 */
export async function refundPayment(deps: Deps, paymentId: string, reason: string, opts: { staffId?: string } = {}): Promise<string | null> {
  const created = await deps.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM payments WHERE id = ${paymentId} FOR UPDATE`;
    const p = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: true } });
    if (p.status !== 'PAID') return null;
    const committed = p.refunds.filter((r) => r.status !== 'CLOSED' && r.status !== 'ABNORMAL').reduce((s, r) => s + r.amountFen, 0);
    const left = p.amountFen - committed;
    if (left <= 0) return null;
    const outRefundNo = `RF${p.outTradeNo.slice(2, 24)}${randomBytes(3).toString('hex')}`;
    const r = await tx.refund.create({ data: { paymentId: p.id, outRefundNo, amountFen: left, reason, requestedByStaffId: opts.staffId ?? null } });
    return { refund: r, payment: p };
  });
  if (!created) return null;
  const { refund, payment } = created;
  try {
    const res = await deps.pay.client.refund({
      outTradeNo: payment.outTradeNo,
      outRefundNo: refund.outRefundNo,
      refundFen: refund.amountFen,
      totalFen: payment.amountFen,
      reason: reason.slice(0, 80),
      notifyUrl: deps.pay.notifyBase() + REFUND_NOTIFY_PATH,
    });
    await applyRefundStatus(deps.db, refund.outRefundNo, res.status, res.refund_id, res.success_time);
  } catch (e) {
    // Left PENDING: the reconcile sweep asks WeChat again (same out_refund_no, so never a second refund).
    if (!(e instanceof WeChatPayError)) throw e;
  }
  return refund.id;
}

/**
 * Move a refund to WeChat's status, once: the payment's refunded amount grows only on the first transition to
 * SUCCESS (the refund row is locked; retried notifies and queries find it settled).
 */
export async function applyRefundStatus(db: Db, outRefundNo: string, status: RefundStatus | 'SUCCESS' | 'PROCESSING' | 'CLOSED' | 'ABNORMAL', refundId?: string, successTime?: string): Promise<'updated' | 'unchanged' | 'unknown'> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM refunds WHERE out_refund_no = ${outRefundNo} FOR UPDATE`;
    if (!locked[0]) return 'unknown';
    const r = await tx.refund.findUniqueOrThrow({ where: { id: locked[0].id }, include: { payment: { select: { id: true, caseId: true, outTradeNo: true, case: { select: { number: true, applicantUserId: true, agentUserId: true } } } } } });
    if (r.status === 'SUCCESS' || r.status === status) {
      if (refundId && !r.refundId) await tx.refund.update({ where: { id: r.id }, data: { refundId } });
      return 'unchanged';
    }
    await tx.refund.update({
      where: { id: r.id },
      data: { status, ...(refundId ? { refundId } : {}), ...(status === 'SUCCESS' ? { succeededAt: successTime ? new Date(successTime) : new Date() } : {}) },
    });
    if (status === 'SUCCESS') {
      await tx.payment.update({ where: { id: r.paymentId }, data: { refundedFen: { increment: r.amountFen } } });
      const c = r.payment.case;
      await enqueueNotifications(tx, [
        {
          template: 'payment.refunded',
          dedupeKey: `refund:${r.id}:SUCCESS:payment.refunded`,
          caseId: r.payment.caseId,
          recipient: { userId: c.applicantUserId, agentUserId: c.agentUserId },
          data: { caseNumber: c.number, amountYuan: (r.amountFen / 100).toFixed(2), reason: r.reason },
        },
      ]);
    }
    return 'updated';
  });
}
