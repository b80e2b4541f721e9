import { CourierError, CourierPushError, type CourierClient, type TCourierPush, type TTrackEvent, type TWaybillRequest } from './courier.port';
import { emsHeaders, emsVerify, traceToEvent, type EmsTrace } from './ems-protocol';

export interface EmsConfig {
  baseUrl: string;
  appKey: string;
  appSecret: string;
  /** Secret the carrier signs its pushes with. */
  pushSecret: string;
  now?: () => number;
}

/** The EMS open-platform adapter: signed JSON requests to the configured base URL, verified pushes. */
export function createEmsClient(cfg: EmsConfig): CourierClient {
  const now = cfg.now ?? (() => Date.now());
  const base = cfg.baseUrl.replace(/\/$/, '');

  async function send<T>(method: 'GET' | 'POST', path: string, payload?: unknown): Promise<T> {
    const body = payload === undefined ? '' : JSON.stringify(payload);
    let res: Response;
    try {
      res = await fetch(base + path, {
        method,
        headers: { ...emsHeaders(cfg.appSecret, cfg.appKey, body, now()), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(payload !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (e) {
      throw new CourierError('TRANSPORT', e instanceof Error ? e.message : String(e));
    }
    const data = (await res.json().catch(() => ({}))) as { code?: string; message?: string } & T;
    if (!res.ok || data.code !== '0') throw new CourierError(data.code ?? `HTTP_${res.status}`, data.message ?? `HTTP ${res.status}`);
    return data;
  }

  return {
    carrier: 'EMS',
    carrierName: '中国邮政EMS',
    async createWaybill(req: TWaybillRequest) {
      const r = await send<{ waybillNo: string }>('POST', '/api/v1/waybills', { orderNo: req.orderNo, sender: req.sender, receiver: req.receiver, cargo: { name: req.cargo }, callbackUrl: req.callbackUrl });
      return { waybillNo: r.waybillNo };
    },
    async cancelWaybill(waybillNo) {
      await send('POST', `/api/v1/waybills/${encodeURIComponent(waybillNo)}/cancel`, {});
    },
    async track(waybillNo): Promise<TTrackEvent[]> {
      const r = await send<{ traces: EmsTrace[] }>('GET', `/api/v1/waybills/${encodeURIComponent(waybillNo)}/traces`);
      return r.traces.map(traceToEvent).filter((e): e is TTrackEvent => e !== null);
    },
    openPush(rawBody, header): TCourierPush {
      const check = emsVerify(cfg.pushSecret, cfg.appKey, header, rawBody, now());
      if (check !== 'ok') throw new CourierPushError(check);
      let parsed: { waybillNo?: unknown; traces?: unknown };
      try {
        parsed = JSON.parse(rawBody) as typeof parsed;
      } catch {
        throw new CourierPushError('bad_body');
      }
      if (typeof parsed.waybillNo !== 'string' || !Array.isArray(parsed.traces)) throw new CourierPushError('bad_body');
      const waybillNo = parsed.waybillNo;
      const events = (parsed.traces as EmsTrace[]).filter((t) => t && t.waybillNo === waybillNo).map(traceToEvent).filter((e): e is TTrackEvent => e !== null);
      return { waybillNo, events };
    },
  };
}
