/**
 * WeChat Pay API v3 as the product uses it (JSAPI orders for postage, query, close, refunds, signed notifications),
 * as a port. The real client (wechatpay.client.ts, wrapping wechatpay-node-v3) talks to api.mch.weixin.qq.com in
 * production and to the loopback simulator (simulator/wechatpay.sim.ts) in dev, demo and tests: only the base URL
 * and keys differ.
 */
export interface WeChatPayClient {
  readonly appid: string;
  readonly mchid: string;
  /** JSAPI order; the answer holds the wx.requestPayment parameters, signed server-side. */
  createJsapiOrder(o: TJsapiOrder): Promise<TJsapiPrepay>;
  /** Order query by out_trade_no (the fallback when no notify arrives); null when WeChat has no such order. */
  queryOrder(outTradeNo: string): Promise<TTransaction | null>;
  /** Close an unpaid order (WeChat answers 204, signed). Throws WeChatPayError ORDERPAID when it was paid meanwhile. */
  closeOrder(outTradeNo: string): Promise<void>;
  refund(r: TRefundRequest): Promise<TRefund>;
  /** null when WeChat has no such refund. */
  queryRefund(outRefundNo: string): Promise<TRefund | null>;
  /**
   * Verify a notification over its raw body (signature with the key chosen by serial, 5-minute window, no SIGNTEST
   * probes), then decrypt its resource. Throws PayNotifyError otherwise.
   */
  openNotify(rawBody: string, header: (name: string) => string | undefined): Promise<TPayNotify>;
}

export interface TJsapiOrder {
  outTradeNo: string;
  description: string;
  amountFen: number;
  openid: string;
  notifyUrl: string;
  /** RFC 3339; WeChat refuses payment after it. */
  timeExpire?: string;
}

/** wx.requestPayment / Taro.requestPayment parameters. */
export interface TPayParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

export interface TJsapiPrepay {
  prepayId: string;
  payParams: TPayParams;
}

/** WeChat's transaction (query answer and decrypted TRANSACTION.* resource). */
export interface TTransaction {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id?: string;
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';
  success_time?: string;
  payer?: { openid?: string };
  amount?: { total?: number; payer_total?: number; currency?: string };
}

export interface TRefundRequest {
  outTradeNo: string;
  outRefundNo: string;
  refundFen: number;
  totalFen: number;
  reason: string;
  notifyUrl: string;
}

export interface TRefund {
  refund_id: string;
  out_refund_no: string;
  out_trade_no: string;
  status: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';
  success_time?: string;
  amount: { total: number; refund: number };
}

/** Decrypted REFUND.* resource. */
export interface TRefundNotice {
  mchid: string;
  out_trade_no: string;
  out_refund_no: string;
  refund_id: string;
  refund_status: 'SUCCESS' | 'CLOSED' | 'ABNORMAL';
  success_time?: string;
  amount: { total: number; refund: number };
}

export type TPayNotify =
  | { id: string; eventType: 'TRANSACTION.SUCCESS'; resource: TTransaction }
  | { id: string; eventType: 'REFUND.SUCCESS' | 'REFUND.ABNORMAL' | 'REFUND.CLOSED'; resource: TRefundNotice };

/** WeChat answered an API call with an error code (or the answer failed verification: code SIGN_INVALID). */
export class WeChatPayError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly status: number,
  ) {
    super(`WeChat Pay ${status} ${code}: ${message}`);
    this.name = 'WeChatPayError';
  }
}

/** Why a notification was refused. All of them are answered 4xx so WeChat (or an attacker) learns nothing more. */
export type PayNotifyProblem = 'missing_headers' | 'signtest' | 'stale' | 'unknown_serial' | 'bad_signature' | 'bad_body' | 'decrypt_failed';

export class PayNotifyError extends Error {
  constructor(public readonly problem: PayNotifyProblem) {
    super(`WeChat Pay notify refused: ${problem}`);
    this.name = 'PayNotifyError';
  }
}
