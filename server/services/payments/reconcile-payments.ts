import type { Db } from '../../db/client';
import { REFUND_NOTIFY_PATH, type PayDeps } from './pay-deps';
import { closeStaleOrders } from './close-stale-orders';
import { refundOwedPostage } from './refund-owed-postage';
import { applyRefundStatus } from './refund-payment';

type Deps = { db: Db; pay: PayDeps };

/** Refunds older than this without a final status are asked about (their notify may have been lost). */
const REFUND_QUERY_AFTER_MS = 2 * 60 * 1000;

/**
 * The periodic money sweep (idempotent, safe to run often and concurrently with notifies):
 * close unpaid orders past their timeout, refund the postage of cases that ended without sending anything,
 * and settle refunds whose notify never came by querying WeChat.
 */
export async function reconcilePayments(deps: Deps, now = new Date()): Promise<{ closed: number; refunded: number; refundsSettled: number }> {
  const closed = await closeStaleOrders(deps, now);

  const { refunded } = await refundOwedPostage(deps);

  const open = await deps.db.refund.findMany({ where: { status: { in: ['PENDING', 'PROCESSING'] }, createdAt: { lt: new Date(now.getTime() - REFUND_QUERY_AFTER_MS) } }, take: 100 });
  let refundsSettled = 0;
  for (const r of open) {
    const res = await deps.pay.client.queryRefund(r.outRefundNo).catch(() => undefined);
    if (res === undefined) continue;
    if (res === null) {
      // WeChat never got it (the request failed): ask again with the same out_refund_no.
      const payment = await deps.db.payment.findUniqueOrThrow({ where: { id: r.paymentId } });
      const again = await deps.pay.client
        .refund({ outTradeNo: payment.outTradeNo, outRefundNo: r.outRefundNo, refundFen: r.amountFen, totalFen: payment.amountFen, reason: r.reason ?? '退款', notifyUrl: deps.pay.notifyBase() + REFUND_NOTIFY_PATH })
        .catch(() => null);
      if (again && (await applyRefundStatus(deps.db, r.outRefundNo, again.status, again.refund_id, again.success_time)) === 'updated') refundsSettled += 1;
      continue;
    }
    if ((await applyRefundStatus(deps.db, r.outRefundNo, res.status, res.refund_id, res.success_time)) === 'updated') refundsSettled += 1;
  }
  return { closed, refunded, refundsSettled };
}
