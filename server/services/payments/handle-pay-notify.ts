import { PayNotifyError, type TPayNotify } from '../../adapters/wechatpay/wechatpay.port';
import type { Db } from '../../db/client';
import type { Logger } from '../../logger';
import { recordAudit } from '../identity/record-audit';
import type { PayDeps } from './pay-deps';
import { applyRefundStatus } from './refund-payment';
import { settlePayment } from './settle-payment';
import { refundIfNeeded } from './sync-payment';

type Deps = { db: Db; pay: PayDeps; log: Logger };

/** What to answer WeChat: 204 = handled (stop retrying); 4xx with WeChat's {code, message} = refused. */
export interface NotifyReply {
  status: number;
  body?: { code: 'FAIL'; message: string };
}

const refuse = (status: number, message: string): NotifyReply => ({ status, body: { code: 'FAIL', message } });

/**
 * A WeChat Pay notification (payment or refund), from its raw body and headers: verified (signature by serial,
 * 5-minute window, no SIGNTEST), decrypted, checked against our order, applied once. WeChat retries for a day, so
 * every repeat of a handled notify answers 204 again without changing anything.
 */
export async function handlePayNotify(deps: Deps, kind: 'payment' | 'refund', rawBody: string, header: (name: string) => string | undefined): Promise<NotifyReply> {
  let n: TPayNotify;
  try {
    n = await deps.pay.client.openNotify(rawBody, header);
  } catch (e) {
    if (!(e instanceof PayNotifyError)) throw e;
    deps.log.warn({ problem: e.problem, kind }, 'WeChat Pay notify refused');
    if (e.problem !== 'signtest') {
      await recordAudit(deps.db, { actor: { kind: 'system' }, action: 'SECURITY_EVENT', entity: 'pay-notify', entityId: kind, purpose: `微信支付通知验签失败（${e.problem}）` });
    }
    return refuse(401, e.problem === 'stale' ? '通知时间戳超出允许范围' : '签名验证失败');
  }

  if (kind === 'payment') {
    if (n.eventType !== 'TRANSACTION.SUCCESS') return refuse(400, '通知类型与地址不符');
    const outcome = await settlePayment(deps, n.resource, 'notify');
    if (outcome.kind === 'rejected') return refuse(400, '订单信息不符');
    await refundIfNeeded(deps, outcome);
    return { status: 204 };
  }
  if (n.eventType === 'TRANSACTION.SUCCESS') return refuse(400, '通知类型与地址不符');
  const r = n.resource;
  if (r.mchid !== deps.pay.client.mchid) return refuse(400, '商户号不符');
  const refund = await deps.db.refund.findUnique({ where: { outRefundNo: r.out_refund_no }, include: { payment: { select: { outTradeNo: true } } } });
  if (!refund || refund.payment.outTradeNo !== r.out_trade_no || refund.amountFen !== r.amount.refund) {
    await recordAudit(deps.db, { actor: { kind: 'system' }, action: 'SECURITY_EVENT', entity: 'refunds', entityId: refund?.id ?? '-', purpose: '微信退款通知与退款单不符，已拒绝' });
    return refuse(400, '退款单信息不符');
  }
  await applyRefundStatus(deps.db, r.out_refund_no, r.refund_status, r.refund_id, r.success_time);
  return { status: 204 };
}
