import { z } from 'zod';

/**
 * Stable error codes shared by server and client. A code never changes meaning once released:
 * clients branch on it, the message is only for people.
 */
export const ERROR_CODES = {
  BAD_REQUEST: { status: 400, message: '请求格式不正确' },
  VALIDATION_FAILED: { status: 400, message: '填写的内容有误，请检查后重试' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  FORBIDDEN: { status: 403, message: '您没有权限进行此操作' },
  NOT_FOUND: { status: 404, message: '您访问的内容不存在' },
  METHOD_NOT_ALLOWED: { status: 405, message: '不支持该操作' },
  CONFLICT: { status: 409, message: '数据已被修改，请刷新后重试' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的内容类型' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '系统繁忙，请稍后再试' },
  SERVICE_UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后再试' },
  NETWORK: { status: 0, message: '网络连接失败，请检查网络后重试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type TErrorCode = keyof typeof ERROR_CODES;

export const ZErrorCode = z.enum(Object.keys(ERROR_CODES) as [TErrorCode, ...TErrorCode[]]);

/** The one error body every endpoint returns on failure. */
export const ZErrorBody = z.object({
  error: z.object({
    /** Stable machine-readable code from ERROR_CODES. */
    code: ZErrorCode,
    /** Message for the user, in Chinese. */
    message: z.string(),
    /** Request id, also in the X-Request-Id header and the server log, for support. */
    requestId: z.string().optional(),
    /** Field-level problems for forms: path → message. */
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type TErrorBody = z.infer<typeof ZErrorBody>;

/** Error carried through the client after parsing an error body (or a network failure). */
export class ApiError extends Error {
  constructor(
    public readonly code: TErrorCode,
    message: string,
    public readonly status: number,
    public readonly requestId?: string,
    public readonly details?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
