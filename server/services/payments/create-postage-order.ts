import { randomBytes } from 'node:crypto';
import type { TPostageOrder } from '@shared/schemas/delivery';
import { WeChatPayError } from '../../adapters/wechatpay/wechatpay.port';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { DELIVERY_OPEN_STATUSES, loadDeliveryFacts } from '../delivery/get-case-delivery';
import { closeOpenOrder, ORDER_TIMEOUT_MS } from './close-stale-orders';
import { loadPaymentView } from './load-payment';
import { PAY_NOTIFY_PATH, type PayDeps } from './pay-deps';
import { syncPayment } from './sync-payment';

type Deps = { db: Db; pay: PayDeps };

/** 6-32 characters: PG + UTC timestamp + random, unique and readable on a receipt. */
function newOutTradeNo(now: Date): string {
  return `PG${now.toISOString().replace(/\D/g, '').slice(0, 14)}${randomBytes(5).toString('hex').toUpperCase()}`;
}

/** WeChat's RFC 3339 with the China offset. */
const rfc3339 = (d: Date) => `${new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;

/**
 * POST /me/cases/:id/postage/pay: a JSAPI order for the parcel's postage and the signed wx.requestPayment
 * parameters. A repeat (double tap, second device, coming back later) reuses the one open order of the same amount,
 * so one parcel can never be paid twice through us; an order already paid at WeChat is settled and refused (409).
 */
export async function createPostageOrder(deps: Deps, userId: string, caseId: string, now = new Date()): Promise<TPostageOrder> {
  const { order, superseded } = await deps.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM cases WHERE id = ${caseId} FOR UPDATE`;
    const f = await loadDeliveryFacts(tx, caseId);
    if (f.c.applicantUserId !== userId && f.c.agentUserId !== userId) throw errors.notFound('办件不存在');
    if (!DELIVERY_OPEN_STATUSES.includes(f.c.status)) throw errors.conflict('该办件已结束，无需支付邮费');
    if (f.c.deliveryMethod !== 'COURIER' || !f.shipment) throw errors.conflict('请先选择邮寄送达并填写收件地址');
    if (f.paid) throw errors.conflict('邮费已支付，请勿重复支付');
    if (f.feeFen <= 0) throw errors.conflict('本事项邮费由政府承担，无需支付');
    const reusable = f.open && f.open.amountFen === f.feeFen && now.getTime() - f.open.createdAt.getTime() < ORDER_TIMEOUT_MS - 60_000;
    if (reusable && f.open) return { order: f.open, superseded: null };
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { openid: true } });
    const created = await tx.payment.create({
      data: {
        caseId: f.c.id,
        outTradeNo: newOutTradeNo(now),
        description: `办件结果邮寄费-${f.c.number}`.slice(0, 127),
        amountFen: f.feeFen,
        lines: [{ name: 'EMS邮寄费', amountFen: f.feeFen }],
        payerOpenid: user.openid,
        createdAt: now,
      },
    });
    return { order: created, superseded: f.open };
  });
  if (superseded) await closeOpenOrder(deps, superseded.id).catch(() => undefined);

  let prepay;
  try {
    prepay = await deps.pay.client.createJsapiOrder({
      outTradeNo: order.outTradeNo,
      description: order.description,
      amountFen: order.amountFen,
      openid: order.payerOpenid,
      notifyUrl: deps.pay.notifyBase() + PAY_NOTIFY_PATH,
      timeExpire: rfc3339(new Date(order.createdAt.getTime() + ORDER_TIMEOUT_MS)),
    });
  } catch (e) {
    if (e instanceof WeChatPayError && e.code === 'ORDERPAID') {
      await syncPayment(deps, order.id);
      throw errors.conflict('邮费已支付，请勿重复支付');
    }
    if (e instanceof WeChatPayError && e.status >= 400 && e.status < 500 && e.code !== 'SIGN_INVALID') throw errors.badRequest('微信支付下单失败，请稍后重试');
    throw errors.unavailable(e);
  }
  await deps.db.payment.update({ where: { id: order.id }, data: { prepayId: prepay.prepayId } });
  return {
    payment: await loadPaymentView(deps.db, order.id),
    payParams: prepay.payParams,
    cashierUrl: deps.pay.cashierBase ? `${deps.pay.cashierBase}/pay/cashier?prepay_id=${encodeURIComponent(prepay.prepayId)}` : null,
  };
}
