import { z } from 'zod';

/** What happened to the WeChat subscribe message that went with a notification. */
export const ZWeChatDeliveryStatus = z.enum(['NONE', 'NO_SUBSCRIPTION', 'PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCONFIRMED']);
export type TWeChatDeliveryStatus = z.infer<typeof ZWeChatDeliveryStatus>;

/** Words the message centre shows for each WeChat delivery status (null: nothing to say). */
export const WECHAT_DELIVERY_LABELS: Record<TWeChatDeliveryStatus, string | null> = {
  NONE: null,
  NO_SUBSCRIPTION: '未订阅微信提醒，仅在消息中心通知',
  PENDING: '微信提醒发送中',
  SENDING: '微信提醒发送中',
  SENT: '已通过微信提醒',
  FAILED: '微信提醒未发送',
  UNCONFIRMED: '微信提醒结果未确认',
};

/** GET /me/messages, /staff/messages: newest first, paged. */
export const ZMessagesQuery = z.object({
  page: z.coerce.number({ error: '页码应为数字' }).int('页码应为整数').min(1, '页码从1开始').max(1000, '页码最大为1000').default(1),
  pageSize: z.coerce.number({ error: '每页条数应为数字' }).int('每页条数应为整数').min(1, '每页至少1条').max(50, '每页最多50条').default(20),
  unreadOnly: z.enum(['1', '0', 'true', 'false']).optional(),
});

export const ZMessage = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  caseId: z.string().nullable(),
  /** Mini-program page to open (with its query), without a leading slash. */
  page: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
  wechat: z.object({ status: ZWeChatDeliveryStatus, label: z.string().nullable(), error: z.string().nullable() }),
});
export type TMessage = z.infer<typeof ZMessage>;

export const ZMessageList = z.object({
  items: z.array(ZMessage),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  unread: z.number().int(),
});
export type TMessageList = z.infer<typeof ZMessageList>;

export const ZUnreadCount = z.object({ unread: z.number().int() });

/** Moments (taps) at which the mini-program asks for subscription. */
export const ZSubscribeMoment = z.enum(['submit', 'resubmit', 'courier']);
export type TSubscribeMoment = z.infer<typeof ZSubscribeMoment>;

export const ZSubscribeTemplatesQuery = z.object({ moment: ZSubscribeMoment });

/** The templates to pass to wx.requestSubscribeMessage at a moment (≤3), or none when all are long-term. */
export const ZSubscribeTemplates = z.object({
  moment: ZSubscribeMoment,
  templates: z.array(z.object({ key: z.string(), templateId: z.string(), title: z.string() })).max(3),
});
export type TSubscribeTemplates = z.infer<typeof ZSubscribeTemplates>;

/** POST /me/subscriptions: what wx.requestSubscribeMessage answered ({ [templateId]: 'accept' | 'reject' | 'ban' | 'filter' }). */
export const ZSubscriptionBody = z.object({
  templateKeys: z.array(z.string().min(1).max(64)).min(1, '至少一个模板').max(3, '每次最多订阅3个模板'),
  results: z.record(z.string().min(1).max(64), z.enum(['accept', 'reject', 'ban', 'filter'])),
});

export const ZSubscriptionResult = z.object({ accepted: z.number().int(), ignored: z.number().int() });

/** GET /staff/notification-failures: WeChat deliveries that failed for good or could not be confirmed (operators). */
export const ZDeliveryFailuresQuery = z.object({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

export const ZDeliveryFailure = z.object({
  id: z.string(),
  kind: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  status: ZWeChatDeliveryStatus,
  errcode: z.number().int().nullable(),
  error: z.string().nullable(),
  attempts: z.number().int(),
  createdAt: z.string(),
});

export const ZDeliveryFailures = z.object({
  items: z.array(ZDeliveryFailure),
  total: z.number().int(),
  /** Outbox notifications whose delivery job gave up (after all retries). */
  deadJobs: z.number().int(),
});
