import { listenOnLoopback } from '../../loopback-server';
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import { encryptResource, parseAuthorization, requestMessage, rsaVerify, signResponse } from '../wechatpay-signing';
import { PaySimState, wechatTime, type SimOrder, type SimRefund } from './pay-sim-state';
import { settleRefund } from './pay-sim-notify';
import { payControlRoutes } from './pay-sim-control';
import { cashierRoutes } from './pay-sim-cashier';
import type { SimPayKeys } from './sim-keys';

export { PaySimState } from './pay-sim-state';

/**
 * A loopback simulator of WeChat Pay API v3 (stack-facts.md) for dev, demo and tests: JSAPI orders, query by
 * out_trade_no, close, refunds and refund query, /v3/certificates, and signed, encrypted notifications. It checks
 * the merchant's request signatures and signs every answer with the platform certificate (or the public key in
 * public-key mode) exactly like WeChat, so wechatpay-node-v3 runs its real code path. /pay/cashier is an H5 stand-in
 * for the WeChat cashier; /__sim/pay/* is the test-control surface.
 */
export interface WeChatPaySimulator {
  url: string;
  state: PaySimState;
  stop(): Promise<void>;
}

type Ctx = Koa.ParameterizedContext;
const raw = (ctx: Ctx) => (ctx.request as { rawBody?: string }).rawBody ?? '';
const body = (ctx: Ctx) => ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;

/** Answer signed, as WeChat does for every response (errors included). */
function reply(state: PaySimState, ctx: Ctx, status: number, payload?: unknown): void {
  const text = payload === undefined ? '' : JSON.stringify(payload);
  const { key, serial } = state.signer();
  const h = signResponse(key, serial, text, state.now());
  ctx.status = status;
  ctx.set({ 'Wechatpay-Timestamp': h.timestamp, 'Wechatpay-Nonce': h.nonce, 'Wechatpay-Serial': h.serial, 'Wechatpay-Signature': h.signature, 'Request-ID': `sim-${h.nonce.slice(0, 12)}` });
  if (payload === undefined) {
    ctx.body = null;
    ctx.status = status; // Koa resets the status when the body is emptied
  } else {
    ctx.type = 'application/json';
    ctx.body = text;
  }
}
const fail = (state: PaySimState, ctx: Ctx, status: number, code: string, message: string) => reply(state, ctx, status, { code, message });

