import type { TPaymentView } from '@shared/schemas/delivery';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { loadPaymentView } from './load-payment';
import type { PayDeps } from './pay-deps';
import { refundPayment } from './refund-payment';
import { settlePayment, type SettleOutcome } from './settle-payment';

type Deps = { db: Db; pay: PayDeps };

/** After a settlement that calls for it, send the money back (outside the settling transaction: a WeChat call). */
export async function refundIfNeeded(deps: Deps, outcome: SettleOutcome): Promise<void> {
  if (outcome.kind === 'paid' && outcome.refundReason) await refundPayment(deps, outcome.paymentId, outcome.refundReason);
}

/**
 * The fallback when no notify arrives: ask WeChat about the order and settle it the same way a notify would.
 * Closed-at-WeChat orders are closed here too.
 */
export async function syncPayment(deps: Deps, paymentId: string): Promise<TPaymentView> {
  const p = await deps.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  if (p.status === 'PENDING') {
    const t = await deps.pay.client.queryOrder(p.outTradeNo).catch(() => {
      throw errors.unavailable();
    });
    if (t) {
      const outcome = await settlePayment(deps, t, 'query');
      await refundIfNeeded(deps, outcome);
      if (outcome.kind === 'unpaid' && (t.trade_state === 'CLOSED' || t.trade_state === 'REVOKED')) {
        await deps.db.payment.updateMany({ where: { id: p.id, status: 'PENDING' }, data: { status: 'CLOSED', closedAt: new Date() } });
      }
    }
  }
  return loadPaymentView(deps.db, paymentId);
}

/** POST /me/payments/:id/sync: the payer (applicant or agent of the case) asks after returning from the cashier. */
export async function syncMyPayment(deps: Deps, userId: string, paymentId: string): Promise<TPaymentView> {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const p = UUID.test(paymentId) ? await deps.db.payment.findUnique({ where: { id: paymentId }, include: { case: { select: { applicantUserId: true, agentUserId: true } } } }) : null;
  if (!p || (p.case.applicantUserId !== userId && p.case.agentUserId !== userId)) throw errors.notFound('订单不存在');
  return syncPayment(deps, paymentId);
}
