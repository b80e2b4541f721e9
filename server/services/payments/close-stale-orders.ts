import { WeChatPayError } from '../../adapters/wechatpay/wechatpay.port';
import type { Db } from '../../db/client';
import type { PayDeps } from './pay-deps';
import { syncPayment } from './sync-payment';

type Deps = { db: Db; pay: PayDeps };

/** Unpaid orders are closed after this long (the order's time_expire is set to the same). */
export const ORDER_TIMEOUT_MS = 30 * 60 * 1000;

/**
 * Close one open order at WeChat, then locally. If the user paid in the meantime WeChat answers ORDERPAID: the order
 * is settled from a query instead, so a late payment is never lost.
 */
export async function closeOpenOrder(deps: Deps, paymentId: string): Promise<'closed' | 'paid' | 'not_open'> {
  const p = await deps.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  if (p.status !== 'PENDING') return 'not_open';
  try {
    await deps.pay.client.closeOrder(p.outTradeNo);
  } catch (e) {
    if (!(e instanceof WeChatPayError)) throw e;
    if (e.code === 'ORDERPAID') {
      await syncPayment(deps, p.id);
      return 'paid';
    }
    // Never created at WeChat (the order call failed): nothing to close there.
    if (e.code !== 'ORDER_NOT_EXIST') throw e;
  }
  // Guarded: a notify that settled it meanwhile wins.
  const n = await deps.db.payment.updateMany({ where: { id: p.id, status: 'PENDING' }, data: { status: 'CLOSED', closedAt: new Date() } });
  return n.count === 1 ? 'closed' : 'paid';
}

/** Close every order still unpaid after ORDER_TIMEOUT_MS (run periodically). Returns how many were closed. */
export async function closeStaleOrders(deps: Deps, now = new Date()): Promise<number> {
  const stale = await deps.db.payment.findMany({ where: { status: 'PENDING', createdAt: { lt: new Date(now.getTime() - ORDER_TIMEOUT_MS) } }, select: { id: true }, take: 200 });
  let closed = 0;
  for (const p of stale) if ((await closeOpenOrder(deps, p.id).catch(() => 'error')) === 'closed') closed += 1;
  return closed;
}
