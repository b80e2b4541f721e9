import { ERROR_CODES, type TErrorCode } from '@shared/errors';

/**
 * The one error type the server throws on purpose. The code is stable, the status follows from it,
 * the message is shown to users (Chinese). Anything else that escapes becomes a generic INTERNAL.
 */
export class AppError extends Error {
  readonly status: number;
  /** Response headers that go with the error (Retry-After on 429). */
  headers?: Record<string, string>;
  constructor(
    public readonly code: TErrorCode,
    message?: string,
    public readonly details?: { path: string; message: string }[],
    options?: { cause?: unknown },
  ) {
    super(message ?? ERROR_CODES[code].message, options);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
  }
}

export const errors = {
  badRequest: (message?: string) => new AppError('BAD_REQUEST', message),
  validation: (details: { path: string; message: string }[], message?: string) =>
    new AppError('VALIDATION_FAILED', message, details),
  unauthenticated: () => new AppError('UNAUTHENTICATED'),
  forbidden: (message?: string) => new AppError('FORBIDDEN', message),
  notFound: (message?: string) => new AppError('NOT_FOUND', message),
  conflict: (message?: string) => new AppError('CONFLICT', message),
  payloadTooLarge: () => new AppError('PAYLOAD_TOO_LARGE'),
  /** 429 with Retry-After in whole seconds (at least 1). */
  rateLimited: (retryAfterMs: number) => Object.assign(new AppError('RATE_LIMITED'), { headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) } }),
  unavailable: (cause?: unknown) => new AppError('SERVICE_UNAVAILABLE', undefined, undefined, { cause }),
};

const DB_UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'P1001', 'P1002', 'P1017', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

/**
 * True when an error means "the database cannot be reached" rather than a bug: such requests get 503 and the
 * pool reconnects by itself once the database is back.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let cur: unknown = err;
  while (cur && typeof cur === 'object' && !seen.has(cur)) {
    seen.add(cur);
    const e = cur as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown; originalCode?: unknown };
    for (const c of [e.code, e.originalCode]) if (typeof c === 'string' && DB_UNAVAILABLE_CODES.has(c)) return true;
    if (e.kind === 'DatabaseNotReachable' || e.kind === 'ConnectionClosed' || e.kind === 'SocketTimeout') return true;
    if (typeof e.message === 'string' && /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|Can't reach database|Server has closed the connection|terminating connection/i.test(e.message)) return true;
    cur = e.cause;
  }
  return false;
}
