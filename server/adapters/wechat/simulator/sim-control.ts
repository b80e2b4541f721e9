import Router from '@koa/router';
import type Koa from 'koa';
import type { SimState } from './sim-state';

/**
 * Test and demo control surface of the simulator. Not part of WeChat's protocol: what a phone (wx.login,
 * getPhoneNumber, requestSubscribeMessage) or a test would otherwise do.
 */
export function controlRoutes(state: SimState): Router {
  const r = new Router({ prefix: '/__sim' });
  const body = (ctx: Koa.Context) => ((ctx.request as { body?: Record<string, unknown> }).body ?? {}) as Record<string, unknown>;
  const str = (v: unknown, max = 128) => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : undefined);
  const bad = (ctx: Koa.Context, message: string) => {
    ctx.status = 400;
    ctx.body = { error: message };
  };

  /** Issue a wx.login code for an openid (what Taro.login returns on a phone). */
  r.post('/login-code', (ctx) => {
    const openid = str(body(ctx).openid);
    if (!openid) return bad(ctx, 'openid required');
    ctx.body = { code: state.issueLoginCode(openid, str(body(ctx).unionid)) };
  });

  /** Issue a getPhoneNumber button code for a phone number. */
  r.post('/phone-code', (ctx) => {
    const phone = str(body(ctx).phoneNumber, 20);
    if (!phone) return bad(ctx, 'phoneNumber required');
    ctx.body = { code: state.issuePhoneCode(phone) };
  });

  /** Record `accept` results of wx.requestSubscribeMessage: each allows exactly one message. */
  r.post('/subscribe-accept', (ctx) => {
    const b = body(ctx);
    const openid = str(b.openid);
    const ids = Array.isArray(b.templateIds) ? b.templateIds.filter((t): t is string => typeof t === 'string') : [];
    if (!openid || ids.length === 0 || ids.length > 3) return bad(ctx, 'openid and 1..3 templateIds required');
    state.knownOpenids.add(openid);
    for (const id of ids) state.recordAccept(openid, id);
    ctx.body = { ok: true };
  });

  r.get('/messages', (ctx) => {
    const to = typeof ctx.query.touser === 'string' ? ctx.query.touser : undefined;
    ctx.body = { items: state.sent.filter((m) => !to || m.touser === to) };
  });

  r.get('/calls', (ctx) => {
    ctx.body = { items: state.calls };
  });

  /** Faults: {delayMs?, fail?: {count, status}, errcode?: {count, errcode}, pathPrefix?, down?: {status} | true}. */
  r.post('/faults', (ctx) => {
    const b = body(ctx) as {
      delayMs?: unknown;
      fail?: { count?: unknown; status?: unknown };
      errcode?: { count?: unknown; errcode?: unknown };
      pathPrefix?: unknown;
      down?: unknown;
    };
    const f = state.noFaults();
    if (typeof b.delayMs === 'number') f.delayMs = Math.max(0, Math.min(60_000, b.delayMs));
    if (b.fail && typeof b.fail.count === 'number') f.failNext = { count: b.fail.count, status: typeof b.fail.status === 'number' ? b.fail.status : 500 };
    if (b.errcode && typeof b.errcode.count === 'number') {
      f.errcodeNext = { count: b.errcode.count, errcode: typeof b.errcode.errcode === 'number' ? b.errcode.errcode : 45011 };
    }
    if (typeof b.pathPrefix === 'string') f.pathPrefix = b.pathPrefix;
    if (b.down === true) f.down = { status: 503 };
    else if (b.down && typeof b.down === 'object' && typeof (b.down as { status?: unknown }).status === 'number') f.down = { status: (b.down as { status: number }).status };
    state.faults = f;
    ctx.body = { faults: f };
  });

  /** Tokens: {mode: 'expire' | 'invalidate'}. */
  r.post('/tokens', (ctx) => {
    const mode = body(ctx).mode;
    if (mode === 'expire') state.expireTokens();
    else if (mode === 'invalidate') state.invalidateTokens();
    else return bad(ctx, "mode must be 'expire' or 'invalidate'");
    ctx.body = { ok: true };
  });

  /** Move the simulator's clock forward (code and token expiry). */
  r.post('/clock', (ctx) => {
    const ms = body(ctx).advanceMs;
    if (typeof ms !== 'number' || ms < 0) return bad(ctx, 'advanceMs required');
    state.clockOffsetMs += ms;
    ctx.body = { now: new Date(state.now()).toISOString() };
  });

  r.post('/reset', (ctx) => {
    state.reset();
    ctx.body = { ok: true };
  });
  return r;
}
