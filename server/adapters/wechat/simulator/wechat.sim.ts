import { listenOnLoopback } from '../../loopback-server';
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import QRCode from 'qrcode';
import { controlRoutes } from './sim-control';
import { SCENE_RE, SimState, checkTemplateData } from './sim-state';

export { SimState } from './sim-state';

/**
 * A loopback simulator of WeChat's mini-program server APIs (stack-facts.md), used in dev, demo and tests because
 * the real hosts are unreachable. It speaks the real paths, shapes and errcodes, so the same client works against
 * both; /__sim/* is the test-control surface (login codes, subscription accepts, sent messages, faults, clock).
 */
export interface WeChatSimulator {
  url: string;
  state: SimState;
  stop(): Promise<void>;
}

type Ctx = Koa.ParameterizedContext;

const wxError = (ctx: Ctx, errcode: number, errmsg: string) => {
  ctx.status = 200; // WeChat answers errors with HTTP 200
  ctx.body = { errcode, errmsg: `${errmsg} rid: ${Math.random().toString(16).slice(2, 10)}` };
};

function protocolRoutes(state: SimState): Router {
  const r = new Router();
  const body = (ctx: Ctx) => ((ctx.request as { body?: Record<string, unknown> }).body ?? {}) as Record<string, unknown>;
  const tokenOk = (ctx: Ctx): boolean => {
    const t = typeof ctx.query.access_token === 'string' ? ctx.query.access_token : undefined;
    const check = state.checkToken(t);
    if (check === 42001) wxError(ctx, 42001, 'access_token expired');
    else if (check === 40001) wxError(ctx, 40001, 'invalid credential, access_token is invalid or not latest');
    return check === 0;
  };

  r.get('/sns/jscode2session', (ctx) => {
    const { appid, secret, js_code: code, grant_type: grant } = ctx.query;
    if (appid !== state.appid) return wxError(ctx, 40013, 'invalid appid');
    if (secret !== state.secret) return wxError(ctx, 40125, 'invalid appsecret');
    if (grant !== 'authorization_code') return wxError(ctx, 40002, 'invalid grant_type');
    if (typeof code !== 'string' || !code) return wxError(ctx, 41008, 'missing code');
    const res = state.redeemLoginCode(code);
    if ('errcode' in res) return wxError(ctx, res.errcode, res.errcode === 40163 ? 'code been used' : 'invalid code');
    ctx.body = { openid: res.openid, session_key: Buffer.from(`${res.openid}:${code}`).toString('base64').slice(0, 24), ...(res.unionid ? { unionid: res.unionid } : {}) };
  });

  r.post('/cgi-bin/stable_token', (ctx) => {
    const b = body(ctx);
    if (b.grant_type !== 'client_credential') return wxError(ctx, 40002, 'invalid grant_type');
    if (b.appid !== state.appid) return wxError(ctx, 40013, 'invalid appid');
    if (b.secret !== state.secret) return wxError(ctx, 40125, 'invalid appsecret');
    const t = state.stableToken(b.force_refresh === true);
    ctx.body = { access_token: t.token, expires_in: t.expiresIn };
  });

  r.post('/wxa/getwxacodeunlimit', async (ctx) => {
    if (!tokenOk(ctx)) return;
    const b = body(ctx);
    const scene = b.scene;
    if (typeof scene !== 'string' || !SCENE_RE.test(scene)) return wxError(ctx, 40169, 'invalid length for scene, or the data is not json string');
    const page = b.page;
    if (page !== undefined && (typeof page !== 'string' || page.startsWith('/') || !/^[A-Za-z0-9_\-/]+$/.test(page))) {
      return wxError(ctx, 41030, 'invalid page rid');
    }
    const width = typeof b.width === 'number' ? Math.min(1280, Math.max(280, Math.round(b.width))) : 430;
    ctx.type = 'image/png';
    ctx.body = await QRCode.toBuffer(scene, { type: 'png', width, margin: 2, errorCorrectionLevel: 'M' });
  });

  r.post('/wxa/business/getuserphonenumber', (ctx) => {
    if (!tokenOk(ctx)) return;
    const code = body(ctx).code;
    const entry = typeof code === 'string' ? state.phoneCodes.get(code) : undefined;
    if (!entry || entry.used || state.now() - entry.issuedAt > 5 * 60 * 1000) return wxError(ctx, 40029, 'invalid code');
    entry.used = true;
    const pure = entry.phoneNumber;
    ctx.body = {
      errcode: 0,
      errmsg: 'ok',
      phone_info: { phoneNumber: pure, purePhoneNumber: pure, countryCode: '86', watermark: { timestamp: Math.floor(state.now() / 1000), appid: state.appid } },
    };
  });

  r.post('/cgi-bin/message/subscribe/send', (ctx) => {
    if (!tokenOk(ctx)) return;
    const b = body(ctx);
    const touser = b.touser;
    const templateId = b.template_id;
    if (typeof touser !== 'string' || !state.knownOpenids.has(touser)) return wxError(ctx, 40003, 'invalid openid');
    if (typeof templateId !== 'string' || !templateId) return wxError(ctx, 40037, 'invalid template_id');
    const data = b.data;
    if (!data || typeof data !== 'object') return wxError(ctx, 47003, 'argument invalid! data is empty');
    const problem = checkTemplateData(data as Record<string, { value?: unknown }>);
    if (problem) return wxError(ctx, 47003, problem);
    if (!state.consumeAccept(touser, templateId)) return wxError(ctx, 43101, 'user refuse to accept the msg');
    state.sent.push({
      touser,
      templateId,
      ...(typeof b.page === 'string' ? { page: b.page } : {}),
      data: data as Record<string, { value: string }>,
      ...(typeof b.miniprogram_state === 'string' ? { miniprogramState: b.miniprogram_state } : {}),
      sentAt: new Date(state.now()).toISOString(),
    });
    ctx.body = { errcode: 0, errmsg: 'ok', msgid: Date.now() };
  });

  r.post('/wxa/msg_sec_check', (ctx) => {
    if (!tokenOk(ctx)) return;
    const b = body(ctx);
    if (b.version !== 2 || typeof b.openid !== 'string' || typeof b.content !== 'string') return wxError(ctx, 47001, 'data format error');
    const content = b.content;
    const risky = state.riskyWords.some((w) => content.includes(w));
    // v2 answers errcode 0 even for risky content: the verdict is in result.suggest.
    ctx.body = {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: risky ? 'risky' : 'pass', label: risky ? 20001 : 100 },
      detail: [{ strategy: 'content_model', errcode: 0, suggest: risky ? 'risky' : 'pass', label: risky ? 20001 : 100 }],
      trace_id: Math.random().toString(16).slice(2),
    };
  });
  return r;
}

