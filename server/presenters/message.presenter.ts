import { WECHAT_DELIVERY_LABELS, type TMessage } from '@shared/schemas/notifications';
import type { Notification } from '../generated/prisma/client';

/** A message-centre row as clients see it: what it says, where it leads, and what happened to its WeChat push. */
export function presentMessage(n: Notification): TMessage {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    caseId: n.caseId,
    page: n.page,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
    wechat: {
      status: n.wechatStatus,
      label: WECHAT_DELIVERY_LABELS[n.wechatStatus],
      // Only refusals and unknown outcomes carry an explanation worth showing.
      error: n.wechatStatus === 'FAILED' || n.wechatStatus === 'UNCONFIRMED' || n.wechatStatus === 'NO_SUBSCRIPTION' ? n.wechatError : null,
    },
  };
}
