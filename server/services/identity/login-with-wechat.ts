import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import type { TWechatLoginResponse } from '@shared/schemas/identity';
import { WX_ERR, WeChatApiError, type WeChatClient } from '../../adapters/wechat/wechat.port';
import type { Db } from '../../db/client';
import { AppError, errors } from '../../errors';
import { issueSession } from './issue-session';
import { recordAudit } from './record-audit';

export interface RequestMeta {
  userAgent?: string;
  ip?: string;
  requestId?: string;
}

/**
 * WeChat sign-in: code → openid (jscode2session) → user (created on first visit) → a server session.
 * The session_key is not kept: nothing here needs it (phone numbers come from getuserphonenumber), and a key
 * that is never stored cannot leak.
 */
export async function loginWithWechat(deps: { db: Db; wechat: WeChatClient }, code: string, meta: RequestMeta): Promise<TWechatLoginResponse> {
  let openid: string;
  let unionid: string | undefined;
  try {
    const s = await deps.wechat.code2Session(code);
    openid = s.openid;
    unionid = s.unionid;
  } catch (e) {
    if (e instanceof WeChatApiError && (e.errcode === WX_ERR.INVALID_CODE || e.errcode === WX_ERR.CODE_USED)) {
      await recordAudit(deps.db, {
        actor: { kind: 'system' },
        action: 'SECURITY_EVENT',
        entity: 'auth',
        entityId: 'wechat',
        purpose: `login code rejected by WeChat (${e.errcode})`,
        ...meta,
      });
      throw new AppError('UNAUTHENTICATED', '登录凭证无效或已使用，请重新登录');
    }
    if (e instanceof WeChatApiError && (e.errcode === WX_ERR.RATE_LIMIT || e.errcode === WX_ERR.API_LIMIT)) throw new AppError('RATE_LIMITED', '登录人数较多，请稍后再试');
    throw errors.unavailable(e);
  }

  const user = await deps.db.user.upsert({
    where: { openid },
    create: { openid, unionid: unionid ?? null, lastLoginAt: new Date() },
    update: { lastLoginAt: new Date(), ...(unionid ? { unionid } : {}) },
    include: { profile: { select: { userId: true } }, consents: { where: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION, withdrawnAt: null }, select: { id: true } } },
  });
  if (user.status !== 'ACTIVE') throw errors.forbidden('该账号已停用，请联系政务服务中心');
  const session = await issueSession(deps.db, { userId: user.id }, meta);
  return {
    token: session.token,
    expiresAt: session.expiresAt.toISOString(),
    kind: 'citizen',
    user: { id: user.id, hasProfile: Boolean(user.profile), needsConsent: user.consents.length === 0 },
  };
}
