import type { Db } from '../../db/client';
import type { NotificationTemplates } from '../../config/notification-templates';
import type { Logger } from '../../logger';
import { WX_ERR, WeChatApiError, type WeChatClient } from '../../adapters/wechat';
import type { Notification } from '../../generated/prisma/client';
import type { NotificationRecipient } from './enqueue';
import { loadTemplateValues, renderInApp, renderWeChatData, templateFor, type TemplateValues } from './render-notification';

export interface DeliveryDeps {
  db: Db;
  wechat: WeChatClient;
  templates: NotificationTemplates;
  log: Logger;
  /** Test seam: runs after WeChat accepted a message and before that is recorded (a crash there is simulated by throwing). */
  afterSend?: (deliveryKey: string) => Promise<void>;
}

/** A failure a later attempt may fix: the job is retried with backoff. */
export class TransientDeliveryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientDeliveryError';
  }
}

/** Staff roles whose members get a department's work notices. */
const QUEUE_ROLES = ['WINDOW_CLERK', 'HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN'] as const;

/** Chinese explanations of WeChat's permanent refusals, shown in the message centre and to operators. */
export const WECHAT_FAILURE_TEXT: Record<number, string> = {
  [WX_ERR.SUBSCRIBE_REFUSED]: '未订阅或订阅次数已用完，微信消息未发送',
  40003: '微信用户标识无效，微信消息未发送',
  [WX_ERR.INVALID_FIELD]: '消息内容不符合微信模板要求，微信消息未发送',
  40037: '微信模板配置有误，微信消息未发送',
};

const PERMANENT = new Set([WX_ERR.SUBSCRIBE_REFUSED, 40003, WX_ERR.INVALID_FIELD, 40037, 41030, 40013, 40125]);

/** True when WeChat refused for good: retrying cannot help (43101, 40003, 47003 ...). */
export function isPermanentWeChatError(e: unknown): e is WeChatApiError {
  return e instanceof WeChatApiError && (PERMANENT.has(e.errcode as never) || (!e.retryable && e.errcode !== WX_ERR.INVALID_CREDENTIAL && e.errcode !== WX_ERR.ACCESS_TOKEN_EXPIRED));
}

interface Payload {
  template: string;
  caseId: string | null;
  recipient: NotificationRecipient;
  data: TemplateValues;
}

interface Target {
  key: string;
  userId: string | null;
  staffId: string | null;
  openid: string | null;
}

async function resolveTargets(db: Db, dedupeKey: string, p: Payload): Promise<Target[]> {
  const r = p.recipient;
  if ('departmentId' in r) {
    const bindings = await db.staffRoleBinding.findMany({
      where: { departmentId: r.departmentId, role: { in: [...QUEUE_ROLES] }, staff: { status: 'ACTIVE' } },
      select: { staffId: true, regionCode: true },
    });
    const region = r.regionCode ?? '';
    const ids = [...new Set(bindings.filter((b) => !b.regionCode || region.startsWith(b.regionCode)).map((b) => b.staffId))];
    return ids.map((staffId) => ({ key: `${dedupeKey}|s:${staffId}`, userId: null, staffId, openid: null }));
  }
  const ids = [...new Set([r.userId, r.agentUserId].filter((x): x is string => Boolean(x)))];
  if (ids.length === 0) return [];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, openid: true, status: true } });
  return users.map((u) => ({ key: `${dedupeKey}|u:${u.id}`, userId: u.id, staffId: null, openid: u.status === 'ACTIVE' ? u.openid : null }));
}

export type DeliveryResult = { status: 'missing' | 'done' } | { status: 'delivered'; messages: number };

/**
 * Deliver one outbox notification (run by the worker; at least once, so every step is idempotent):
 * 1. write each recipient's message-centre row once (unique delivery key per event, template and recipient);
 * 2. for a citizen with an openid and a WeChat template: wait until earlier notifications of the same case are
 *    finished (order per case), take one unused subscription accept (none needed for a long-term template), record
 *    SENDING, call subscribeMessage.send, record SENT / FAILED; a transient failure puts the row back to PENDING,
 *    returns the accept and throws so the job is retried with backoff.
 * A row found in SENDING means an earlier attempt died after the call may have reached WeChat: it is marked
 * UNCONFIRMED and not sent again (WeChat has no idempotency key; a duplicate is worse than a missing push, and the
 * message centre has the message either way).
 */
