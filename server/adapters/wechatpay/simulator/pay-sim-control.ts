import Router from '@koa/router';
import type { PaySimState } from './pay-sim-state';
import { deliver, payOrder } from './pay-sim-notify';

/**
 * Test control of the WeChat Pay simulator (never a WeChat API): pay an order as its payer would, shape the next
 * notifications (skip, delay, repeat), replay or tamper with a sent one, fail calls, move the clock, switch modes.
 */
export function payControlRoutes(state: PaySimState): Router {
  const r = new Router({ prefix: '/__sim/pay' });
  const body = (ctx: { request: unknown }) => ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;

  r.get('/orders/:no', (ctx) => {
    const o = state.orders.get(ctx.params.no ?? '');
    if (!o) ctx.status = 404;
    else ctx.body = { ...o, refunded: state.refundedOf(o.outTradeNo) };
  });
  r.post('/orders/:no/pay', async (ctx) => {
    const o = state.orders.get(ctx.params.no ?? '');
    if (!o) {
      ctx.status = 404;
      return;
    }
    await payOrder(state, o);
    ctx.body = { ...o, notifies: state.notifies.filter((n) => n.body.length > 0).length };
  });
  r.post('/faults', (ctx) => {
    const b = body(ctx);
    state.faults = { skip: Number(b.skip ?? 0), delayMs: Number(b.delayMs ?? 0), repeat: Number(b.repeat ?? 1) };
    state.failNext = Number(b.failNext ?? 0);
    state.refundDelayMs = Number(b.refundDelayMs ?? 0);
    ctx.body = { ok: true };
  });
  r.post('/mode', (ctx) => {
    state.mode = body(ctx).mode === 'publicKey' ? 'publicKey' : 'certificate';
    ctx.body = { mode: state.mode };
  });
  r.post('/clock', (ctx) => {
    state.clockOffsetMs = Number(body(ctx).offsetMs ?? 0);
    ctx.body = { now: state.now() };
  });
  r.get('/notifies', (ctx) => {
    ctx.body = state.notifies;
  });
  /** Re-send a recorded notification byte for byte (a replay), optionally with a changed body (a tamper). */
  r.post('/notifies/:id/replay', async (ctx) => {
    const n = state.notifies.find((x) => x.id === Number(ctx.params.id));
    if (!n) {
      ctx.status = 404;
      return;
    }
    const b = body(ctx);
    const text = typeof b.body === 'string' ? b.body : n.body;
    ctx.body = { status: await deliver(state, n.url, { ...n.headers, ...((b.headers as Record<string, string>) ?? {}) }, text) };
  });
  return r;
}
