import { encryptResource, signResponse } from '../wechatpay-signing';
import { wechatTime, type PaySimState, type SimOrder, type SimRefund } from './pay-sim-state';

/** Deliver a notification (signed, resource encrypted) to the merchant's notify_url, honouring the faults. */
export async function sendNotify(state: PaySimState, url: string, eventType: string, summary: string, resource: Record<string, unknown>, originalType: string): Promise<void> {
  const id = `${randomId()}`;
  const now = state.now();
  const payload = {
    id,
    create_time: wechatTime(now),
    resource_type: 'encrypt-resource',
    event_type: eventType,
    summary,
    resource: encryptResource(state.keys.apiV3Key, JSON.stringify(resource), originalType, originalType),
  };
  const text = JSON.stringify(payload);
  const { key, serial } = state.signer();
  const h = signResponse(key, serial, text, now);
  const headers = { 'content-type': 'application/json', 'wechatpay-timestamp': h.timestamp, 'wechatpay-nonce': h.nonce, 'wechatpay-serial': h.serial, 'wechatpay-signature': h.signature };
  await deliver(state, url, headers, text);
}

/** POST a (possibly replayed) notification and record the merchant's answer. */
export async function deliver(state: PaySimState, url: string, headers: Record<string, string>, text: string): Promise<number> {
  let status = 0;
  try {
    const res = await fetch(url, { method: 'POST', headers, body: text, signal: AbortSignal.timeout(5000) });
    status = res.status;
    await res.arrayBuffer();
  } catch {
    status = 0;
  }
  state.notifies.push({ id: state.notifies.length + 1, url, headers, body: text, status, at: state.now() });
  return status;
}

const randomId = () => `${Date.now().toString(16)}-${Math.random().toString(16).slice(2, 10)}`;

/** Mark an order paid (the user confirmed in the cashier) and send its notify, with the configured faults. */
export async function payOrder(state: PaySimState, o: SimOrder): Promise<void> {
  if (o.tradeState !== 'NOTPAY') return;
  o.tradeState = 'SUCCESS';
  o.transactionId = state.newTransactionId();
  o.successTime = wechatTime(state.now());
  const f = state.faults;
  if (f.skip > 0) {
    f.skip -= 1;
    return;
  }
  const send = async () => {
    for (let i = 0; i < Math.max(1, f.repeat); i += 1) await sendNotify(state, o.notifyUrl, 'TRANSACTION.SUCCESS', '支付成功', state.transactionOf(o), 'transaction');
  };
  if (f.delayMs > 0) setTimeout(() => void send(), f.delayMs).unref();
  else await send();
}

export async function settleRefund(state: PaySimState, r: SimRefund): Promise<void> {
  if (r.status !== 'PROCESSING') return;
  r.status = 'SUCCESS';
  r.successTime = wechatTime(state.now());
  const o = state.orders.get(r.outTradeNo);
  if (o && state.refundedOf(o.outTradeNo) >= o.total) o.tradeState = 'REFUND';
  if (r.notifyUrl) {
    const resource = { mchid: state.keys.mchid, out_trade_no: r.outTradeNo, transaction_id: r.transactionId, out_refund_no: r.outRefundNo, refund_id: r.refundId, refund_status: 'SUCCESS', success_time: r.successTime, user_received_account: '支付用户零钱', amount: { total: r.total, refund: r.refund, payer_total: r.total, payer_refund: r.refund } };
    await sendNotify(state, r.notifyUrl, 'REFUND.SUCCESS', '退款成功', resource, 'refund');
  }
}

