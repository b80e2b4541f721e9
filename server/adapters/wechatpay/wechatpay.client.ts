import Pay from 'wechatpay-node-v3';
import { checkSignedHeaders, decryptResource, readSignedHeaders, type HeaderProblem } from './wechatpay-signing';
import {
  PayNotifyError,
  WeChatPayError,
  type TJsapiOrder,
  type TJsapiPrepay,
  type TPayNotify,
  type TPayParams,
  type TRefund,
  type TRefundRequest,
  type TTransaction,
  type WeChatPayClient,
} from './wechatpay.port';

/** The host wechatpay-node-v3 hard-codes; the transport swaps it for the configured base URL. */
const WECHAT_ORIGIN = 'https://api.mch.weixin.qq.com';

export interface WeChatPayConfig {
  /** https://api.mch.weixin.qq.com in production; the simulator's loopback URL otherwise. */
  baseUrl: string;
  appid: string;
  mchid: string;
  /** 32-character APIv3 key (notification and certificate decryption). */
  apiV3Key: string;
  merchantPrivateKey: string;
  /** Merchant API certificate serial (sent uppercase: WeChat compares it as shown on the merchant platform). */
  merchantSerial: string;
  /**
   * How WeChat's signatures are verified: platform certificates downloaded from /v3/certificates, or the newer
   * WeChat Pay public key (its id `PUB_KEY_ID_…` is the serial WeChat then sends).
   */
  verify: { mode: 'certificate' } | { mode: 'publicKey'; publicKeyId: string; publicKey: string };
  now?: () => number;
}

interface Output {
  status: number;
  data?: unknown;
  error?: unknown;
  headers?: Record<string, string>;
}

/**
 * wechatpay-node-v3 with the gaps stack-facts.md lists filled: its createHttp hook gets a fetch transport that
 * rebases the hard-coded origin exactly (the path it signed stays the same), returns response headers, and verifies
 * every 2xx answer's signature over the raw bytes (the library never does); the 5-minute window and SIGNTEST probes
 * are checked here too; in public-key mode the library's certificate map is seeded at start.
 */
class OneTripPay extends Pay {
  /** Put a verification key under the serial WeChat will send (public-key mode, or refreshed certificates). */
  static seedKey(serial: string, publicKeyPem: string): void {
    Pay.certificates = { ...Pay.certificates, [serial]: publicKeyPem };
  }
  static hasKey(serial: string): boolean {
    return Boolean(Pay.certificates[serial]);
  }
}