function protocolRoutes(state: PaySimState): Router {
  const r = new Router();

  r.post('/v3/pay/transactions/jsapi', (ctx) => {
    const b = body(ctx);
    const amount = b.amount as { total?: unknown } | undefined;
    const payer = b.payer as { openid?: unknown } | undefined;
    if (typeof b.appid !== 'string' || !state.appids.has(b.appid)) return fail(state, ctx, 400, 'APPID_MCHID_NOT_MATCH', 'appid和mch_id不匹配');
    if (b.mchid !== state.keys.mchid) return fail(state, ctx, 400, 'MCH_NOT_EXISTS', '商户号不存在');
    if (typeof b.out_trade_no !== 'string' || !/^[0-9A-Za-z_\-|*]{6,32}$/.test(b.out_trade_no)) return fail(state, ctx, 400, 'PARAM_ERROR', '商户订单号格式错误');
    if (typeof b.description !== 'string' || !b.description || b.description.length > 127) return fail(state, ctx, 400, 'PARAM_ERROR', '商品描述无效');
    if (typeof b.notify_url !== 'string' || !/^https?:\/\/[^?#]+$/.test(b.notify_url)) return fail(state, ctx, 400, 'PARAM_ERROR', 'notify_url格式错误');
    if (!amount || typeof amount.total !== 'number' || !Number.isInteger(amount.total) || amount.total < 1) return fail(state, ctx, 400, 'PARAM_ERROR', '订单金额无效');
    if (!payer || typeof payer.openid !== 'string' || !payer.openid) return fail(state, ctx, 400, 'PARAM_ERROR', '缺少payer.openid');
    const existing = state.orders.get(b.out_trade_no);
    if (existing) {
      if (existing.tradeState === 'SUCCESS' || existing.tradeState === 'REFUND') return fail(state, ctx, 400, 'ORDERPAID', '该订单已支付');
      if (existing.tradeState === 'CLOSED') return fail(state, ctx, 400, 'ORDERCLOSED', '订单已关闭');
      if (existing.total !== amount.total || existing.openid !== payer.openid || existing.description !== b.description) {
        return fail(state, ctx, 400, 'INVALID_REQUEST', '201 商户订单号重复');
      }
      return reply(state, ctx, 200, { prepay_id: existing.prepayId });
    }
    const o: SimOrder = {
      appid: b.appid,
      mchid: b.mchid,
      description: b.description,
      outTradeNo: b.out_trade_no,
      notifyUrl: b.notify_url,
      total: amount.total,
      openid: payer.openid,
      prepayId: state.newPrepayId(),
      tradeState: 'NOTPAY',
      createdAt: state.now(),
    };
    state.orders.set(o.outTradeNo, o);
    reply(state, ctx, 200, { prepay_id: o.prepayId });
  });

  r.get('/v3/pay/transactions/out-trade-no/:no', (ctx) => {
    if (ctx.query.mchid !== state.keys.mchid) return fail(state, ctx, 400, 'PARAM_ERROR', 'mchid无效');
    const o = state.orders.get(ctx.params.no ?? '');
    if (!o) return fail(state, ctx, 404, 'ORDER_NOT_EXIST', '订单不存在');
    reply(state, ctx, 200, state.transactionOf(o));
  });

  r.post('/v3/pay/transactions/out-trade-no/:no/close', (ctx) => {
    if (body(ctx).mchid !== state.keys.mchid) return fail(state, ctx, 400, 'PARAM_ERROR', 'mchid无效');
    const o = state.orders.get(ctx.params.no ?? '');
    if (!o) return fail(state, ctx, 404, 'ORDER_NOT_EXIST', '订单不存在');
    if (o.tradeState === 'SUCCESS' || o.tradeState === 'REFUND') return fail(state, ctx, 400, 'ORDERPAID', '订单已支付');
    o.tradeState = 'CLOSED';
    reply(state, ctx, 204);
  });

  r.post('/v3/refund/domestic/refunds', (ctx) => {
    const b = body(ctx);
    const amount = b.amount as { refund?: unknown; total?: unknown; currency?: unknown } | undefined;
    const o = typeof b.out_trade_no === 'string' ? state.orders.get(b.out_trade_no) : undefined;
    if (typeof b.out_refund_no !== 'string' || !/^[0-9A-Za-z_\-|*@]{1,64}$/.test(b.out_refund_no)) return fail(state, ctx, 400, 'PARAM_ERROR', 'out_refund_no无效');
    if (!o) return fail(state, ctx, 404, 'RESOURCE_NOT_EXISTS', '订单不存在');
    const again = state.refunds.get(b.out_refund_no);
    if (again) return reply(state, ctx, 200, state.refundOf(again));
    if (o.tradeState !== 'SUCCESS' && o.tradeState !== 'REFUND') return fail(state, ctx, 403, 'TRADE_ERROR', '订单未支付，不能退款');
    if (!amount || typeof amount.refund !== 'number' || !Number.isInteger(amount.refund) || amount.refund < 1 || amount.total !== o.total) {
      return fail(state, ctx, 400, 'PARAM_ERROR', '退款金额参数错误');
    }
    if (state.refundedOf(o.outTradeNo) + amount.refund > o.total) return fail(state, ctx, 403, 'NOT_ENOUGH', '退款金额超过订单可退金额');
    const rf: SimRefund = {
      refundId: `50${String(Date.now())}${String(Math.floor(Math.random() * 1e12)).padStart(12, '0')}`.slice(0, 29),
      outRefundNo: b.out_refund_no,
      outTradeNo: o.outTradeNo,
      transactionId: o.transactionId ?? '',
      refund: amount.refund,
      total: o.total,
      ...(typeof b.notify_url === 'string' ? { notifyUrl: b.notify_url } : {}),
      status: 'PROCESSING',
      createdAt: state.now(),
    };
    state.refunds.set(rf.outRefundNo, rf);
    reply(state, ctx, 200, state.refundOf(rf));
    // The bank settles later; the merchant hears about it by notify or by querying.
    setTimeout(() => void settleRefund(state, rf), state.refundDelayMs).unref();
  });

  r.get('/v3/refund/domestic/refunds/:no', (ctx) => {
    const rf = state.refunds.get(ctx.params.no ?? '');
    if (!rf) return fail(state, ctx, 404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
    reply(state, ctx, 200, state.refundOf(rf));
  });

  r.get('/v3/certificates', (ctx) => {
    const k = state.keys;
    const now = state.now();
    reply(state, ctx, 200, {
      data: [
        {
          serial_no: k.platformSerial,
          effective_time: wechatTime(now - 86_400_000),
          expire_time: wechatTime(now + 5 * 365 * 86_400_000),
          encrypt_certificate: { ...encryptResource(k.apiV3Key, k.platformCertificate, 'certificate', 'certificate'), algorithm: 'AEAD_AES_256_GCM' },
        },
      ],
    });
  });
  return r;
}

/** Build the simulator's Koa app (without listening). */
export function createPaySimulatorApp(state: PaySimState): Koa {
  const app = new Koa();
  app.silent = true;
  app.use(bodyParser({ enableTypes: ['json', 'form'], jsonLimit: '1mb' }));
  // Every /v3 call must carry a valid merchant signature over the exact bytes sent, like the real API.
  app.use(async (ctx, next) => {
    if (!ctx.path.startsWith('/v3/')) return next();
    if (state.failNext > 0) {
      state.failNext -= 1;
      return fail(state, ctx, 500, 'SYSTEM_ERROR', '系统错误');
    }
    const auth = parseAuthorization(ctx.get('authorization'));
    if (!auth) return fail(state, ctx, 401, 'SIGN_ERROR', '缺少或无效的Authorization');
    if (auth.mchid !== state.keys.mchid) return fail(state, ctx, 401, 'SIGN_ERROR', '商户号与签名不匹配');
    if (auth.serial_no !== state.keys.merchantSerial) return fail(state, ctx, 401, 'SIGN_ERROR', '商户证书序列号有误');
    if (Math.abs(state.now() / 1000 - Number(auth.timestamp)) > 300) return fail(state, ctx, 401, 'SIGN_ERROR', '签名时间戳过期');
    const msg = requestMessage(ctx.method, ctx.url, auth.timestamp!, auth.nonce_str!, ctx.method === 'GET' ? '' : raw(ctx));
    if (!rsaVerify(state.keys.merchantCertificate, msg, auth.signature!)) return fail(state, ctx, 401, 'SIGN_ERROR', '签名错误');
    return next();
  });
  for (const router of [protocolRoutes(state), cashierRoutes(state), payControlRoutes(state)]) app.use(router.routes());
  return app;
}

/** Start a simulator on a free loopback port. */
export async function startWeChatPaySimulator(opts: { keys: SimPayKeys; appids: string[]; mode?: 'certificate' | 'publicKey'; port?: number }): Promise<WeChatPaySimulator> {
  const state = new PaySimState(opts.keys, new Set(opts.appids), opts.mode);
  const app = createPaySimulatorApp(state);
  const { url, stop } = await listenOnLoopback(app, opts.port);
  return { url, state, stop };
}
