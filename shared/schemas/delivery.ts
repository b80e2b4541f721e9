import { z } from 'zod';
import { ZAddressInput } from './identity';

/** How the applicant receives the result. */
export const ZDeliveryChoiceMethod = z.enum(['WINDOW_PICKUP', 'COURIER']);

/** The recipient of a courier delivery (stored encrypted; shown masked). */
export const ZRecipientInput = z.object({
  /** Recipient's name. */
  name: z.string().trim().min(1, '请填写收件人').max(20, '收件人不能超过20个字'),
  /** Mainland mobile number the courier calls. */
  phone: z.string().trim().regex(/^1[3-9]\d{9}$/, '请填写正确的手机号'),
  /** Region (township or village, picked down the tree) and the rest of the address. */
  address: ZAddressInput,
});

/** PUT /me/cases/:id/delivery. */
export const ZDeliveryChoiceBody = z
  .object({
    method: ZDeliveryChoiceMethod,
    /** For COURIER: a saved address of the address book ... */
    addressId: z.string().uuid('地址无效').optional(),
    /** ... or a new recipient and address (saved to the address book when saveAddress). */
    recipient: ZRecipientInput.optional(),
    saveAddress: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'COURIER' && !v.recipient && !v.addressId) ctx.addIssue({ code: 'custom', path: ['recipient'], message: '请选择或填写收件地址' });
  });

/** POST/PUT /me/addresses: one address of the address book. */
export const ZAddressBookInput = ZRecipientInput.extend({
  /** Offered first when choosing courier delivery. */
  isDefault: z.boolean().optional(),
});

/** An address as listed (masked: name 张*, phone 138****5678, address down to the township). */
export const ZAddressBookEntry = z.object({
  id: z.string(),
  recipientNameMasked: z.string(),
  phoneMasked: z.string(),
  addressMasked: z.string(),
  regionCode: z.string(),
  isDefault: z.boolean(),
});

/** GET /me/addresses/:id: the owner's own address in full, for editing. */
export const ZAddressBookDetail = ZAddressBookEntry.extend({ recipient: ZRecipientInput });

export const ZAddressBook = z.object({ items: z.array(ZAddressBookEntry) });

export const ZShipmentStatus = z.enum(['CREATED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'RETURNED', 'CANCELLED', 'FAILED']);

/** One tracking event. */
export const ZTrackingEvent = z.object({
  status: ZShipmentStatus,
  statusLabel: z.string(),
  description: z.string(),
  location: z.string().nullable(),
  /** ISO time the carrier recorded it. */
  occurredAt: z.string(),
});

/** A parcel with the case's result. */
export const ZShipmentView = z.object({
  id: z.string(),
  carrier: z.string(),
  /** Null until staff create the waybill (寄出). */
  waybillNo: z.string().nullable(),
  status: ZShipmentStatus,
  statusLabel: z.string(),
  recipientNameMasked: z.string(),
  recipientPhoneMasked: z.string(),
  /** Down to the township only. */
  addressMasked: z.string(),
  /** Newest first. */
  events: z.array(ZTrackingEvent),
});

export const ZPaymentStatus = z.enum(['PENDING', 'PAID', 'CLOSED', 'FAILED']);

/** A postage payment (receipt once paid). */
export const ZPaymentView = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  description: z.string(),
  /** 商户订单号 on the receipt. */
  outTradeNo: z.string(),
  /** WeChat's 交易单号 once paid. */
  transactionId: z.string().nullable(),
  amountFen: z.number().int(),
  refundedFen: z.number().int(),
  status: ZPaymentStatus,
  statusLabel: z.string(),
  paidAt: z.string().nullable(),
  createdAt: z.string(),
  refunds: z.array(z.object({ amountFen: z.number().int(), status: z.string(), statusLabel: z.string(), reason: z.string().nullable(), succeededAt: z.string().nullable() })),
});

/** GET/PUT /me/cases/:id/delivery: the delivery choice, postage and tracking of one case. */
export const ZDeliveryView = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  /** The item allows sending the result by courier. */
  courierAvailable: z.boolean(),
  /** The choice can still be changed (no waybill yet, postage not paid). */
  changeable: z.boolean(),
  method: z.enum(['WINDOW_PICKUP', 'COURIER', 'ELECTRONIC']).nullable(),
  /** Postage for the chosen address (null until a courier address is chosen). */
  postage: z.object({ amountFen: z.number().int(), free: z.boolean(), zoneLabel: z.string() }).nullable(),
  /** Postage still to pay before the result can be sent. */
  paymentDue: z.boolean(),
  payment: ZPaymentView.nullable(),
  shipment: ZShipmentView.nullable(),
});

/** wx.requestPayment parameters, signed by the server. */
export const ZPayParams = z.object({
  appId: z.string(),
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string(),
  signType: z.literal('RSA'),
  paySign: z.string(),
});

/** POST /me/cases/:id/postage/pay: a WeChat Pay order for the postage (the same open order on a repeat). */
export const ZPostageOrder = z.object({
  payment: ZPaymentView,
  payParams: ZPayParams,
  /** H5 only (simulator): the cashier page to open; add `&return_url=`. Null with real WeChat Pay. */
  cashierUrl: z.string().nullable(),
});

/** GET /me/payments: "my orders" with receipts. */
export const ZMyPayments = z.object({ items: z.array(ZPaymentView) });

/** A case ready to send (result done, courier chosen, postage settled) or already sent, for staff. */
export const ZDispatchEntry = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  itemName: z.string(),
  status: z.string(),
  shipment: ZShipmentView,
  /** Ready for a waybill now. */
  ready: z.boolean(),
});

export const ZDispatchList = z.object({ items: z.array(ZDispatchEntry) });

/** POST /staff/dispatch/batch: create waybills for these cases (default: every ready case of the department). */
export const ZBatchDispatchBody = z.object({ caseIds: z.array(z.string().uuid()).max(200).optional() });

export const ZBatchDispatchResult = z.object({
  dispatched: z.array(z.object({ caseId: z.string(), caseNumber: z.string(), waybillNo: z.string() })),
  failed: z.array(z.object({ caseId: z.string(), caseNumber: z.string(), message: z.string() })),
});

export type TDeliveryView = z.infer<typeof ZDeliveryView>;
export type TAddressBookInput = z.infer<typeof ZAddressBookInput>;
export type TAddressBookEntry = z.infer<typeof ZAddressBookEntry>;
export type TAddressBookDetail = z.infer<typeof ZAddressBookDetail>;
export type TDeliveryChoiceBody = z.infer<typeof ZDeliveryChoiceBody>;
export type TShipmentView = z.infer<typeof ZShipmentView>;
export type TPaymentView = z.infer<typeof ZPaymentView>;
export type TPostageOrder = z.infer<typeof ZPostageOrder>;
export type TDispatchEntry = z.infer<typeof ZDispatchEntry>;
export type TBatchDispatchResult = z.infer<typeof ZBatchDispatchResult>;
