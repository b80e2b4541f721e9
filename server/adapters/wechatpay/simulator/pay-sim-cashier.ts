import Router from '@koa/router';
import type { PaySimState } from './pay-sim-state';
import { payOrder } from './pay-sim-notify';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Only same-host or loopback http(s) return links: the cashier must not become an open redirect. */
function safeReturn(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The H5 stand-in for WeChat's cashier (on weapp, wx.requestPayment shows the real one): the page shows the order,
 * 确认支付 marks it paid and sends the signed notify, then returns to the app.
 */
export function cashierRoutes(state: PaySimState): Router {
  const r = new Router();
  r.get('/pay/cashier', (ctx) => {
    const prepayId = typeof ctx.query.prepay_id === 'string' ? ctx.query.prepay_id : '';
    const o = state.findByPrepayId(prepayId);
    const back = safeReturn(ctx.query.return_url);
    ctx.type = 'text/html; charset=utf-8';
    if (!o) {
      ctx.status = 404;
      ctx.body = '<!doctype html><meta charset="utf-8"><title>微信支付（模拟）</title><p role="alert">订单不存在或已失效</p>';
      return;
    }
    const yuan = (o.total / 100).toFixed(2);
    const state_ = o.tradeState === 'NOTPAY' ? '' : `<p role="status">订单状态：${o.tradeState === 'SUCCESS' ? '已支付' : o.tradeState === 'CLOSED' ? '已关闭' : '已退款'}</p>`;
    ctx.body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>微信支付（模拟收银台）</title><style>body{font:18px/1.6 system-ui,sans-serif;margin:0;padding:24px;background:#f5f5f5}main{background:#fff;border-radius:8px;padding:24px;max-width:420px;margin:auto}
.amount{font-size:36px;font-weight:600}button{width:100%;font-size:20px;padding:14px;border:0;border-radius:8px;background:#07c160;color:#fff}</style></head>
<body><main><h1>微信支付（模拟）</h1><p>${esc(o.description)}</p><p class="amount">￥${yuan}</p><p>商户订单号 ${esc(o.outTradeNo)}</p>${state_}
${o.tradeState === 'NOTPAY' ? `<form method="post" action="/pay/cashier/confirm"><input type="hidden" name="prepay_id" value="${esc(prepayId)}"><input type="hidden" name="return_url" value="${esc(back ?? '')}"><button type="submit">确认支付</button></form>` : ''}
${back ? `<p><a href="${esc(back)}">返回</a></p>` : ''}</main></body></html>`;
  });
  r.post('/pay/cashier/confirm', async (ctx) => {
    const b = ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;
    const o = typeof b.prepay_id === 'string' ? state.findByPrepayId(b.prepay_id) : undefined;
    if (!o) {
      ctx.status = 404;
      ctx.body = '订单不存在';
      return;
    }
    await payOrder(state, o);
    const back = safeReturn(b.return_url);
    if (back) ctx.redirect(back);
    else ctx.redirect(`/pay/cashier?prepay_id=${encodeURIComponent(o.prepayId)}`);
  });
  return r;
}
