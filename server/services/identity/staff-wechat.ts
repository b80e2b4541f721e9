import type { TSession } from '@shared/schemas/identity';
import { WX_ERR, WeChatApiError, type WeChatClient } from '../../adapters/wechat/wechat.port';
import type { Db } from '../../db/client';
import { AppError, errors } from '../../errors';
import { STAFF_SESSION_TTL_MS, issueSession } from './issue-session';
import { recordPrivilegedAction } from './record-privileged-action';

async function openidOf(wechat: WeChatClient, code: string): Promise<string> {
  try {
    return (await wechat.code2Session(code)).openid;
  } catch (e) {
    if (e instanceof WeChatApiError && (e.errcode === WX_ERR.INVALID_CODE || e.errcode === WX_ERR.CODE_USED)) {
      throw new AppError('UNAUTHENTICATED', '登录凭证无效或已使用，请重新登录');
    }
    throw errors.unavailable(e);
  }
}

/**
 * Bind the signed-in staff member's account to their WeChat (so they can sign in from the mini-program too).
 * One WeChat per staff account and one staff account per WeChat.
 */
export async function bindStaffWechat(deps: { db: Db; wechat: WeChatClient }, staffId: string, code: string): Promise<{ ok: true }> {
  const openid = await openidOf(deps.wechat, code);
  const user = await deps.db.user.upsert({ where: { openid }, create: { openid }, update: {} });
  const holder = await deps.db.staff.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (holder && holder.id !== staffId) throw errors.conflict('该微信已绑定其他工作人员账号');
  await deps.db.staff.update({ where: { id: staffId }, data: { userId: user.id } });
  return { ok: true };
}

/** Staff sign-in with a bound WeChat: the same code flow as citizens, answered with a staff session. */
export async function staffLoginWithWechat(deps: { db: Db; wechat: WeChatClient }, code: string, meta: { userAgent?: string; ip?: string }): Promise<TSession> {
  const openid = await openidOf(deps.wechat, code);
  const staff = await deps.db.staff.findFirst({ where: { user: { openid }, status: 'ACTIVE' } });
  if (!staff) throw new AppError('UNAUTHENTICATED', '该微信未绑定工作人员账号，请先用用户名和密码登录后绑定');
  await deps.db.staff.update({ where: { id: staff.id }, data: { lastLoginAt: new Date() } });
  const s = await issueSession(deps.db, { staffId: staff.id }, { ...meta, ttlMs: STAFF_SESSION_TTL_MS });
  await recordPrivilegedAction(deps.db, { staff: { staffId: staff.id, name: staff.name }, action: 'staff.login.wechat', entity: 'sessions', entityId: s.sessionId, ip: meta.ip });
  return { token: s.token, expiresAt: s.expiresAt.toISOString(), kind: 'staff' };
}