/** Build the simulator's Koa app (without listening). */
export function createSimulatorApp(state: SimState): Koa {
  const app = new Koa();
  app.silent = true;
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '1mb' }));
  // Faults apply to protocol calls only, never to the control surface.
  app.use(async (ctx, next) => {
    if (ctx.path.startsWith('/__sim/')) return next();
    state.calls.push({ path: ctx.path, at: new Date(state.now()).toISOString() });
    const f = state.faults;
    if (f.delayMs > 0) await new Promise((r) => setTimeout(r, f.delayMs));
    if (!f.pathPrefix || ctx.path.startsWith(f.pathPrefix)) {
      if (f.down) {
        ctx.status = f.down.status;
        ctx.body = 'simulated outage';
        return;
      }
      if (f.failNext.count > 0) {
        f.failNext.count -= 1;
        ctx.status = f.failNext.status;
        ctx.body = 'simulated failure';
        return;
      }
      if (f.errcodeNext.count > 0) {
        f.errcodeNext.count -= 1;
        return wxError(ctx, f.errcodeNext.errcode, f.errcodeNext.errcode === -1 ? 'system error' : 'reach max api daily quota limit');
      }
    }
    return next();
  });
  const protocol = protocolRoutes(state);
  const control = controlRoutes(state);
  app.use(protocol.routes()).use(control.routes());
  return app;
}

/** Start a simulator on a free loopback port (or the given one). */
export async function startWeChatSimulator(opts: { appid: string; secret: string; port?: number }): Promise<WeChatSimulator> {
  const state = new SimState(opts.appid, opts.secret);
  const app = createSimulatorApp(state);
  const { url, stop } = await listenOnLoopback(app, opts.port);
  return { url, state, stop };
}
