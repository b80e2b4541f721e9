import { dateFromColumn } from '@shared/domain/calendar/working-days';
import type { Db } from '../../db/client';
import type { NotificationTemplate, NotificationTemplates } from '../../config/notification-templates';
import { fieldKindOf, fillPlaceholders, fitField } from '../../domain/notifications/fit-fields';
import { isProvisionalCaseNumber } from '../cases/case-number';

export type TemplateValues = Record<string, string | number | boolean | null | undefined>;

/** What a template is filled from: the intent's data plus facts of the case and the causing event. */
export async function loadTemplateValues(db: Db, caseId: string | null, data: TemplateValues, now: Date): Promise<TemplateValues> {
  const values: TemplateValues = { ...data, caseId: caseId ?? '', eventTime: now.toISOString() };
  if (caseId) {
    const c = await db.case.findUnique({
      where: { id: caseId },
      select: { number: true, promisedDueDate: true, preReviewDueDate: true, itemVersion: { select: { name: true } }, bundle: { select: { name: true } } },
    });
    if (c) {
      values.caseNumber ??= c.number;
      values.itemName ??= c.itemVersion?.name ?? c.bundle?.name ?? '办件';
      if (c.promisedDueDate) values.promisedDate ??= dateFromColumn(c.promisedDueDate);
      if (c.preReviewDueDate) values.preReviewDueDate ??= dateFromColumn(c.preReviewDueDate);
    }
  }
  if (typeof data.eventId === 'string') {
    const e = await db.caseEvent.findUnique({ where: { id: data.eventId }, select: { createdAt: true, data: true } });
    if (e) {
      values.eventTime = e.createdAt.toISOString();
      const d = (e.data ?? {}) as Record<string, unknown>;
      if (typeof d.materialCount === 'number') values.materialCount ??= d.materialCount;
    }
  }
  values.itemName ??= '办件';
  // Before acceptance a case only has a provisional number: never shown to anyone.
  if (typeof values.caseNumber === 'string' && isProvisionalCaseNumber(values.caseNumber)) delete values.caseNumber;
  return values;
}

/** A template key nobody configured still reaches the message centre, with a neutral text. */
export const FALLBACK_TEMPLATE: NotificationTemplate = { audience: 'citizen', title: '办件动态', body: '您的办件{caseNumber}有新的动态：{statusLabel}', page: 'pages/case/index?id={caseId}' };

export function templateFor(templates: NotificationTemplates, key: string): NotificationTemplate {
  return templates.templates[key] ?? FALLBACK_TEMPLATE;
}

/** The in-app message: title, body (no placeholder left over) and page. */
export function renderInApp(t: NotificationTemplate, values: TemplateValues): { title: string; body: string; page: string | null } {
  const title = fillPlaceholders(t.title, values, '').slice(0, 100);
  const body = fillPlaceholders(t.body, values, '—')
    .replace(/：—$/, '')
    .slice(0, 500);
  const page = t.page && values.caseId ? fillPlaceholders(t.page, values) : null;
  return { title, body, page };
}

/** The subscribe message's data: every field filled and fitted to its type's limits (WeChat answers 47003 otherwise). */
export function renderWeChatData(w: NonNullable<NotificationTemplate['wechat']>, values: TemplateValues, now: Date): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {};
  for (const [key, text] of Object.entries(w.fields)) {
    const kind = fieldKindOf(key);
    if (!kind) continue; // rejected by the config schema already
    out[key] = { value: fitField(kind, fillPlaceholders(text, values), { phraseFallback: w.phraseFallback, now }) };
  }
  return out;
}
