import type { Middleware } from 'koa';
import { ERROR_CODES, type TErrorBody, type TErrorCode } from '@shared/errors';
import { AppError, isDatabaseUnavailable } from '../errors';
import type { AppState } from './context';

const BY_STATUS: Record<number, TErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  501: 'METHOD_NOT_ALLOWED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Turn anything thrown below into the one error body. The only try/catch of the chain. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isDatabaseUnavailable(err)) return new AppError('SERVICE_UNAVAILABLE', undefined, undefined, { cause: err });
  const e = err as { status?: unknown; statusCode?: unknown; type?: unknown; name?: unknown };
  const status = typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : 500;
  // http-errors from koa/bodyparser (invalid JSON, too large, unsupported charset) are client errors.
  if (status >= 400 && status < 500) {
    const code = BY_STATUS[status] ?? 'BAD_REQUEST';
    // The body parser rethrows JSON.parse's SyntaxError with status 400.
    const message = status === 400 && (e.name === 'SyntaxError' || e.type === 'entity.parse.failed') ? '请求内容不是有效的 JSON' : undefined;
    return new AppError(code, message, undefined, { cause: err });
  }
  if (status === 501) return new AppError('METHOD_NOT_ALLOWED', undefined, undefined, { cause: err });
  return new AppError('INTERNAL', undefined, undefined, { cause: err });
}

export function errorHandler(): Middleware<AppState> {
  return async (ctx, next) => {
    try {
      await next();
      // Nothing answered, or the router answered 405/501 itself (it sets Allow): give these the error body too.
      if (ctx.body === undefined || ctx.body === null) {
        if (ctx.status === 404) throw new AppError('NOT_FOUND');
        if (ctx.status === 405 || ctx.status === 501) throw new AppError('METHOD_NOT_ALLOWED');
      }
    } catch (err) {
      const appErr = toAppError(err);
      if (appErr.status >= 500) {
        ctx.state.log?.error({ err: appErr.cause ?? appErr, code: appErr.code }, 'request failed');
      } else {
        ctx.state.log?.debug({ code: appErr.code, msg: appErr.message }, 'client error');
      }
      const body: TErrorBody = {
        error: {
          code: appErr.code,
          message: appErr.message || ERROR_CODES[appErr.code].message,
          requestId: ctx.state.requestId,
          ...(appErr.details ? { details: appErr.details } : {}),
        },
      };
      ctx.status = appErr.status;
      ctx.body = body;
      if (appErr.code === 'SERVICE_UNAVAILABLE') ctx.set('Retry-After', '5');
      if (appErr.headers) ctx.set(appErr.headers);
    }
  };
}
