import type { TSubscribeMoment, TSubscribeTemplates } from '@shared/schemas/notifications';
import type { NotificationTemplates } from '../../config/notification-templates';
import type { Db } from '../../db/client';
import { errors } from '../../errors';

/** The templates to ask for at a tap (≤3, WeChat's limit per call); long-term ones need no asking. */
export function subscribeTemplatesFor(templates: NotificationTemplates, moment: TSubscribeMoment): TSubscribeTemplates {
  const keys = templates.moments[moment] ?? [];
  const list = keys.flatMap((key) => {
    const t = templates.templates[key];
    return t?.wechat && !t.wechat.longTerm ? [{ key, templateId: t.wechat.templateId, title: t.title }] : [];
  });
  // Two keys may share one WeChat template (e.g. progress notices): ask once.
  const unique = list.filter((x, i) => list.findIndex((y) => y.templateId === x.templateId) === i).slice(0, 3);
  return { moment, templates: unique };
}

/**
 * Record what wx.requestSubscribeMessage answered: each `accept` of a configured template allows exactly one
 * subscribe message (one-time subscription), stored as one SubscriptionAccept row. Results for template ids that are
 * not among the asked keys are ignored (a client cannot mint accepts for arbitrary templates).
 */
export async function recordSubscriptionAccepts(
  db: Db,
  templates: NotificationTemplates,
  userId: string,
  body: { templateKeys: string[]; results: Record<string, 'accept' | 'reject' | 'ban' | 'filter'> },
  now = new Date(),
): Promise<{ accepted: number; ignored: number }> {
  const asked = new Set<string>();
  for (const key of body.templateKeys) {
    const t = templates.templates[key];
    if (!t?.wechat || t.audience !== 'citizen') throw errors.validation([{ path: 'templateKeys', message: `未知的消息模板：${key}` }]);
    asked.add(t.wechat.templateId);
  }
  let accepted = 0;
  let ignored = 0;
  const rows: { userId: string; templateId: string; acceptedAt: Date }[] = [];
  for (const [templateId, result] of Object.entries(body.results)) {
    if (result === 'accept' && asked.has(templateId)) {
      rows.push({ userId, templateId, acceptedAt: now });
      accepted += 1;
    } else ignored += 1;
  }
  if (rows.length > 0) await db.subscriptionAccept.createMany({ data: rows });
  return { accepted, ignored };
}
