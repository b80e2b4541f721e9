import {
  WX_ERR,
  WeChatApiError,
  type TCode2Session,
  type TPhoneInfo,
  type TSecCheckResult,
  type TSubscribeMessage,
  type TWxaCodeRequest,
  type WeChatClient,
} from './wechat.port';

export interface WeChatClientConfig {
  /** https://api.weixin.qq.com in production, the simulator's loopback URL elsewhere. */
  baseUrl: string;
  appid: string;
  secret: string;
  /** Per-request timeout (default 5 s). */
  timeoutMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface WxBody {
  errcode?: number;
  errmsg?: string;
}

/** Refresh the cached token this long before WeChat says it expires, so a request never carries a dying token. */
const TOKEN_MARGIN_MS = 5 * 60 * 1000;

/** The real HTTP client of the WeChat mini-program server APIs. */
export function createWeChatClient(config: WeChatClientConfig): WeChatClient {
  const base = config.baseUrl.replace(/\/$/, '');
  const timeoutMs = config.timeoutMs ?? 5000;
  const now = config.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    try {
      const res = await fetch(base + path, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (res.status !== 200) {
        await res.body?.cancel();
        throw new WeChatApiError(WX_ERR.TRANSPORT, `HTTP ${res.status}`);
      }
      return res;
    } catch (e) {
      if (e instanceof WeChatApiError) throw e;
      throw new WeChatApiError(WX_ERR.TRANSPORT, (e as Error).name === 'TimeoutError' ? 'timeout' : 'network error', { cause: e });
    }
  }

  async function json<T extends WxBody>(res: Response): Promise<T> {
    let body: T;
    try {
      body = (await res.json()) as T;
    } catch (e) {
      throw new WeChatApiError(WX_ERR.TRANSPORT, 'invalid JSON', { cause: e });
    }
    if (body.errcode) throw new WeChatApiError(body.errcode, body.errmsg ?? '');
    return body;
  }

  const postJson = (path: string, body: unknown) =>
    request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  async function fetchToken(forceRefresh: boolean): Promise<string> {
    const body = await json<WxBody & { access_token: string; expires_in: number }>(
      await postJson('/cgi-bin/stable_token', {
        grant_type: 'client_credential',
        appid: config.appid,
        secret: config.secret,
        force_refresh: forceRefresh,
      }),
    );
    cached = { token: body.access_token, expiresAt: now() + body.expires_in * 1000 - TOKEN_MARGIN_MS };
    return body.access_token;
  }

  async function getAccessToken(opts: { forceRefresh?: boolean } = {}): Promise<string> {
    if (!opts.forceRefresh && cached && cached.expiresAt > now()) return cached.token;
    // Concurrent callers share one token request.
    inflight ??= fetchToken(Boolean(opts.forceRefresh)).finally(() => (inflight = undefined));
    return inflight;
  }

  /**
   * Call an access-token API; on 40001/42001 (token invalidated or expired early) drop the cache and retry exactly
   * once with a fresh token, so a second failure surfaces instead of looping.
   */
  async function withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await getAccessToken();
    try {
      return await call(token);
    } catch (e) {
      if (e instanceof WeChatApiError && (e.errcode === WX_ERR.INVALID_CREDENTIAL || e.errcode === WX_ERR.ACCESS_TOKEN_EXPIRED)) {
        if (cached?.token === token) cached = undefined;
        return call(await getAccessToken({ forceRefresh: false }));
      }
      throw e;
    }
  }

  return {
    async code2Session(code): Promise<TCode2Session> {
      const q = new URLSearchParams({ appid: config.appid, secret: config.secret, js_code: code, grant_type: 'authorization_code' });
      const body = await json<WxBody & { openid: string; session_key: string; unionid?: string }>(await request(`/sns/jscode2session?${q}`));
      return { openid: body.openid, sessionKey: body.session_key, ...(body.unionid ? { unionid: body.unionid } : {}) };
    },

    getAccessToken,

    getWxaCodeUnlimit(req: TWxaCodeRequest): Promise<Buffer> {
      return withToken(async (token) => {
        const res = await postJson(`/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`, {
          scene: req.scene,
          ...(req.page !== undefined ? { page: req.page } : {}),
          width: req.width ?? 430,
          check_path: req.checkPath ?? true,
          env_version: req.envVersion ?? 'release',
        });
        // Success is image bytes; failure is a JSON errcode body, also with HTTP 200.
        if ((res.headers.get('content-type') ?? '').includes('application/json')) {
          await json(res);
          throw new WeChatApiError(WX_ERR.TRANSPORT, 'JSON without errcode instead of an image');
        }
        return Buffer.from(await res.arrayBuffer());
      });
    },

    getUserPhoneNumber(code): Promise<TPhoneInfo> {
      return withToken(async (token) => {
        const body = await json<WxBody & { phone_info: TPhoneInfo }>(
          await postJson(`/wxa/business/getuserphonenumber?access_token=${encodeURIComponent(token)}`, { code }),
        );
        const p = body.phone_info;
        return { phoneNumber: p.phoneNumber, purePhoneNumber: p.purePhoneNumber, countryCode: p.countryCode };
      });
    },

    sendSubscribeMessage(msg: TSubscribeMessage): Promise<void> {
      return withToken(async (token) => {
        await json(
          await postJson(`/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
            touser: msg.touser,
            template_id: msg.templateId,
            ...(msg.page ? { page: msg.page } : {}),
            data: msg.data,
            miniprogram_state: msg.miniprogramState ?? 'formal',
            lang: 'zh_CN',
          }),
        );
      });
    },

    msgSecCheck(req): Promise<TSecCheckResult> {
      return withToken(async (token) => {
        const body = await json<WxBody & { result: { suggest: TSecCheckResult['suggest']; label: number } }>(
          await postJson(`/wxa/msg_sec_check?access_token=${encodeURIComponent(token)}`, {
            version: 2,
            openid: req.openid,
            scene: req.scene ?? 2,
            content: req.content,
          }),
        );
        return { suggest: body.result.suggest, label: body.result.label };
      });
    },
  };
}
