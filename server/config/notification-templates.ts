import fs from 'node:fs';
import { z } from 'zod';
import { fieldKindOf } from '../domain/notifications/fit-fields';

/**
 * Notification templates are configuration: for each template key (case.accepted, staff.resubmitted ...) the
 * in-app title and body, the mini-program page to open, and optionally the WeChat subscribe-message template (its
 * id from the WeChat admin console, and which value fills each of its fields). Moments list the templates the
 * mini-program asks the user to subscribe to at a tap (≤3 per wx.requestSubscribeMessage call).
 *
 * Defaults below; NOTIFICATION_TEMPLATES_FILE (a JSON file of the same shape) replaces them. Validated at start:
 * a malformed file stops the server with the list of problems.
 */

const placeholderText = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/\{(?![A-Za-z][A-Za-z0-9_]*\})/.test(s), { message: 'placeholders look like {caseNumber}' });

const ZWeChatTemplate = z
  .object({
    /** Template id from the WeChat admin console (订阅消息 → 我的模板). */
    templateId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a WeChat template id (letters, digits, - and _)'),
    /** Long-term subscription (政务民生 apps, by approval): no accept needed per message. */
    longTerm: z.boolean().default(false),
    /** WeChat field key (thing1, character_string2, time3 ...) → text with {placeholders}. */
    fields: z
      .record(z.string(), placeholderText)
      .refine((f) => Object.keys(f).length >= 1 && Object.keys(f).length <= 20, { message: '1 to 20 fields' })
      .superRefine((f, ctx) => {
        for (const key of Object.keys(f)) {
          if (!fieldKindOf(key)) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a WeChat field key (thing1, character_string2, phrase3, time4 ...)` });
        }
      }),
    /** Word used when a phrase field's value is not 1-5 Chinese characters. */
    phraseFallback: z.string().regex(/^[\u4e00-\u9fa5]{1,5}$/, '1 to 5 Chinese characters').default('有更新'),
  })
  .strict();

const ZTemplate = z
  .object({
    audience: z.enum(['citizen', 'staff']),
    title: placeholderText,
    body: placeholderText,
    /** Page to open, without a leading slash, e.g. pages/case/index?id={caseId}. */
    page: z
      .string()
      .regex(/^(pages|staff)\/[A-Za-z0-9_\-/]+(\?[A-Za-z0-9_=&{}-]*)?$/, 'a mini-program page path without a leading slash, like pages/case/index?id={caseId}')
      .optional(),
    wechat: ZWeChatTemplate.optional(),
  })
  .strict();

export const ZNotificationTemplates = z
  .object({
    /** miniprogram_state of sent messages: formal (release), trial or developer. */
    miniprogramState: z.enum(['formal', 'trial', 'developer']).default('formal'),
    templates: z.record(z.string().regex(/^[a-z]+\.[A-Za-z]+$/, 'keys look like case.accepted'), ZTemplate),
    /** Moment (a tap in the mini-program) → template keys to ask for, at most 3 (WeChat's limit per call). */
    moments: z.record(z.enum(['submit', 'resubmit', 'courier']), z.array(z.string()).max(3, 'WeChat allows at most 3 templates per request')),
  })
  .strict()
  .superRefine((c, ctx) => {
    for (const [moment, keys] of Object.entries(c.moments)) {
      keys.forEach((k, i) => {
        const t = c.templates[k];
        if (!t) ctx.addIssue({ code: 'custom', path: ['moments', moment, i], message: `unknown template "${k}"` });
        else if (!t.wechat) ctx.addIssue({ code: 'custom', path: ['moments', moment, i], message: `template "${k}" has no wechat part to subscribe to` });
        else if (t.audience !== 'citizen') ctx.addIssue({ code: 'custom', path: ['moments', moment, i], message: `template "${k}" is not for citizens` });
      });
    }
  });

export type NotificationTemplates = z.infer<typeof ZNotificationTemplates>;
export type NotificationTemplate = NotificationTemplates['templates'][string];
export type SubscribeMoment = 'submit' | 'resubmit' | 'courier';

const CASE_PAGE = 'pages/case/index?id={caseId}';
/** A 一件事 bundle's one case view (caseId is the bundle's parent case). */
const BUNDLE_PAGE = 'pages/case/index?bundle={caseId}';
const STAFF_CASE_PAGE = 'staff/pages/review-case/index?id={caseId}';
const FOLLOW_UPS_PAGE = 'staff/pages/follow-ups/index';

/** The default set (template ids are placeholders until the real ones are configured for the AppID). */
export const DEFAULT_NOTIFICATION_TEMPLATES = {
  miniprogramState: 'formal',
  templates: {
    'case.submitted': { audience: 'citizen', title: '申请已提交', body: '{itemName}已提交，请等待窗口预审，预审期限{preReviewDueDate}。', page: CASE_PAGE },
    'case.correctionRequired': {
      audience: 'citizen',
      title: '需要补正材料',
      body: '{itemName}需补正{materialCount}项材料，请按一次性告知补齐后重新提交。',
      page: CASE_PAGE,
      wechat: {
        templateId: 'OT-case-correction-required-0001',
        longTerm: false,
        fields: { thing1: '{itemName}', thing2: '需补正{materialCount}项材料', time3: '{eventTime}' },
        phraseFallback: '需补正',
      },
    },
    'case.accepted': {
      audience: 'citizen',
      title: '申请已受理',
      body: '{itemName}已受理，办件编号{caseNumber}，承诺{promisedDate}前办结。',
      page: CASE_PAGE,
      wechat: {
        templateId: 'OT-case-accepted-0001',
        longTerm: false,
        fields: { thing1: '{itemName}', character_string2: '{caseNumber}', phrase3: '已受理', date4: '{promisedDate}' },
        phraseFallback: '已受理',
      },
    },
    'case.notAccepted': {
      audience: 'citizen',
      title: '申请不予受理',
      body: '{itemName}不予受理：{reason}',
      page: CASE_PAGE,
      wechat: {
        templateId: 'OT-case-not-accepted-0001',
        longTerm: false,
        fields: { thing1: '{itemName}', phrase2: '不予受理', thing3: '{reason}', time4: '{eventTime}' },
        phraseFallback: '不予受理',
      },
    },
    'case.suspended': {
      audience: 'citizen',
      title: '办件进入特别程序',
      body: '{itemName}进入特别程序，期间不计入办理时限。{reason}',
      page: CASE_PAGE,
      wechat: {
        templateId: 'OT-case-progress-0001',
        longTerm: false,
        fields: { thing1: '{itemName}', character_string2: '{caseNumber}', phrase3: '特别程序', time4: '{eventTime}' },
        phraseFallback: '有更新',
      },
    },
    'case.resumed': {
      audience: 'citizen',
      title: '特别程序结束',
      body: '{itemName}特别程序结束，恢复办理。',
      page: CASE_PAGE,
      wechat: {
        templateId: 'OT-case-progress-0001',
        longTerm: false,
        fields: { thing1: '{itemName}', character_string2: '{caseNumber}', phrase3: '恢复办理', time4: '{eventTime}' },
        phraseFallback: '有更新',
      },
    },
    'case.completed': {
      audience: 'citizen',
      title: '办件已办结',
      body: '{itemName}已办结（{statusLabel}），请留意结果领取方式。',
      page: CASE_PAGE,
      wechat: {
        templateId: 'OT-case-completed-0001',
        longTerm: false,
        fields: { thing1: '{itemName}', character_string2: '{caseNumber}', phrase3: '已办结', time4: '{eventTime}' },
        phraseFallback: '已办结',
      },
    },
    'case.delivered': { audience: 'citizen', title: '办理结果已送达', body: '{itemName}的办理结果已送达。', page: CASE_PAGE },
    'case.withdrawn': { audience: 'citizen', title: '申请已撤回', body: '{itemName}的申请已撤回。', page: CASE_PAGE },
    // 一件事: ONE message for the whole bundle when it is submitted or withdrawn (not one per department's part).
    'bundle.submitted': {
      audience: 'citizen',
      title: '申请已提交',
      body: '“{bundleName}”已提交，{departmentCount}个部门已收到申请，将同时预审，预审期限{preReviewDueDate}。',
      page: BUNDLE_PAGE,
    },
    'bundle.withdrawn': { audience: 'citizen', title: '申请已撤回', body: '“{bundleName}”的申请已撤回（{partCount}个事项）。', page: BUNDLE_PAGE },
    'case.dispatched': {
      audience: 'citizen',
      title: '办理结果已寄出',
      body: '{itemName}的办理结果已寄出，运单号{waybillNo}。',
      page: CASE_PAGE,
      wechat: {
        templateId: 'OT-case-dispatched-0001',
        longTerm: false,
        fields: { thing1: '{itemName}', character_string2: '{waybillNo}', thing3: '{courierName}', time4: '{eventTime}' },
        phraseFallback: '已寄出',
      },
    },
    'case.signed': {
      audience: 'citizen',
      title: '办理结果已签收',
      body: '{itemName}的办理结果已签收。',
      page: CASE_PAGE,
      wechat: {
        templateId: 'OT-case-signed-0001',
        longTerm: false,
        fields: { thing1: '{itemName}', character_string2: '{waybillNo}', phrase3: '已签收', time4: '{eventTime}' },
        phraseFallback: '已签收',
      },
    },
    'rating.invite': {
      audience: 'citizen',
      title: '请评价本次服务',
      body: '{itemName}已办结，请对本次服务作出评价（好差评）。',
      page: CASE_PAGE,
      wechat: {
        templateId: 'OT-rating-invite-0001',
        longTerm: false,
        fields: { thing1: '{itemName}', character_string2: '{caseNumber}', thing3: '请对本次服务作出评价' },
        phraseFallback: '待评价',
      },
    },
    'complaint.replied': {
      audience: 'citizen',
      title: '投诉已答复',
      body: '您对{itemName}的投诉已有答复，请查看。',
      page: CASE_PAGE,
      wechat: {
        templateId: 'OT-complaint-replied-0001',
        longTerm: false,
        fields: { thing1: '{itemName}', thing2: '您的投诉已有答复', time3: '{eventTime}' },
        phraseFallback: '已答复',
      },
    },
    // In-app only (no WeChat template yet): the message centre shows them; a WeChat part can be added by config.
    'case.deliveryFailed': { audience: 'citizen', title: '结果投递未成功', body: '{itemName}的办理结果投递未成功，邮件将退回办理部门，请在办件页查看或联系部门。', page: CASE_PAGE },
    'payment.refunded': { audience: 'citizen', title: '邮费已退款', body: '{itemName}的邮费{amountYuan}元已原路退回。', page: CASE_PAGE },
    'rectification.outcome': { audience: 'citizen', title: '评价处理结果', body: '{departmentName}已回访并处理您的评价：{outcome}。', page: CASE_PAGE },
    'rectification.assigned': { audience: 'staff', title: '差评待整改', body: '办件{caseNumber}收到“{grade}”评价，请在{dueDate}前回访并整改。', page: FOLLOW_UPS_PAGE },
    'rectification.overdue': { audience: 'staff', title: '差评整改已逾期', body: '办件{caseNumber}的差评整改已超过期限，请尽快回访处理。', page: FOLLOW_UPS_PAGE },
    'staff.complaintReceived': { audience: 'staff', title: '新的咨询投诉', body: '收到{kind}{complaintNumber}，请在{dueDate}前答复。', page: FOLLOW_UPS_PAGE },
    'staff.submitted': { audience: 'staff', title: '新的办件待预审', body: '{itemName}已提交，请在预审期限{preReviewDueDate}前完成预审。', page: STAFF_CASE_PAGE },
    'staff.resubmitted': { audience: 'staff', title: '补正材料已提交', body: '{itemName}已提交补正材料，请预审。', page: STAFF_CASE_PAGE },
    'staff.preReviewDue': { audience: 'staff', title: '预审即将到期', body: '{itemName}预审期限{preReviewDueDate}，剩余{workingDaysLeft}个工作日，逾期将视为受理。', page: STAFF_CASE_PAGE },
  },
  moments: {
    submit: ['case.accepted', 'case.correctionRequired', 'case.notAccepted'],
    resubmit: ['case.accepted', 'case.correctionRequired', 'case.notAccepted'],
    courier: ['case.dispatched', 'case.signed', 'rating.invite'],
  },
} satisfies z.input<typeof ZNotificationTemplates>;

/** Thrown when the template configuration is malformed; lists every problem. */
export class TemplateConfigError extends Error {
  constructor(
    public readonly source: string,
    public readonly problems: string[],
  ) {
    super(`Invalid notification templates (${source}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TemplateConfigError';
  }
}

/** Validate a parsed configuration object. */
export function parseNotificationTemplates(raw: unknown, source = 'configuration'): NotificationTemplates {
  const r = ZNotificationTemplates.safeParse(raw);
  if (!r.success) throw new TemplateConfigError(source, r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  return r.data;
}

/** The templates in force: the file named by NOTIFICATION_TEMPLATES_FILE, or the defaults. */
export function loadNotificationTemplates(file: string | undefined): NotificationTemplates {
  if (!file) return parseNotificationTemplates(DEFAULT_NOTIFICATION_TEMPLATES, 'defaults');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new TemplateConfigError(file, [`cannot read the file: ${(e as Error).message}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new TemplateConfigError(file, [`not valid JSON: ${(e as Error).message}`]);
  }
  return parseNotificationTemplates(raw, file);
}
