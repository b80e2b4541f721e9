import Taro from '@tarojs/taro';
import './zod-setup';
import type { z } from 'zod';
import { api, API_PREFIX, type Api, type ApiName, type ApiResponse, type Endpoint } from '@shared/api';
import { ApiError, ERROR_CODES, ZErrorBody, type TErrorCode } from '@shared/errors';
import { readString, STORAGE_KEYS } from './storage';

/**
 * Input type of an optional endpoint schema. An endpoint declared without `query`/`body` carries the wide
 * `z.ZodType` default, which must read as "nothing to send" rather than `unknown`.
 */
type SchemaInput<S> = S extends z.ZodType ? (z.ZodType extends S ? undefined : z.input<S>) : undefined;

/** Query accepted by endpoint N (undefined when it takes none). */
export type CallQuery<N extends ApiName> = SchemaInput<NonNullable<Api[N]['query']>>;
/** Body accepted by endpoint N (undefined when it takes none). */
export type CallBody<N extends ApiName> = SchemaInput<NonNullable<Api[N]['body']>>;

export interface CallOptions<N extends ApiName> {
  query?: CallQuery<N>;
  body?: CallBody<N>;
  /** Values for `:name` segments of the endpoint path. */
  pathParams?: Record<string, string | number>;
  /** Milliseconds before the request counts as a network failure. */
  timeout?: number;
  /** Extra request headers, e.g. the Idempotency-Key of a submission. */
  headers?: Record<string, string>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Calls one endpoint of the shared API contract. Resolves with the response parsed by the endpoint's zod schema;
 * rejects only with ApiError: the server's error body as sent, a generic code for unparseable failures, or
 * NETWORK when no answer arrived. Adds the bearer token when one is stored.
 */
export async function call<N extends ApiName>(name: N, options: CallOptions<N> = {}): Promise<ApiResponse<N>> {
  const endpoint: Endpoint = api[name];
  const query = validateInput(endpoint.query, options.query);
  const body = validateInput(endpoint.body, options.body);

  const header: Record<string, string> = { ...options.headers, Accept: 'application/json' };
  const token = readString(STORAGE_KEYS.token);
  if (token) header.Authorization = `Bearer ${token}`;
  if (body !== undefined) header['Content-Type'] = 'application/json';

  let response: Taro.request.SuccessCallbackResult<string>;
  try {
    response = await Taro.request({
      url: buildUrl(endpoint.path, options.pathParams, query),
      method: endpoint.method,
      header,
      data: body === undefined ? undefined : JSON.stringify(body),
      // Parse JSON ourselves: weapp hands back the raw text of a non-JSON body while Taro H5 turns it into null,
      // and a 502 page from a gateway must not look like an empty success.
      dataType: 'text',
      responseType: 'text',
      timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    });
  } catch (err) {
    throw networkError(err);
  }

  const status = response.statusCode;
  const payload = parseJson(response.data);
  const requestId = headerValue(response.header, 'x-request-id');

  if (status >= 200 && status < 300) {
    const parsed = endpoint.response.safeParse(payload);
    if (parsed.success) return parsed.data as ApiResponse<N>;
    // The server broke the contract: the user can only retry, developers need the issues.
    console.error(`[api] ${name}: response does not match the contract`, parsed.error.issues);
    throw new ApiError('INTERNAL', ERROR_CODES.INTERNAL.message, status, requestId);
  }

  const errorBody = ZErrorBody.safeParse(payload);
  if (errorBody.success) {
    const { code, message, requestId: bodyRequestId, details } = errorBody.data.error;
    throw new ApiError(code, message, status, bodyRequestId ?? requestId, details);
  }
  const code = codeForStatus(status);
  throw new ApiError(code, ERROR_CODES[code].message, status, requestId);
}

/** Checks client input against the endpoint schema so a bad call fails here, in Chinese, without a round trip. */
function validateInput(schema: z.ZodType | undefined, input: unknown): unknown {
  if (schema === undefined || input === undefined) return input;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const { status, message } = ERROR_CODES.VALIDATION_FAILED;
  throw new ApiError('VALIDATION_FAILED', details[0]?.message ?? message, status, undefined, details);
}

/** API origin + /api/v1 + path with `:params` filled + query string. */
export function buildUrl(path: string, pathParams: Record<string, string | number> = {}, query?: unknown): string {
  const filled = path.replace(/:([A-Za-z_]\w*)/g, (_, key: string) => {
    const value = pathParams[key];
    if (value === undefined) throw new Error(`Missing path parameter "${key}" for ${path}`);
    return encodeURIComponent(String(value));
  });
  const base = process.env.TARO_APP_API_BASE ?? '';
  return `${base}${API_PREFIX}${filled}${queryString(query)}`;
}

/**
 * `?a=1&b=x%20y`, built here rather than by Taro.request because weapp and H5 serialise `data` differently.
 * Undefined and null values are left out; arrays repeat the key.
 */
export function queryString(query: unknown): string {
  if (query === null || typeof query !== 'object') return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      const text = item instanceof Date ? item.toISOString() : String(item);
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  if (data === '') return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (headers === null || typeof headers !== 'object') return undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name && typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** Code for a failure whose body is not our error shape (a gateway page, a crashed process). */
function codeForStatus(status: number): TErrorCode {
  // 502/504 come from the gateway in front of the API: the service is unreachable, not broken.
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  const exact = (Object.keys(ERROR_CODES) as TErrorCode[]).find((code) => code !== 'NETWORK' && ERROR_CODES[code].status === status);
  if (exact) return exact;
  return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
}

function networkError(err: unknown): ApiError {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String((err as { errMsg?: unknown } | null)?.errMsg ?? err);
  // weapp rejects with errMsg "request:fail timeout"; Taro H5 aborts its fetch on timeout (AbortError).
  const timedOut = /timeout|timed out|AbortError|aborted/i.test(text);
  const message = timedOut ? '网络请求超时，请检查网络后重试' : ERROR_CODES.NETWORK.message;
  return new ApiError('NETWORK', message, ERROR_CODES.NETWORK.status);
}
