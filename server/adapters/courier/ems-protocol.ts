import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TTrackEvent, TTrackStatus } from './courier.port';

/**
 * The EMS-style open-platform protocol shared by the adapter and the simulator: JSON bodies signed with
 * HMAC-SHA256 over `APPKEY\nTIMESTAMP\nNONCE\nBODY\n` in X-Ems-* headers (requests with the app secret, pushes with
 * the push secret), and EMS operation codes for tracking events.
 */
export const EMS_HEADERS = { appKey: 'x-ems-app-key', timestamp: 'x-ems-timestamp', nonce: 'x-ems-nonce', sign: 'x-ems-sign' } as const;

/** Requests and pushes older or newer than this are refused (replays). */
export const EMS_MAX_SKEW_MS = 5 * 60 * 1000;

export function emsSign(secret: string, appKey: string, timestamp: string, nonce: string, body: string): string {
  return createHmac('sha256', secret).update(`${appKey}\n${timestamp}\n${nonce}\n${body}\n`).digest('base64');
}

export function emsHeaders(secret: string, appKey: string, body: string, nowMs: number): Record<string, string> {
  const timestamp = String(nowMs);
  const nonce = randomBytes(12).toString('hex');
  return { [EMS_HEADERS.appKey]: appKey, [EMS_HEADERS.timestamp]: timestamp, [EMS_HEADERS.nonce]: nonce, [EMS_HEADERS.sign]: emsSign(secret, appKey, timestamp, nonce, body) };
}

export type EmsCheck = 'ok' | 'missing_headers' | 'stale' | 'bad_signature';

/** Check a signed body (constant-time comparison). */
export function emsVerify(secret: string, expectedAppKey: string, header: (name: string) => string | undefined, body: string, nowMs: number): EmsCheck {
  const appKey = header(EMS_HEADERS.appKey);
  const ts = header(EMS_HEADERS.timestamp);
  const nonce = header(EMS_HEADERS.nonce);
  const sign = header(EMS_HEADERS.sign);
  if (!appKey || !ts || !nonce || !sign) return 'missing_headers';
  if (!/^\d{10,14}$/.test(ts) || Math.abs(nowMs - Number(ts)) > EMS_MAX_SKEW_MS) return 'stale';
  const expected = Buffer.from(emsSign(secret, expectedAppKey, ts, nonce, body));
  const got = Buffer.from(sign);
  return appKey === expectedAppKey && got.length === expected.length && timingSafeEqual(got, expected) ? 'ok' : 'bad_signature';
}

/** EMS operation codes (opCode) and our statuses. */
export const EMS_OP_CODES: Readonly<Record<string, TTrackStatus>> = {
  '203': 'PICKED_UP',
  '306': 'IN_TRANSIT',
  '702': 'OUT_FOR_DELIVERY',
  '704': 'DELIVERED',
  '705': 'FAILED',
  '711': 'RETURNED',
};
export const EMS_OP_CODE_OF: Readonly<Record<TTrackStatus, string>> = Object.fromEntries(Object.entries(EMS_OP_CODES).map(([k, v]) => [v, k])) as Record<TTrackStatus, string>;

/** One trace as EMS sends it. */
export interface EmsTrace {
  waybillNo: string;
  opCode: string;
  opName: string;
  /** yyyy-MM-dd HH:mm:ss, China time. */
  opTime: string;
  opOrgCity?: string;
  opDesc: string;
}

/** China-time `yyyy-MM-dd HH:mm:ss` ↔ ISO. */
export const toEmsTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
export const fromEmsTime = (s: string) => new Date(`${s.replace(' ', 'T')}+08:00`).toISOString();

/** Traces with unknown op codes (customs, internal scans) are skipped: they are not states the case cares about. */
export function traceToEvent(t: EmsTrace): TTrackEvent | null {
  const status = EMS_OP_CODES[t.opCode];
  if (!status || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(t.opTime)) return null;
  return { waybillNo: t.waybillNo, status, occurredAt: fromEmsTime(t.opTime), description: t.opDesc || t.opName, location: t.opOrgCity ?? null };
}
