import { randomBytes } from 'node:crypto';
import type { SimPayKeys } from './sim-keys';

/** One JSAPI order as WeChat Pay keeps it. */
export interface SimOrder {
  appid: string;
  mchid: string;
  description: string;
  outTradeNo: string;
  notifyUrl: string;
  total: number;
  openid: string;
  prepayId: string;
  tradeState: 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND';
  transactionId?: string;
  successTime?: string;
  createdAt: number;
}

export interface SimRefund {
  refundId: string;
  outRefundNo: string;
  outTradeNo: string;
  transactionId: string;
  refund: number;
  total: number;
  notifyUrl?: string;
  status: 'PROCESSING' | 'SUCCESS' | 'ABNORMAL' | 'CLOSED';
  successTime?: string;
  createdAt: number;
}

/** A notification the simulator sent (or tried to), kept so tests can replay or tamper with it. */
export interface SimNotify {
  id: number;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** HTTP status the merchant answered (0 = unreachable). */
  status: number;
  at: number;
}

/** How the next payment's notification misbehaves (test control). */
export interface NotifyFaults {
  /** Do not send the notify at all (the merchant must query). */
  skip: number;
  /** Send it this much later. */
  delayMs: number;
  /** Send each notify this many times. */
  repeat: number;
}

/** In-memory state of the simulated WeChat Pay: orders, refunds, sent notifications, faults, clock. */
export class PaySimState {
  orders = new Map<string, SimOrder>();
  refunds = new Map<string, SimRefund>();
  notifies: SimNotify[] = [];
  faults: NotifyFaults = { skip: 0, delayMs: 0, repeat: 1 };
  /** Fail the next protocol calls with HTTP 500 (count). */
  failNext = 0;
  /** Refunds settle after this long (ms); 0 = in the same tick as the request returns. */
  refundDelayMs = 0;
  clockOffsetMs = 0;
  /** Sign with the platform certificate or the WeChat Pay public key. */
  mode: 'certificate' | 'publicKey';
  constructor(
    public readonly keys: SimPayKeys,
    public readonly appids: ReadonlySet<string>,
    mode: 'certificate' | 'publicKey' = 'certificate',
  ) {
    this.mode = mode;
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** The key and serial WeChat signs with in the current mode. */
  signer(): { key: string; serial: string } {
    return this.mode === 'publicKey'
      ? { key: this.keys.publicKeyPrivate, serial: this.keys.publicKeyId }
      : { key: this.keys.platformPrivateKey, serial: this.keys.platformSerial };
  }

  newPrepayId(): string {
    return `wx${new Date(this.now()).toISOString().replace(/\D/g, '').slice(0, 14)}${randomBytes(12).toString('hex')}`;
  }

  newTransactionId(): string {
    return `4200${String(Date.now()).slice(-10)}${String(randomBytes(4).readUInt32BE(0)).padStart(14, '0')}`.slice(0, 28);
  }

  findByPrepayId(prepayId: string): SimOrder | undefined {
    for (const o of this.orders.values()) if (o.prepayId === prepayId) return o;
    return undefined;
  }

  /** WeChat's transaction object (query answer and decrypted notify resource). */
  transactionOf(o: SimOrder): Record<string, unknown> {
    return {
      appid: o.appid,
      mchid: o.mchid,
      out_trade_no: o.outTradeNo,
      ...(o.transactionId ? { transaction_id: o.transactionId } : {}),
      trade_type: 'JSAPI',
      trade_state: o.tradeState,
      trade_state_desc: { NOTPAY: '未支付', SUCCESS: '支付成功', CLOSED: '已关闭', REFUND: '转入退款' }[o.tradeState],
      ...(o.tradeState === 'SUCCESS' || o.tradeState === 'REFUND' ? { bank_type: 'OTHERS', success_time: o.successTime } : {}),
      payer: { openid: o.openid },
      amount: { total: o.total, payer_total: o.tradeState === 'NOTPAY' || o.tradeState === 'CLOSED' ? 0 : o.total, currency: 'CNY', payer_currency: 'CNY' },
      attach: '',
    };
  }

  refundOf(r: SimRefund): Record<string, unknown> {
    return {
      refund_id: r.refundId,
      out_refund_no: r.outRefundNo,
      transaction_id: r.transactionId,
      out_trade_no: r.outTradeNo,
      channel: 'ORIGINAL',
      user_received_account: '支付用户零钱',
      ...(r.successTime ? { success_time: r.successTime } : {}),
      create_time: new Date(r.createdAt).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
      status: r.status,
      amount: { total: r.total, refund: r.refund, payer_total: r.total, payer_refund: r.refund, currency: 'CNY' },
    };
  }

  /** Already refunded (or refunding) amount of an order. */
  refundedOf(outTradeNo: string): number {
    let sum = 0;
    for (const r of this.refunds.values()) if (r.outTradeNo === outTradeNo && r.status !== 'CLOSED' && r.status !== 'ABNORMAL') sum += r.refund;
    return sum;
  }
}

/** WeChat's time format: 2026-11-25T12:00:00+08:00. */
export function wechatTime(ms: number): string {
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
