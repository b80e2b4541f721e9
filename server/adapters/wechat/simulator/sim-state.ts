import { randomBytes } from 'node:crypto';

/** A login code issued for a simulated user; single use, 5 minutes (as WeChat). */
interface LoginCode {
  openid: string;
  unionid?: string;
  issuedAt: number;
  used: boolean;
}

export interface SentMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: string;
  sentAt: string;
}

/** Faults injected by tests through /__sim/faults. */
export interface SimFaults {
  /** Added to every protocol response. */
  delayMs: number;
  /** The next N protocol calls answer with this HTTP status (5xx). */
  failNext: { count: number; status: number };
  /** The next N protocol calls answer HTTP 200 with this errcode (45009 / 45011 / -1). */
  errcodeNext: { count: number; errcode: number };
  /** Only calls whose path starts with this are affected by failNext/errcodeNext/down ('' = all). */
  pathPrefix: string;
  /** WeChat unreachable until cleared: every protocol call answers this HTTP status (e.g. 503). */
  down: { status: number } | null;
}

export const CODE_TTL_MS = 5 * 60 * 1000;
export const TOKEN_TTL_S = 7200;

const token = () => randomBytes(48).toString('base64url');

/** All state of one simulator instance. Time comes from a clock tests can move forward. */
export class SimState {
  clockOffsetMs = 0;
  readonly codes = new Map<string, LoginCode>();
  readonly phoneCodes = new Map<string, { phoneNumber: string; used: boolean; issuedAt: number }>();
  /** openids WeChat would know for this app (seen through a login code). */
  readonly knownOpenids = new Set<string>();
  /** Remaining one-time subscription accepts per `${openid}\n${templateId}`. */
  readonly accepts = new Map<string, number>();
  readonly sent: SentMessage[] = [];
  /** The current stable token and the previous one (both valid, as WeChat keeps the old one briefly). */
  current: { token: string; expiresAt: number } | undefined;
  readonly valid = new Map<string, number>();
  riskyWords: string[] = ['赌博', '诈骗'];
  faults: SimFaults = this.noFaults();
  calls: { path: string; at: string }[] = [];

  constructor(
    readonly appid: string,
    readonly secret: string,
  ) {}

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  noFaults(): SimFaults {
    return { delayMs: 0, failNext: { count: 0, status: 500 }, errcodeNext: { count: 0, errcode: 45011 }, pathPrefix: '', down: null };
  }

  /** Issue a wx.login code for an openid, as the mini-program would get from Taro.login. */
  issueLoginCode(openid: string, unionid?: string): string {
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, { openid, ...(unionid ? { unionid } : {}), issuedAt: this.now(), used: false });
    this.knownOpenids.add(openid);
    return code;
  }

  /** Redeem a code: 40029 unknown or expired, 40163 already used. */
  redeemLoginCode(code: string): { openid: string; unionid?: string } | { errcode: 40029 | 40163 } {
    const c = this.codes.get(code);
    if (!c || this.now() - c.issuedAt > CODE_TTL_MS) return { errcode: 40029 };
    if (c.used) return { errcode: 40163 };
    c.used = true;
    return { openid: c.openid, ...(c.unionid ? { unionid: c.unionid } : {}) };
  }

  issuePhoneCode(phoneNumber: string): string {
    const code = randomBytes(24).toString('hex');
    this.phoneCodes.set(code, { phoneNumber, used: false, issuedAt: this.now() });
    return code;
  }

  /**
   * stable_token semantics: the same token is returned while valid; force_refresh issues a new one and the old
   * stays valid for a short grace period (5 minutes), so several server instances never knock each other out.
   */
  stableToken(forceRefresh: boolean): { token: string; expiresIn: number } {
    const now = this.now();
    for (const [t, exp] of this.valid) if (exp <= now) this.valid.delete(t);
    if (!this.current || this.current.expiresAt <= now || forceRefresh || !this.valid.has(this.current.token)) {
      if (this.current && this.valid.has(this.current.token)) this.valid.set(this.current.token, Math.min(this.current.expiresAt, now + 300_000));
      this.current = { token: token(), expiresAt: now + TOKEN_TTL_S * 1000 };
      this.valid.set(this.current.token, this.current.expiresAt);
    }
    return { token: this.current.token, expiresIn: Math.round((this.current.expiresAt - now) / 1000) };
  }

  /** 0 when the token is valid, 42001 when it expired, 40001 when unknown or invalidated. */
  checkToken(t: string | undefined): 0 | 40001 | 42001 {
    if (!t) return 40001;
    const exp = this.valid.get(t);
    if (exp === undefined) return 40001;
    return exp <= this.now() ? 42001 : 0;
  }

  /** Fault injection: invalidate every issued token (the next call gets 40001). */
  invalidateTokens(): void {
    this.valid.clear();
    this.current = undefined;
  }

  /** Fault injection: make every issued token expired (the next call gets 42001). */
  expireTokens(): void {
    const past = this.now() - 1;
    for (const t of this.valid.keys()) this.valid.set(t, past);
    if (this.current) this.current.expiresAt = past;
  }

  recordAccept(openid: string, templateId: string, count = 1): void {
    const key = `${openid}\n${templateId}`;
    this.accepts.set(key, (this.accepts.get(key) ?? 0) + count);
  }

  /** Use one accept; false when none is left (43101). */
  consumeAccept(openid: string, templateId: string): boolean {
    const key = `${openid}\n${templateId}`;
    const left = this.accepts.get(key) ?? 0;
    if (left <= 0) return false;
    this.accepts.set(key, left - 1);
    return true;
  }

  reset(): void {
    this.codes.clear();
    this.phoneCodes.clear();
    this.knownOpenids.clear();
    this.accepts.clear();
    this.sent.length = 0;
    this.calls.length = 0;
    this.invalidateTokens();
    this.faults = this.noFaults();
    this.clockOffsetMs = 0;
  }
}

const TIME_RE = /^\d{4}年\d{1,2}月\d{1,2}日( \d{1,2}:\d{2})?$|^\d{1,2}:\d{2}$|^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/;

/**
 * Check subscribe-message data against WeChat's per-type limits (47003 when violated): thing ≤20 chars,
 * number/letter/character_string ≤32, phrase ≤5 Chinese characters, name ≤10, time/date formatted.
 */
export function checkTemplateData(data: Record<string, { value?: unknown }>): string | null {
  for (const [key, field] of Object.entries(data)) {
    const kind = /^([a-z_]+?)\d+$/.exec(key)?.[1];
    const v = field?.value;
    if (!kind || typeof v !== 'string') return `argument invalid! data.${key}.value invalid`;
    const len = [...v].length;
    const bad =
      (kind === 'thing' && (len === 0 || len > 20)) ||
      ((kind === 'number' || kind === 'letter' || kind === 'character_string') && (len === 0 || len > 32)) ||
      (kind === 'number' && !/^[\d.]+$/.test(v)) ||
      (kind === 'letter' && !/^[A-Za-z]+$/.test(v)) ||
      (kind === 'phrase' && (len === 0 || len > 5 || !/^[\u4e00-\u9fa5]+$/.test(v))) ||
      (kind === 'name' && (len === 0 || len > 10)) ||
      ((kind === 'time' || kind === 'date') && !TIME_RE.test(v));
    if (bad) return `argument invalid! data.${key}.value invalid`;
  }
  return null;
}

/** getwxacodeunlimit scene: ≤32 visible characters of this set. */
export const SCENE_RE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;
