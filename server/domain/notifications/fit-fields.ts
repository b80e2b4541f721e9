/**
 * Fitting values into WeChat subscribe-message fields (stack-facts.md "WeChat server APIs"). WeChat rejects the
 * whole message with 47003 when one field breaks its type's limit, so every value is fitted before sending, in a
 * way that keeps its meaning: text is shortened with an ellipsis (never cut silently), a phrase that cannot be
 * shortened falls back to a configured word, times are written the way WeChat expects.
 */

/** Field types of subscribe-message templates (the key's prefix: thing1, character_string2, time3 ...). */
export type WxFieldKind = 'thing' | 'character_string' | 'number' | 'letter' | 'symbol' | 'phrase' | 'name' | 'time' | 'date' | 'amount' | 'phone_number' | 'car_number';

export const WX_FIELD_KINDS: readonly WxFieldKind[] = ['thing', 'character_string', 'number', 'letter', 'symbol', 'phrase', 'name', 'time', 'date', 'amount', 'phone_number', 'car_number'];

/** `thing12` → 'thing'; undefined when the key is not a WeChat field key. */
export function fieldKindOf(key: string): WxFieldKind | undefined {
  const kind = /^([a-z_]+?)\d+$/.exec(key)?.[1];
  return WX_FIELD_KINDS.includes(kind as WxFieldKind) ? (kind as WxFieldKind) : undefined;
}

export const LIMITS = { thing: 20, character_string: 32, number: 32, letter: 32, symbol: 5, phrase: 5, name: 10 } as const;

const chars = (s: string) => [...s];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Shorten to at most `max` characters (code points), ending with … when something was cut. */
export function ellipsize(s: string, max: number): string {
  const c = chars(squash(s));
  return c.length <= max ? c.join('') : `${c.slice(0, max - 1).join('')}…`;
}

/** thing: ≤20 characters of any text. Empty → '—' (WeChat refuses an empty field). */
export function fitThing(s: string): string {
  const v = ellipsize(s, LIMITS.thing);
  return v.length > 0 ? v : '—';
}

/**
 * character_string: ≤32 digits, letters and symbols (case numbers, waybills). Characters WeChat does not allow
 * there (Chinese, spaces) are dropped; a longer value keeps its end, where identifiers differ (serial numbers).
 */
export function fitCharacterString(s: string): string {
  const v = s.replace(/[^\x21-\x7e]/g, '');
  if (v.length === 0) return '-';
  return v.length <= LIMITS.character_string ? v : v.slice(v.length - LIMITS.character_string);
}

/** number: digits (and a decimal point), ≤32. */
export function fitNumber(s: string | number): string {
  const v = String(s).replace(/[^\d.]/g, '');
  return v.length === 0 ? '0' : v.slice(0, LIMITS.number);
}

/**
 * phrase: ≤5 Chinese characters only (状态 words like 已受理). A longer or non-Chinese value cannot be shortened
 * without changing its meaning, so the fallback (a configured word such as 有更新) is used instead.
 */
export function fitPhrase(s: string, fallback = '有更新'): string {
  const v = squash(s);
  if (/^[\u4e00-\u9fa5]{1,5}$/.test(v)) return v;
  return /^[\u4e00-\u9fa5]{1,5}$/.test(fallback) ? fallback : '有更新';
}

/** name: ≤10 characters. */
export function fitName(s: string): string {
  const v = ellipsize(s, LIMITS.name);
  return v.length > 0 ? v : '—';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** China time (UTC+8, no daylight saving) parts of an instant. */
function chinaParts(d: Date) {
  const t = new Date(d.getTime() + 8 * 3600_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: t.getUTCHours(), mm: t.getUTCMinutes() };
}

/**
 * time: `2026年11月25日 15:01` in China time. Accepts an instant (Date or ISO string) or a calendar date
 * (`2026-11-25`, written without a time). Anything unparsable becomes the given fallback instant.
 */
export function fitTime(v: Date | string, fallback: Date = new Date()): string {
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return fitDate(v);
  const d = v instanceof Date ? v : new Date(v);
  const p = chinaParts(Number.isNaN(d.getTime()) ? fallback : d);
  return `${p.y}年${p.m}月${p.d}日 ${pad(p.hh)}:${pad(p.mm)}`;
}

/** date: `2026年11月25日`. */
export function fitDate(v: Date | string, fallback: Date = new Date()): string {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (m) return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
  const d = v instanceof Date ? v : new Date(v);
  const p = chinaParts(Number.isNaN(d.getTime()) ? fallback : d);
  return `${p.y}年${p.m}月${p.d}日`;
}

/** amount: a money value like 12.50元 (from a number of yuan or a string). */
export function fitAmount(v: string | number): string {
  const n = typeof v === 'number' ? v : Number(String(v).replace(/[^\d.]/g, ''));
  return Number.isFinite(n) ? `${n.toFixed(2)}元` : '0.00元';
}

/** Fit one raw value into a field of the given kind. */
export function fitField(kind: WxFieldKind, raw: string, opts: { phraseFallback?: string; now?: Date } = {}): string {
  switch (kind) {
    case 'thing':
      return fitThing(raw);
    case 'character_string':
    case 'phone_number':
    case 'car_number':
      return fitCharacterString(raw);
    case 'number':
      return fitNumber(raw);
    case 'letter': {
      const v = raw.replace(/[^A-Za-z]/g, '').slice(0, LIMITS.letter);
      return v || 'A';
    }
    case 'symbol':
      return raw.replace(/[A-Za-z0-9\u4e00-\u9fa5\s]/g, '').slice(0, LIMITS.symbol) || '-';
    case 'phrase':
      return fitPhrase(raw, opts.phraseFallback);
    case 'name':
      return fitName(raw);
    case 'time':
      return fitTime(raw, opts.now);
    case 'date':
      return fitDate(raw, opts.now);
    case 'amount':
      return fitAmount(raw);
  }
}

/** Fill `{placeholder}`s of a text from values; a missing value becomes '' (or `missing`). */
export function fillPlaceholders(text: string, values: Record<string, string | number | boolean | null | undefined>, missing = ''): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    const v = values[name];
    return v === null || v === undefined || v === '' ? missing : String(v);
  });
}
