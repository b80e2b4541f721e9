import type { TPaymentView, TShipmentView } from '@shared/schemas/delivery';
import type { Payment, Refund, Shipment, ShipmentEvent } from '../generated/prisma/client';

export const SHIPMENT_STATUS_LABELS: Record<Shipment['status'], string> = {
  CREATED: '待寄出',
  PICKED_UP: '已揽收',
  IN_TRANSIT: '运输中',
  OUT_FOR_DELIVERY: '派送中',
  DELIVERED: '已签收',
  RETURNED: '已退回',
  CANCELLED: '已取消',
  FAILED: '投递失败',
};

const PAYMENT_STATUS_LABELS: Record<Payment['status'], string> = { PENDING: '待支付', PAID: '已支付', CLOSED: '已关闭', FAILED: '支付失败' };
const REFUND_STATUS_LABELS: Record<Refund['status'], string> = { PENDING: '退款申请中', PROCESSING: '退款处理中', SUCCESS: '已退款', CLOSED: '退款关闭', ABNORMAL: '退款异常' };

/** A parcel as the applicant and staff see it: recipient masked, events newest first. */
export function presentShipment(s: Shipment & { events: ShipmentEvent[] }): TShipmentView {
  return {
    id: s.id,
    carrier: s.carrier,
    waybillNo: s.waybillNo,
    status: s.status,
    statusLabel: SHIPMENT_STATUS_LABELS[s.status],
    recipientNameMasked: s.recipientNameMasked,
    recipientPhoneMasked: s.recipientPhoneMasked,
    addressMasked: s.addressMasked,
    events: [...s.events]
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())
      .map((e) => ({ status: e.status, statusLabel: SHIPMENT_STATUS_LABELS[e.status], description: e.description, location: e.location, occurredAt: e.occurredAt.toISOString() })),
  };
}

/** A payment as a receipt. */
export function presentPayment(p: Payment & { refunds: Refund[]; case: { number: string } }): TPaymentView {
  return {
    id: p.id,
    caseId: p.caseId,
    caseNumber: p.case.number,
    description: p.description,
    outTradeNo: p.outTradeNo,
    transactionId: p.transactionId,
    amountFen: p.amountFen,
    refundedFen: p.refundedFen,
    status: p.status,
    statusLabel: p.status === 'PAID' && p.refundedFen >= p.amountFen ? '已退款' : PAYMENT_STATUS_LABELS[p.status],
    paidAt: p.paidAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
    refunds: p.refunds.map((r) => ({ amountFen: r.amountFen, status: r.status, statusLabel: REFUND_STATUS_LABELS[r.status], reason: r.reason, succeededAt: r.succeededAt?.toISOString() ?? null })),
  };
}