export async function deliverNotification(deps: DeliveryDeps, dedupeKey: string, now = new Date()): Promise<DeliveryResult> {
  const { db } = deps;
  const outbox = await db.outboxMessage.findUnique({ where: { dedupeKey } });
  if (!outbox) return { status: 'missing' };
  if (outbox.status === 'DONE' || outbox.status === 'DEAD') return { status: 'done' };
  const p = outbox.payload as unknown as Payload;
  const t = templateFor(deps.templates, p.template);
  if (!deps.templates.templates[p.template]) deps.log.warn({ template: p.template }, 'notification template not configured: neutral text used');

  const values = await loadTemplateValues(db, p.caseId, p.data ?? {}, outbox.createdAt);
  const inApp = renderInApp(t, values);
  const targets = await resolveTargets(db, dedupeKey, p);
  const wechat = t.audience === 'citizen' ? t.wechat : undefined;
  await db.notification.createMany({
    data: targets.map((x) => ({
      deliveryKey: x.key,
      userId: x.userId,
      staffId: x.staffId,
      caseId: p.caseId,
      kind: p.template,
      ...inApp,
      wechatStatus: wechat && x.openid ? ('PENDING' as const) : ('NONE' as const),
      wechatTemplateId: wechat && x.openid ? wechat.templateId : null,
      createdAt: outbox.createdAt,
    })),
    skipDuplicates: true,
  });

  await writeStaffAlso(deps, dedupeKey, p, values, outbox.createdAt);

  const open = await db.notification.findMany({ where: { deliveryKey: { in: targets.map((x) => x.key) }, wechatStatus: { in: ['PENDING', 'SENDING'] } } });
  let sent = 0;
  if (open.length > 0 && wechat) {
    if (p.caseId) await waitForEarlier(db, p.caseId, outbox.id, outbox.createdAt);
    const data = renderWeChatData(wechat, values, outbox.createdAt);
    const miniprogramState = deps.templates.miniprogramState;
    for (const n of open) {
      const openid = targets.find((x) => x.key === n.deliveryKey)?.openid;
      if (!openid) continue;
      if (await sendOne(deps, n, { openid, templateId: wechat.templateId, longTerm: wechat.longTerm, page: inApp.page, data, miniprogramState }, outbox.id, now)) sent += 1;
    }
  }
  await db.outboxMessage.update({ where: { id: outbox.id }, data: { status: 'DONE', processedAt: new Date(), attempts: { increment: 1 }, lastError: null } });
  return { status: 'delivered', messages: sent };
}

/**
 * Department staff learn of new work in their queue: a citizen notice of a submission also writes a staff notice
 * (its own template) into the message centre of the case's department staff, under its own delivery keys.
 */
const STAFF_ALSO: Record<string, string> = { 'case.submitted': 'staff.submitted' };

async function writeStaffAlso(deps: DeliveryDeps, dedupeKey: string, p: Payload, values: TemplateValues, createdAt: Date): Promise<void> {
  const staffTemplate = STAFF_ALSO[p.template];
  if (!staffTemplate || !p.caseId) return;
  const c = await deps.db.case.findUnique({ where: { id: p.caseId }, select: { departmentId: true, regionCode: true } });
  if (!c) return;
  const key = `${dedupeKey}:${staffTemplate}`;
  const targets = await resolveTargets(deps.db, key, { ...p, template: staffTemplate, recipient: { departmentId: c.departmentId, regionCode: c.regionCode } });
  const inApp = renderInApp(templateFor(deps.templates, staffTemplate), values);
  await deps.db.notification.createMany({
    data: targets.map((x) => ({ deliveryKey: x.key, staffId: x.staffId, caseId: p.caseId, kind: staffTemplate, ...inApp, createdAt })),
    skipDuplicates: true,
  });
}

/** Order per case: a WeChat message waits while an earlier notification of the same case is still being delivered. */
async function waitForEarlier(db: Db, caseId: string, outboxId: string, createdAt: Date): Promise<void> {
  const earlier = await db.outboxMessage.findFirst({
    where: {
      caseId,
      id: { not: outboxId },
      status: { in: ['PENDING', 'PROCESSING'] },
      OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: outboxId } }],
    },
    select: { dedupeKey: true },
  });
  if (earlier) throw new TransientDeliveryError(`waiting for the earlier notification ${earlier.dedupeKey} of the same case`);
}

