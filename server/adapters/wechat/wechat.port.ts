/**
 * The WeChat mini-program server APIs the product uses, as a port. The real client (wechat.client.ts) talks to
 * api.weixin.qq.com in production and to the loopback simulator (simulator/wechat.sim.ts) in dev, demo and tests:
 * only the base URL differs.
 */
export interface WeChatClient {
  /** jscode2session: exchange a wx.login code for the user's openid. session_key never leaves the server. */
  code2Session(code: string): Promise<TCode2Session>;
  /** A valid access token (stable_token, cached until shortly before it expires). */
  getAccessToken(opts?: { forceRefresh?: boolean }): Promise<string>;
  /** An unlimited mini-program code (PNG bytes) for a scene of at most 32 characters. */
  getWxaCodeUnlimit(req: TWxaCodeRequest): Promise<Buffer>;
  /** getuserphonenumber: the phone behind a getPhoneNumber button code. */
  getUserPhoneNumber(code: string): Promise<TPhoneInfo>;
  /** subscribeMessage.send; 43101 (user refused / no quota) is not retryable. */
  sendSubscribeMessage(msg: TSubscribeMessage): Promise<void>;
  /** msgSecCheck v2: errcode 0 even for risky content, read `suggest`. */
  msgSecCheck(req: { openid: string; content: string; scene?: 1 | 2 | 3 | 4 }): Promise<TSecCheckResult>;
}

export interface TCode2Session {
  openid: string;
  unionid?: string;
  /** Kept in memory only for the duration of the login call; never stored in a response or log. */
  sessionKey: string;
}

export interface TWxaCodeRequest {
  /** ≤32 chars of [0-9A-Za-z!#$&'()*+,/:;=?@-._~]. */
  scene: string;
  /** Page path without a leading slash, e.g. pages/case/index. */
  page?: string;
  width?: number;
  checkPath?: boolean;
  envVersion?: 'release' | 'trial' | 'develop';
}

export interface TPhoneInfo {
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string;
}

export interface TSubscribeMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

export interface TSecCheckResult {
  suggest: 'pass' | 'review' | 'risky';
  label: number;
}

/** WeChat answered with a non-zero errcode (or an unusable HTTP response: errcode -2 with the status). */
export class WeChatApiError extends Error {
  constructor(
    public readonly errcode: number,
    public readonly errmsg: string,
    options?: { cause?: unknown },
  ) {
    super(`WeChat API error ${errcode}: ${errmsg}`, options);
    this.name = 'WeChatApiError';
  }

  /** Codes that a later retry can fix (system busy, rate limits, transport failures). */
  get retryable(): boolean {
    return [-1, -2, 45009, 45011].includes(this.errcode);
  }
}

/** Error codes used across the client, the simulator and the services (stack-facts.md). */
export const WX_ERR = {
  SYSTEM_BUSY: -1,
  /** Transport failure or a non-200 HTTP status (our own code, not WeChat's). */
  TRANSPORT: -2,
  INVALID_CREDENTIAL: 40001,
  INVALID_CODE: 40029,
  CODE_USED: 40163,
  ACCESS_TOKEN_EXPIRED: 42001,
  API_LIMIT: 45009,
  RATE_LIMIT: 45011,
  INVALID_APPID: 40013,
  INVALID_SECRET: 40125,
  SUBSCRIBE_REFUSED: 43101,
  INVALID_FIELD: 47003,
  INVALID_SCENE: 40169,
  PAGE_NOT_FOUND: 41030,
} as const;
