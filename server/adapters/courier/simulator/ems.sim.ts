import { listenOnLoopback } from '../../loopback-server';
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import { EMS_OP_CODE_OF, emsHeaders, emsVerify, toEmsTime, type EmsTrace } from '../ems-protocol';
import type { TTrackStatus } from '../courier.port';

/** How a simulated parcel's journey goes. */
export type ParcelScenario = 'normal' | 'lose' | 'failDelivery';

const PLANS: Record<ParcelScenario, TTrackStatus[]> = {
  normal: ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'],
  // Lost after leaving the sorting centre: no more scans, ever.
  lose: ['PICKED_UP', 'IN_TRANSIT'],
  failDelivery: ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED', 'RETURNED'],
};

const DESCRIPTIONS: Record<TTrackStatus, [string, string]> = {
  PICKED_UP: ['收寄', '【保山市邮政分公司】已收寄，揽投员：李师傅'],
  IN_TRANSIT: ['运输', '离开【保山邮件处理中心】，下一站【目的地处理中心】'],
  OUT_FOR_DELIVERY: ['派送', '【投递部】安排投递，投递员：王师傅，电话：0875-3100000'],
  DELIVERED: ['妥投', '已签收，签收人：本人签收'],
  FAILED: ['未妥投', '收件人不在，电话无人接听，未妥投'],
  RETURNED: ['退回', '邮件按原址退回寄件人'],
};

interface Parcel {
  waybillNo: string;
  orderNo: string;
  callbackUrl: string;
  receiverCity: string;
  scenario: ParcelScenario;
  traces: EmsTrace[];
  cancelled: boolean;
  /** A push held back to be delivered after the next one (out of order). */
  held?: EmsTrace[];
  /** Time of the last scan: scans of one parcel are at least a second apart, in order. */
  lastAt: number;
}

/** Push faults for the next pushes (test control). */
export interface PushFaults {
  /** Do not push the next n events (polling must find them). */
  skip: number;
  /** Push each of the next n events twice. */
  duplicate: number;
  /** Hold the next event back and push it after the one that follows. */
  reorder: number;
}

export class EmsSimState {
  parcels = new Map<string, Parcel>();
  faults: PushFaults = { skip: 0, duplicate: 0, reorder: 0 };
  defaultScenario: ParcelScenario = 'normal';
  pushes: { waybillNo: string; status: number; body: string; headers: Record<string, string> }[] = [];
  private seq = 0;
  constructor(
    public readonly appKey: string,
    public readonly appSecret: string,
    public readonly pushSecret: string,
  ) {}
  newWaybillNo(): string {
    this.seq += 1;
    // EMS domestic numbers: 13 characters, e.g. 1100000000101.
    return `11${String(Date.now()).slice(-7)}${String(this.seq % 10000).padStart(4, '0')}`;
  }
}

