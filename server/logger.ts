import pino, { type Logger } from 'pino';

// Mainland ID numbers (18 digits, last may be X) and mobile numbers must never reach a log line, whatever field
// they hide in. Keys that carry secrets are dropped outright.
const ID_NUMBER = /(?<!\d)(\d{3})\d{11}(\d{3}[\dXx])(?!\d)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g;
const SECRET_KEYS = /^(authorization|cookie|set-cookie|token|access_token|accesstoken|refresh_token|session_key|sessionkey|secret|password|x-api-key|js_code|code|paysign|apiv3key|privatekey)$/i;

/** Mask personal identifiers inside free text. Exported for tests and for places that build messages. */
export function maskSensitiveText(s: string): string {
  return s.replace(ID_NUMBER, '$1***********$2').replace(MOBILE, '$1****$3');
}

function scrub(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[depth]';
  if (typeof value === 'string') return maskSensitiveText(value);
  if (typeof value === 'number' && Number.isInteger(value) && value > 1e10) return maskSensitiveText(String(value));
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  if (value instanceof Error) {
    return { type: value.name, message: maskSensitiveText(value.message), stack: value.stack && maskSensitiveText(value.stack), code: (value as { code?: unknown }).code };
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.test(k) ? '[redacted]' : scrub(v, depth + 1);
    return out;
  }
  return value;
}

/** Create the JSON logger. Every object and message passes through the scrubber. */
export function createLogger(opts: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: opts.level,
      base: { service: 'onetrip' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { log: (obj) => scrub(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskSensitiveText(a) : a)) as Parameters<typeof method>;
          method.apply(this, masked);
        },
      },
      serializers: { err: (e: unknown) => scrub(e), error: (e: unknown) => scrub(e) },
    },
    opts.destination,
  );
}

export type { Logger };