export function createWeChatPayClient(cfg: WeChatPayConfig): WeChatPayClient {
  const now = cfg.now ?? (() => Date.now());
  const base = cfg.baseUrl.replace(/\/$/, '');
  const pay = new OneTripPay({
    appid: cfg.appid,
    mchid: cfg.mchid,
    serial_no: cfg.merchantSerial.toUpperCase(),
    // The library insists on a "public key" buffer, but only reads it to derive the serial, which is given.
    publicKey: Buffer.from('unused: serial_no is configured'),
    privateKey: Buffer.from(cfg.merchantPrivateKey),
    key: cfg.apiV3Key,
    userAgent: 'OneTrip/1.0',
  });
  if (cfg.verify.mode === 'publicKey') OneTripPay.seedKey(cfg.verify.publicKeyId, cfg.verify.publicKey);

  let lastCertFetch = 0;
  /** Platform certificates (certificate mode): fetched when an unknown serial shows up, at most once a minute. */
  async function knowSerial(serial: string): Promise<boolean> {
    if (OneTripPay.hasKey(serial)) return true;
    if (cfg.verify.mode === 'publicKey' || now() - lastCertFetch < 60_000) return false;
    lastCertFetch = now();
    const certs = await pay.get_certificates(cfg.apiV3Key);
    for (const c of certs) OneTripPay.seedKey(c.serial_no.toUpperCase(), (c as unknown as { publicKey: string }).publicKey);
    return OneTripPay.hasKey(serial);
  }

  /** Signature, serial, window and SIGNTEST checks over a raw body; returns the problem or undefined. */
  async function verify(rawBody: string, header: (name: string) => string | undefined): Promise<HeaderProblem | 'unknown_serial' | 'bad_signature' | undefined> {
    const h = readSignedHeaders(header);
    const problem = checkSignedHeaders(h, now());
    if (problem || !h) return problem ?? 'missing';
    if (!(await knowSerial(h.serial))) return 'unknown_serial';
    const ok = await pay.verifySign({ timestamp: h.timestamp, nonce: h.nonce, body: rawBody, serial: h.serial, signature: h.signature, apiSecret: cfg.apiV3Key });
    return ok ? undefined : 'bad_signature';
  }

  async function send(method: 'GET' | 'POST', url: string, headers: Record<string, string>, params?: Record<string, unknown>): Promise<Output> {
    if (!url.startsWith(WECHAT_ORIGIN)) throw new Error(`unexpected WeChat Pay URL ${url}`);
    const path = url.slice(WECHAT_ORIGIN.length);
    let res: Response;
    try {
      res = await fetch(base + path, {
        method,
        // Same JSON.stringify of the same object the library signed.
        headers: { ...headers, 'Accept-Encoding': 'identity', ...(params ? { 'Content-Type': 'application/json' } : {}) },
        ...(params ? { body: JSON.stringify(params) } : {}),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (e) {
      throw new WeChatPayError('TRANSPORT', e instanceof Error ? e.message : String(e), 0);
    }
    const text = await res.text();
    const resHeaders: Record<string, string> = {};
    res.headers.forEach((v, k) => (resHeaders[k] = v));
    // The certificate list is self-authenticating (AEAD with our APIv3 key) and is what verification needs first.
    if (res.ok && path !== '/v3/certificates') {
      const problem = await verify(text, (n) => resHeaders[n.toLowerCase()]);
      if (problem) throw new WeChatPayError('SIGN_INVALID', `response signature check failed: ${problem}`, res.status);
    }
    let data: unknown = undefined;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = text;
    }
    return res.ok ? { status: res.status, data, headers: resHeaders } : { status: res.status, error: data, headers: resHeaders };
  }

  pay.createHttp({
    post: (url, params, headers) => send('POST', url, headers as Record<string, string>, params),
    get: (url, headers) => send('GET', url, headers as Record<string, string>),
    upload: () => Promise.reject(new Error('uploads are not used')),
  });

  const raise = (o: Output): never => {
    const e = (o.error ?? {}) as { code?: string; message?: string };
    throw new WeChatPayError(e.code ?? 'HTTP_ERROR', e.message ?? `HTTP ${o.status}`, o.status);
  };

  return {
    appid: cfg.appid,
    mchid: cfg.mchid,
    async createJsapiOrder(o: TJsapiOrder): Promise<TJsapiPrepay> {
      const out = (await pay.transactions_jsapi({
        description: o.description,
        out_trade_no: o.outTradeNo,
        notify_url: o.notifyUrl,
        amount: { total: o.amountFen, currency: 'CNY' },
        payer: { openid: o.openid },
        ...(o.timeExpire ? { time_expire: o.timeExpire } : {}),
      })) as Output;
      if (out.status !== 200) return raise(out);
      const p = out.data as TPayParams;
      return { prepayId: p.package.replace(/^prepay_id=/, ''), payParams: { ...p, signType: 'RSA' } };
    },
    async queryOrder(outTradeNo) {
      const out = (await pay.query({ out_trade_no: outTradeNo } as never)) as Output;
      if (out.status === 404) return null;
      if (out.status !== 200) return raise(out);
      return out.data as TTransaction;
    },
    async closeOrder(outTradeNo) {
      const out = (await pay.close(outTradeNo)) as Output;
      if (out.status !== 204 && out.status !== 200) raise(out);
    },
    async refund(r: TRefundRequest): Promise<TRefund> {
      const out = (await pay.refunds({
        out_trade_no: r.outTradeNo,
        out_refund_no: r.outRefundNo,
        reason: r.reason,
        notify_url: r.notifyUrl,
        amount: { refund: r.refundFen, total: r.totalFen, currency: 'CNY' },
      } as never)) as Output;
      if (out.status !== 200) return raise(out);
      return out.data as TRefund;
    },
    async queryRefund(outRefundNo) {
      const out = (await pay.find_refunds(outRefundNo)) as Output;
      if (out.status === 404) return null;
      if (out.status !== 200) return raise(out);
      return out.data as TRefund;
    },
    async openNotify(rawBody, header): Promise<TPayNotify> {
      const problem = await verify(rawBody, header);
      if (problem) throw new PayNotifyError(problem === 'missing' ? 'missing_headers' : problem);
      let parsed: { id?: unknown; event_type?: unknown; resource?: { ciphertext?: unknown; associated_data?: unknown; nonce?: unknown } };
      try {
        parsed = JSON.parse(rawBody) as typeof parsed;
      } catch {
        throw new PayNotifyError('bad_body');
      }
      const r = parsed.resource;
      if (typeof parsed.id !== 'string' || typeof parsed.event_type !== 'string' || !r || typeof r.ciphertext !== 'string' || typeof r.nonce !== 'string') {
        throw new PayNotifyError('bad_body');
      }
      let resource: unknown;
      try {
        resource = JSON.parse(decryptResource(cfg.apiV3Key, { ciphertext: r.ciphertext, nonce: r.nonce, associated_data: typeof r.associated_data === 'string' ? r.associated_data : '' }));
      } catch {
        throw new PayNotifyError('decrypt_failed');
      }
      return { id: parsed.id, eventType: parsed.event_type, resource } as TPayNotify;
    },
  };
}
