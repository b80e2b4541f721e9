import { z } from 'zod';

/** Enumerations of the service catalogue (mirror prisma/schema.prisma) with the labels citizens read. */

/** 事项类型 of the national catalogue. */
export const ZItemType = z.enum([
  'ADMINISTRATIVE_LICENSING',
  'ADMINISTRATIVE_PAYMENT',
  'ADMINISTRATIVE_CONFIRMATION',
  'ADMINISTRATIVE_ADJUDICATION',
  'ADMINISTRATIVE_REWARD',
  'OTHER_ADMINISTRATIVE_POWER',
  'PUBLIC_SERVICE',
  'PUBLIC_UTILITY',
]);
export type TItemType = z.infer<typeof ZItemType>;
export const ITEM_TYPE_LABELS: Record<TItemType, string> = {
  ADMINISTRATIVE_LICENSING: '行政许可',
  ADMINISTRATIVE_PAYMENT: '行政给付',
  ADMINISTRATIVE_CONFIRMATION: '行政确认',
  ADMINISTRATIVE_ADJUDICATION: '行政裁决',
  ADMINISTRATIVE_REWARD: '行政奖励',
  OTHER_ADMINISTRATIVE_POWER: '其他行政权力',
  PUBLIC_SERVICE: '公共服务',
  PUBLIC_UTILITY: '公用事业',
};

/** 办件类型: 即办件 (result on the spot) or 承诺件. */
export const ZHandlingType = z.enum(['INSTANT', 'PROMISED']);
export type THandlingType = z.infer<typeof ZHandlingType>;
export const HANDLING_TYPE_LABELS: Record<THandlingType, string> = { INSTANT: '即办件', PROMISED: '承诺件' };

export const ZTimeLimitUnit = z.enum(['WORKING_DAY', 'CALENDAR_DAY']);
export type TTimeLimitUnit = z.infer<typeof ZTimeLimitUnit>;
export const TIME_LIMIT_UNIT_LABELS: Record<TTimeLimitUnit, string> = { WORKING_DAY: '个工作日', CALENDAR_DAY: '日' };

/** A time limit: value + unit. */
export const ZTimeLimit = z.object({
  value: z.number().int().nonnegative(),
  unit: ZTimeLimitUnit,
});
export type TTimeLimit = z.infer<typeof ZTimeLimit>;

/** Application channels. */
export const ZChannel = z.enum(['WINDOW', 'ONLINE', 'POST']);
export type TChannel = z.infer<typeof ZChannel>;
export const CHANNEL_LABELS: Record<TChannel, string> = { WINDOW: '窗口办理', ONLINE: '网上办理', POST: '邮寄申请' };

/** 网办深度 (all seven = level IV, fully online). */
export const ZOnlineDepth = z.enum(['CONSULT', 'RECEIVE', 'PRE_REVIEW', 'ACCEPT', 'HANDLE', 'RESULT_FEEDBACK', 'E_LICENCE_FEEDBACK']);
export type TOnlineDepth = z.infer<typeof ZOnlineDepth>;
export const ONLINE_DEPTH_LABELS: Record<TOnlineDepth, string> = {
  CONSULT: '咨询',
  RECEIVE: '收件',
  PRE_REVIEW: '预审',
  ACCEPT: '受理',
  HANDLE: '办理',
  RESULT_FEEDBACK: '结果反馈',
  E_LICENCE_FEEDBACK: '电子证照反馈',
};

/** 通办范围. */
export const ZAnywhereScope = z.enum(['NONE', 'COUNTY', 'CITY', 'PROVINCE', 'NATIONWIDE']);
export type TAnywhereScope = z.infer<typeof ZAnywhereScope>;
export const ANYWHERE_SCOPE_LABELS: Record<TAnywhereScope, string> = {
  NONE: '不通办',
  COUNTY: '全县通办',
  CITY: '全市通办',
  PROVINCE: '全省通办',
  NATIONWIDE: '跨省通办',
};

export const ZResultType = z.enum(['LICENCE', 'APPROVAL_DOCUMENT', 'OTHER']);
export type TResultType = z.infer<typeof ZResultType>;
export const RESULT_TYPE_LABELS: Record<TResultType, string> = { LICENCE: '证照', APPROVAL_DOCUMENT: '批文', OTHER: '其他' };

export const ZMaterialRequirement = z.enum(['REQUIRED', 'CONDITIONAL']);
export const ZMaterialForm = z.enum(['PAPER', 'ELECTRONIC', 'PAPER_OR_ELECTRONIC']);
export const ZMaterialOriginality = z.enum(['ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY']);
export const ZMaterialSource = z.enum(['APPLICANT', 'GOVERNMENT', 'INTERMEDIARY', 'OTHER']);
export const MATERIAL_REQUIREMENT_LABELS: Record<z.infer<typeof ZMaterialRequirement>, string> = { REQUIRED: '必需', CONDITIONAL: '视情形提交' };
export const MATERIAL_FORM_LABELS: Record<z.infer<typeof ZMaterialForm>, string> = { PAPER: '纸质', ELECTRONIC: '电子', PAPER_OR_ELECTRONIC: '纸质或电子' };
export const MATERIAL_ORIGINALITY_LABELS: Record<z.infer<typeof ZMaterialOriginality>, string> = {
  ORIGINAL: '原件',
  COPY: '复印件',
  ORIGINAL_AND_COPY: '原件和复印件（验原件收复印件）',
};
export const MATERIAL_SOURCE_LABELS: Record<z.infer<typeof ZMaterialSource>, string> = {
  APPLICANT: '申请人自备',
  GOVERNMENT: '政府部门核发（可免提交，系统调取）',
  INTERMEDIARY: '中介机构出具',
  OTHER: '其他',
};

/**
 * The filters citizens care about. ONE_TRIP 最多跑一次 (visits ≤ 1), ZERO_VISIT 零跑腿 (0 visits), INSTANT 即办件,
 * ONLINE 可网办, COURIER 可邮寄 (result by courier).
 */
export const ZSearchFlag = z.enum(['ONE_TRIP', 'ZERO_VISIT', 'INSTANT', 'ONLINE', 'COURIER']);
export type TSearchFlag = z.infer<typeof ZSearchFlag>;
export const SEARCH_FLAG_LABELS: Record<TSearchFlag, string> = {
  ONE_TRIP: '最多跑一次',
  ZERO_VISIT: '零跑腿',
  INSTANT: '即办件',
  ONLINE: '可网办',
  COURIER: '可邮寄',
};

/** How a search hit matched: the name itself, full pinyin, pinyin initials, an everyday word (synonym), a typo-tolerant match, or the department that handles it. */
export const ZMatchedBy = z.enum(['name', 'pinyin', 'initials', 'synonym', 'fuzzy', 'department']);
export type TMatchedBy = z.infer<typeof ZMatchedBy>;

/** [start, end) character range of the name to highlight (UTF-16 indices, as JavaScript slices strings). */
export const ZHighlight = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type THighlight = z.infer<typeof ZHighlight>;

/** URL of a stored file (blank form, sample), relative to the API origin: GET /api/v1/files/:id. */
export function fileUrl(id: string): string {
  return `/api/v1/files/${encodeURIComponent(id)}`;
}

/** A downloadable document: blank form, filled sample, result sample. */
export const ZFileLink = z.object({
  id: z.string(),
  /** File name to show, e.g. 食品经营许可申请书（空白）.pdf. */
  name: z.string(),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  /** Path under the API origin (see fileUrl). */
  url: z.string(),
});
export type TFileLink = z.infer<typeof ZFileLink>;