async function push(state: EmsSimState, p: Parcel, traces: EmsTrace[]): Promise<void> {
  const body = JSON.stringify({ waybillNo: p.waybillNo, traces });
  const headers = { 'content-type': 'application/json', ...emsHeaders(state.pushSecret, state.appKey, body, Date.now()) };
  let status = 0;
  try {
    const res = await fetch(p.callbackUrl, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
    status = res.status;
    await res.arrayBuffer();
  } catch {
    status = 0;
  }
  state.pushes.push({ waybillNo: p.waybillNo, status, body, headers });
}

/** Move a parcel one step along its scenario and push the new trace (with the configured faults). */
export async function advanceParcel(state: EmsSimState, p: Parcel, atMs = Date.now()): Promise<EmsTrace | null> {
  const plan = PLANS[p.scenario];
  const next = plan[p.traces.length];
  if (p.cancelled || !next) return null;
  const [opName, opDesc] = DESCRIPTIONS[next];
  p.lastAt = Math.max(atMs, p.lastAt + 1000);
  const trace: EmsTrace = { waybillNo: p.waybillNo, opCode: EMS_OP_CODE_OF[next], opName, opTime: toEmsTime(p.lastAt), opOrgCity: next === 'PICKED_UP' || next === 'IN_TRANSIT' ? '保山市' : p.receiverCity, opDesc };
  p.traces.push(trace);
  const f = state.faults;
  if (f.skip > 0) {
    f.skip -= 1;
    return trace;
  }
  if (f.reorder > 0) {
    f.reorder -= 1;
    p.held = [...(p.held ?? []), trace];
    return trace;
  }
  const times = f.duplicate > 0 ? 2 : 1;
  if (f.duplicate > 0) f.duplicate -= 1;
  for (let i = 0; i < times; i += 1) await push(state, p, [trace]);
  if (p.held?.length) {
    const held = p.held;
    delete p.held;
    await push(state, p, held);
  }
  return trace;
}

function routes(state: EmsSimState): Router {
  const r = new Router();
  const body = (ctx: Koa.Context) => ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;
  const fail = (ctx: Koa.Context, status: number, code: string, message: string) => {
    ctx.status = status;
    ctx.body = { code, message };
  };

  r.post('/api/v1/waybills', (ctx) => {
    const b = body(ctx);
    const receiver = b.receiver as Record<string, unknown> | undefined;
    const sender = b.sender as Record<string, unknown> | undefined;
    if (typeof b.orderNo !== 'string' || !b.orderNo) return fail(ctx, 400, 'E001', '缺少订单号');
    for (const [who, party] of [['寄件人', sender], ['收件人', receiver]] as const) {
      if (!party || typeof party.name !== 'string' || !party.name || typeof party.phone !== 'string' || !/^[\d-]{7,20}$/.test(party.phone) || typeof party.address !== 'string' || party.address.length < 4) {
        return fail(ctx, 400, 'E002', `${who}信息不完整`);
      }
    }
    if (typeof b.callbackUrl !== 'string' || !/^https?:\/\//.test(b.callbackUrl)) return fail(ctx, 400, 'E003', '回调地址无效');
    for (const p of state.parcels.values()) if (p.orderNo === b.orderNo) return void (ctx.body = { code: '0', waybillNo: p.waybillNo });
    const p: Parcel = {
      waybillNo: state.newWaybillNo(),
      orderNo: b.orderNo,
      callbackUrl: b.callbackUrl,
      receiverCity: String(receiver!.address).slice(0, 6),
      scenario: state.defaultScenario,
      traces: [],
      cancelled: false,
      lastAt: 0,
    };
    state.parcels.set(p.waybillNo, p);
    ctx.body = { code: '0', waybillNo: p.waybillNo };
  });

  r.post('/api/v1/waybills/:no/cancel', (ctx) => {
    const p = state.parcels.get(ctx.params.no ?? '');
    if (!p) return fail(ctx, 404, 'E404', '运单不存在');
    if (p.traces.length > 0) return fail(ctx, 409, 'CANNOT_CANCEL', '邮件已收寄，不能取消');
    p.cancelled = true;
    ctx.body = { code: '0' };
  });

  r.get('/api/v1/waybills/:no/traces', (ctx) => {
    const p = state.parcels.get(ctx.params.no ?? '');
    if (!p) return fail(ctx, 404, 'E404', '运单不存在');
    ctx.body = { code: '0', traces: p.traces };
  });

  // Test control (never part of the carrier's API).
  r.post('/__sim/ems/parcels/:no/scenario', (ctx) => {
    const p = state.parcels.get(ctx.params.no ?? '');
    if (!p) return fail(ctx, 404, 'E404', '运单不存在');
    p.scenario = (body(ctx).scenario as ParcelScenario) in PLANS ? (body(ctx).scenario as ParcelScenario) : 'normal';
    ctx.body = { code: '0', scenario: p.scenario };
  });
  r.post('/__sim/ems/parcels/:no/advance', async (ctx) => {
    const p = state.parcels.get(ctx.params.no ?? '');
    if (!p) return fail(ctx, 404, 'E404', '运单不存在');
    const steps = Math.max(1, Math.min(10, Number(body(ctx).steps ?? 1)));
    const done: EmsTrace[] = [];
    for (let i = 0; i < steps; i += 1) {
      const t = await advanceParcel(state, p);
      if (t) done.push(t);
    }
    ctx.body = { code: '0', traces: done, all: p.traces };
  });
  r.post('/__sim/ems/faults', (ctx) => {
    const b = body(ctx);
    state.faults = { skip: Number(b.skip ?? 0), duplicate: Number(b.duplicate ?? 0), reorder: Number(b.reorder ?? 0) };
    if (typeof b.defaultScenario === 'string' && b.defaultScenario in PLANS) state.defaultScenario = b.defaultScenario as ParcelScenario;
    ctx.body = { code: '0' };
  });
  r.get('/__sim/ems/pushes', (ctx) => {
    ctx.body = state.pushes;
  });
  return r;
}

export interface EmsSimulator {
  url: string;
  state: EmsSimState;
  stop(): Promise<void>;
}

/**
 * A loopback EMS: signed requests checked, waybills keyed by order number, parcels that move along a scenario
 * (every `autoStepMs` in dev, or step by step from tests) and signed pushes that can be skipped, doubled or reordered.
 */
export async function startEmsSimulator(opts: { appKey: string; appSecret: string; pushSecret: string; autoStepMs?: number }): Promise<EmsSimulator> {
  const state = new EmsSimState(opts.appKey, opts.appSecret, opts.pushSecret);
  const app = new Koa();
  app.silent = true;
  app.use(bodyParser({ enableTypes: ['json'] }));
  app.use(async (ctx, next) => {
    if (ctx.path.startsWith('/__sim/')) return next();
    const raw = (ctx.request as { rawBody?: string }).rawBody ?? '';
    const check = emsVerify(state.appSecret, state.appKey, (h) => ctx.get(h) || undefined, ctx.method === 'GET' ? '' : raw, Date.now());
    if (check !== 'ok') {
      ctx.status = 401;
      ctx.body = { code: 'E401', message: `签名校验失败：${check}` };
      return;
    }
    return next();
  });
  app.use(routes(state).routes());
  const server = await listenOnLoopback(app);
  let timer: NodeJS.Timeout | undefined;
  if (opts.autoStepMs && opts.autoStepMs > 0) {
    timer = setInterval(() => {
      for (const p of state.parcels.values()) void advanceParcel(state, p);
    }, opts.autoStepMs);
    timer.unref();
  }
  return {
    url: server.url,
    state,
    stop: () => {
      if (timer) clearInterval(timer);
      return server.stop();
    },
  };
}