interface SendSpec {
  openid: string;
  templateId: string;
  longTerm: boolean;
  page: string | null;
  data: Record<string, { value: string }>;
  miniprogramState: 'formal' | 'trial' | 'developer';
}

/** Claim, send and record one subscribe message. True when WeChat accepted it. */
async function sendOne(deps: DeliveryDeps, n: Notification, s: SendSpec, outboxId: string, now: Date): Promise<boolean> {
  const { db, log } = deps;
  const claim = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ wechat_status: string }[]>`SELECT wechat_status FROM notifications WHERE id = ${n.id} FOR UPDATE`;
    if (!row) return 'gone' as const;
    if (row.wechat_status === 'SENDING') {
      await tx.notification.update({ where: { id: n.id }, data: { wechatStatus: 'UNCONFIRMED', wechatError: '上次发送被中断，微信消息可能已送达，为避免重复不再重发' } });
      return 'unconfirmed' as const;
    }
    if (row.wechat_status !== 'PENDING' || !n.userId) return 'settled' as const;
    if (!s.longTerm) {
      const accept = await tx.subscriptionAccept.findFirst({
        where: { userId: n.userId, templateId: s.templateId, consumedAt: null },
        orderBy: { acceptedAt: 'asc' },
        select: { id: true },
      });
      if (!accept) {
        await tx.notification.update({ where: { id: n.id }, data: { wechatStatus: 'NO_SUBSCRIPTION', wechatError: '未订阅该类微信消息，仅在消息中心提醒' } });
        return 'noSubscription' as const;
      }
      await tx.subscriptionAccept.update({ where: { id: accept.id }, data: { consumedAt: now, consumedBy: n.deliveryKey } });
    }
    await tx.notification.update({ where: { id: n.id }, data: { wechatStatus: 'SENDING', wechatSendingAt: new Date(), wechatAttempts: { increment: 1 } } });
    return 'claimed' as const;
  });
  if (claim === 'unconfirmed') log.warn({ notificationId: n.id }, 'subscribe message interrupted mid-send earlier: marked UNCONFIRMED, not resent');
  if (claim !== 'claimed') return false;

  try {
    await deps.wechat.sendSubscribeMessage({ touser: s.openid, templateId: s.templateId, ...(s.page ? { page: s.page } : {}), data: s.data, miniprogramState: s.miniprogramState });
  } catch (e) {
    if (isPermanentWeChatError(e)) {
      await db.notification.update({
        where: { id: n.id },
        data: { wechatStatus: 'FAILED', wechatErrcode: e.errcode, wechatError: WECHAT_FAILURE_TEXT[e.errcode] ?? `微信拒绝发送（错误码${e.errcode}）` },
      });
      log.warn({ notificationId: n.id, errcode: e.errcode }, 'subscribe message refused permanently: not retried');
      return false;
    }
    const errcode = e instanceof WeChatApiError ? e.errcode : null;
    const message = e instanceof WeChatApiError ? `微信暂时不可用（${e.errcode === WX_ERR.TRANSPORT ? e.errmsg : `错误码${e.errcode}`}），将自动重试` : '发送出错，将自动重试';
    await db.$transaction([
      db.notification.update({ where: { id: n.id }, data: { wechatStatus: 'PENDING', wechatErrcode: errcode, wechatError: message, wechatSendingAt: null } }),
      db.subscriptionAccept.updateMany({ where: { consumedBy: n.deliveryKey }, data: { consumedAt: null, consumedBy: null } }),
      db.outboxMessage.update({ where: { id: outboxId }, data: { status: 'PROCESSING', attempts: { increment: 1 }, lastError: String((e as Error).message).slice(0, 500) } }),
    ]);
    throw new TransientDeliveryError(`subscribe message not sent yet: ${(e as Error).message}`, { cause: e });
  }
  await deps.afterSend?.(n.deliveryKey);
  await db.notification.update({ where: { id: n.id }, data: { wechatStatus: 'SENT', wechatSentAt: new Date(), wechatErrcode: null, wechatError: null } });
  return true;
}
