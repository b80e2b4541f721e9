import {
  ZDeliveryFailures,
  ZDeliveryFailuresQuery,
  ZMessageList,
  ZMessagesQuery,
  ZSubscribeTemplates,
  ZSubscribeTemplatesQuery,
  ZSubscriptionBody,
  ZSubscriptionResult,
  ZUnreadCount,
} from '../schemas/notifications';
import { endpoint } from './define';

/** The message centre (citizens and staff), WeChat subscription accepts, and failed deliveries for operators. */
export const notificationsApi = {
  meMessages: endpoint({ method: 'GET', path: '/me/messages', summary: '我的消息（最新在前，分页，含未读数）', query: ZMessagesQuery, response: ZMessageList, auth: 'citizen' }),
  meMessagesUnread: endpoint({ method: 'GET', path: '/me/messages/unread-count', summary: '我的未读消息数', response: ZUnreadCount, auth: 'citizen' }),
  meMessageRead: endpoint({ method: 'POST', path: '/me/messages/:id/read', summary: '标记一条消息已读', response: ZUnreadCount, auth: 'citizen' }),
  meMessagesReadAll: endpoint({ method: 'POST', path: '/me/messages/read-all', summary: '全部标记已读', response: ZUnreadCount, auth: 'citizen' }),
  meSubscribeTemplates: endpoint({
    method: 'GET',
    path: '/me/subscriptions/templates',
    summary: '某个操作时要请求订阅的微信消息模板（每次最多3个）',
    query: ZSubscribeTemplatesQuery,
    response: ZSubscribeTemplates,
    auth: 'citizen',
  }),
  meSubscriptionAccepts: endpoint({
    method: 'POST',
    path: '/me/subscriptions',
    summary: '记录 wx.requestSubscribeMessage 的结果（每个“允许”可发送一条消息）',
    body: ZSubscriptionBody,
    response: ZSubscriptionResult,
    auth: 'citizen',
  }),
  staffMessages: endpoint({ method: 'GET', path: '/staff/messages', summary: '工作人员消息（新办件、预审将到期）', query: ZMessagesQuery, response: ZMessageList, auth: 'staff' }),
  staffMessagesUnread: endpoint({ method: 'GET', path: '/staff/messages/unread-count', summary: '工作人员未读消息数', response: ZUnreadCount, auth: 'staff' }),
  staffMessageRead: endpoint({ method: 'POST', path: '/staff/messages/:id/read', summary: '标记一条消息已读', response: ZUnreadCount, auth: 'staff' }),
  staffMessagesReadAll: endpoint({ method: 'POST', path: '/staff/messages/read-all', summary: '全部标记已读', response: ZUnreadCount, auth: 'staff' }),
  staffDeliveryFailures: endpoint({
    method: 'GET',
    path: '/staff/notification-failures',
    summary: '微信消息发送失败或结果未确认的记录（运维）',
    query: ZDeliveryFailuresQuery,
    response: ZDeliveryFailures,
    auth: 'staff',
  }),
} as const;
