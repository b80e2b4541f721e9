import { z } from 'zod';
import { ZRegionLevel } from './region';
import {
  ZAnywhereScope,
  ZChannel,
  ZFileLink,
  ZHandlingType,
  ZHighlight,
  ZItemType,
  ZMatchedBy,
  ZMaterialForm,
  ZMaterialOriginality,
  ZMaterialRequirement,
  ZMaterialSource,
  ZOnlineDepth,
  ZResultType,
  ZSearchFlag,
  ZTimeLimit,
} from './catalog-enums';

export * from './catalog-enums';

// ───────────── Search ─────────────

const flagList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(ZSearchFlag.options, { error: '筛选条件只能是 ONE_TRIP、ZERO_VISIT、INSTANT、ONLINE、COURIER' })));

/** GET /guides/search query. Every filter is optional; without q the items are listed by popularity. */
export const ZGuideSearchQuery = z.object({
  /** Words as typed: Chinese, full pinyin, pinyin initials or everyday words. At most 100 characters. */
  q: z.string({ error: '搜索词只能填写一次' }).max(100, '搜索词最多100个字').optional(),
  /** Life-event theme code (see home.themes), e.g. business. */
  theme: z.string().max(40, '主题代码过长').optional(),
  /** Department code, e.g. 5305-SCJG. */
  department: z.string().max(40, '部门代码过长').optional(),
  /** The citizen's place (region code): items implemented there or at any level above it. */
  region: z.string().regex(/^\d{4,12}$/, '地区代码应为4到12位数字').optional(),
  /** Flags, all required: comma list or repeated key. */
  flags: flagList.optional(),
  /** Level of the implementing body. */
  level: z.enum(ZRegionLevel.options, { error: '层级只能是 CITY、COUNTY、TOWNSHIP、VILLAGE' }).optional(),
  page: z.coerce.number({ error: '页码应为数字' }).int('页码应为整数').min(1, '页码从1开始').max(1000, '页码最大为1000').default(1),
  pageSize: z.coerce.number({ error: '每页条数应为数字' }).int('每页条数应为整数').min(1, '每页至少1条').max(50, '每页最多50条').default(20),
});
export type TGuideSearchQuery = z.infer<typeof ZGuideSearchQuery>;

/** One item in a list (search hit, popular item, bundle member). */
export const ZGuideSummary = z.object({
  /** Implementation code (实施编码): the key of the guide page, GET /guides/:code. */
  code: z.string(),
  name: z.string(),
  type: ZItemType,
  departmentCode: z.string(),
  departmentName: z.string(),
  level: ZRegionLevel,
  regionCode: z.string(),
  regionName: z.string(),
  /** 到办事现场次数. */
  visitsNeeded: z.number().int().nonnegative(),
  handlingType: ZHandlingType,
  promisedLimit: ZTimeLimit,
  /** Null when the law sets no limit. */
  statutoryLimit: ZTimeLimit.nullable(),
  /** Flags that hold for this item. */
  flags: z.array(ZSearchFlag),
});
export type TGuideSummary = z.infer<typeof ZGuideSummary>;

/** A search hit: the summary plus what matched. */
export const ZGuideSearchHit = ZGuideSummary.extend({
  /** Ranges of `name` to highlight; empty when the match was not in the name itself (e.g. a synonym). */
  highlights: z.array(ZHighlight),
  /** Null when listing without q. */
  matchedBy: ZMatchedBy.nullable(),
  /** The everyday word or keyword that matched, for "按「开饭店」找到" hints; null otherwise. */
  matchedTerm: z.string().nullable(),
});
export type TGuideSearchHit = z.infer<typeof ZGuideSearchHit>;

/** A bundle (一件事) matching the query, shown above the items. */
export const ZBundleSearchHit = z.object({
  code: z.string(),
  name: z.string(),
  itemCount: z.number().int().nonnegative(),
  highlights: z.array(ZHighlight),
  /** Null when listed by theme without q. */
  matchedBy: ZMatchedBy.nullable(),
  matchedTerm: z.string().nullable(),
});
export type TBundleSearchHit = z.infer<typeof ZBundleSearchHit>;

export const ZGuideSearchResponse = z.object({
  /** Matching items across all pages. */
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  items: z.array(ZGuideSearchHit),
  /** Matching bundles (only on page 1, only with q or theme). */
  bundles: z.array(ZBundleSearchHit),
});
export type TGuideSearchResponse = z.infer<typeof ZGuideSearchResponse>;

// ───────────── Guide page ─────────────

/** A material of a guide. */
export const ZGuideMaterial = z.object({
  id: z.string(),
  name: z.string(),
  requirement: ZMaterialRequirement,
  /** When a CONDITIONAL material is needed, in plain words. */
  conditionText: z.string().nullable(),
  form: ZMaterialForm,
  originality: ZMaterialOriginality,
  copies: z.number().int().nonnegative(),
  source: ZMaterialSource,
  sourceDetail: z.string().nullable(),
  /** Held by the government: fetched by the system instead of uploaded ("data runs instead of people"). */
  governmentHeld: z.boolean(),
  /** Material type code shared across items (same code = same material, asked once in a bundle). */
  materialTypeCode: z.string().nullable(),
  /** Key material: cannot be missing at acceptance (容缺受理 only for non-key ones). */
  isKey: z.boolean(),
  blankForm: ZFileLink.nullable(),
  sample: ZFileLink.nullable(),
  commonMistakes: z.string().nullable(),
  acceptanceStandard: z.string().nullable(),
});
export type TGuideMaterial = z.infer<typeof ZGuideMaterial>;

/** A situation question (情形): each chosen option adds the listed (conditional) materials. */
export const ZGuideSituation = z.object({
  id: z.string(),
  text: z.string(),
  /** Several options may be chosen. */
  multiple: z.boolean(),
  options: z.array(z.object({ id: z.string(), text: z.string(), materialIds: z.array(z.string()) })),
});
export type TGuideSituation = z.infer<typeof ZGuideSituation>;

export const ZGuideFee = z.object({
  name: z.string(),
  /** 收费标准 as published. */
  standard: z.string(),
  /** Fixed amount in fen, null when it depends on the case. */
  amountFen: z.number().int().nonnegative().nullable(),
  /** 收费依据. */
  basis: z.string(),
  /** 减免政策. */
  reductions: z.string().nullable(),
});

export const ZProcessStep = z.object({
  name: z.string(),
  description: z.string(),
  /** E.g. "1个工作日"; null when not stated. */
  timeLimit: z.string().nullable(),
});

/** How the result reaches the applicant. */
export const ZDeliveryMethod = z.enum(['WINDOW_PICKUP', 'COURIER', 'ELECTRONIC']);
export const DELIVERY_METHOD_LABELS: Record<z.infer<typeof ZDeliveryMethod>, string> = {
  WINDOW_PICKUP: '窗口领取',
  COURIER: '免费邮寄',
  ELECTRONIC: '电子证照',
};

export const ZThemeRef = z.object({ code: z.string(), name: z.string() });

/** GET /guides/:code: the published guide (办事指南) with every element a citizen needs. */
export const ZGuide = ZGuideSummary.extend({
  /** The service item's id: what a complaint or enquiry about the item names (POST /me/complaints itemId). */
  itemId: z.string(),
  baseCode: z.string(),
  /** Version number of the published guide; cases keep the version they were filed under. */
  versionNo: z.number().int().positive(),
  publishedAt: z.string().nullable(),
  departmentPhone: z.string().nullable(),
  /** Percentage by which the promised limit is shorter than the statutory one (e.g. 75); null without a statutory limit. */
  reductionPercent: z.number().int().nullable(),
  /** Why a visit is needed (set when visitsNeeded > 0). */
  visitsReason: z.string().nullable(),
  channels: z.array(ZChannel),
  onlineDepth: z.array(ZOnlineDepth),
  inServiceCentre: z.boolean(),
  courierDelivery: z.boolean(),
  onlinePayment: z.boolean(),
  bookingAvailable: z.boolean(),
  anywhereScope: ZAnywhereScope,
  /** "Apply online" may be offered. */
  canApplyOnline: z.boolean(),
  /** 受理条件, paragraphs separated by newlines. */
  conditions: z.string().nullable(),
  /** 设定依据 / 实施依据. */
  legalBasis: z.string().nullable(),
  processSteps: z.array(ZProcessStep),
  fees: z.array(ZGuideFee),
  /** No fee at all (不收费). */
  free: z.boolean(),
  location: z.object({
    address: z.string().nullable(),
    officeHours: z.string().nullable(),
    /** Map link for the address (opens a map page); null without an address. */
    mapUrl: z.string().nullable(),
  }),
  enquiryPhone: z.string().nullable(),
  complaintPhone: z.string().nullable(),
  result: z.object({
    name: z.string().nullable(),
    type: ZResultType.nullable(),
    sample: ZFileLink.nullable(),
    delivery: z.array(ZDeliveryMethod),
  }),
  /** All materials; CONDITIONAL ones apply only when a situation option adds them. */
  materials: z.array(ZGuideMaterial),
  situations: z.array(ZGuideSituation),
  faqs: z.array(z.object({ question: z.string(), answer: z.string() })),
  themes: z.array(ZThemeRef),
  /** Bundles (一件事) this item belongs to. */
  bundles: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type TGuide = z.infer<typeof ZGuide>;

/** POST /guides/:code/materials body: chosen option ids per situation question id. */
export const ZMaterialAnswers = z.object({
  answers: z.record(z.string().max(64), z.array(z.string().max(64)).max(20)),
});
export type TMaterialAnswers = z.infer<typeof ZMaterialAnswers>;

export const ZTailoredMaterials = z.object({
  /** Required materials plus the conditional ones the answers add, in guide order. */
  materials: z.array(ZGuideMaterial),
  /** Question ids not answered yet (their conditional materials are left out). */
  unanswered: z.array(z.string()),
});
export type TTailoredMaterials = z.infer<typeof ZTailoredMaterials>;

// ───────────── Home, bundles ─────────────

export const ZLifeTheme = z.object({
  /** Stable code, e.g. birth, school, business. */
  code: z.string(),
  /** 生育, 上学, 开办企业... */
  name: z.string(),
  description: z.string().nullable(),
  /** Published items tagged with the theme. */
  itemCount: z.number().int().nonnegative(),
});
export type TLifeTheme = z.infer<typeof ZLifeTheme>;

export const ZBundleSummary = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  itemCount: z.number().int().nonnegative(),
});
export type TBundleSummary = z.infer<typeof ZBundleSummary>;

/** GET /guides/home: what the guide home page shows. */
export const ZGuidesHome = z.object({
  popular: z.array(ZGuideSummary),
  departments: z.array(
    z.object({ code: z.string(), name: z.string(), regionCode: z.string(), itemCount: z.number().int().nonnegative() }),
  ),
  themes: z.array(ZLifeTheme),
  bundles: z.array(ZBundleSummary),
});
export type TGuidesHome = z.infer<typeof ZGuidesHome>;

/** A material of a bundle's merged list: asked once even when several items need it. */
export const ZBundleMaterial = ZGuideMaterial.extend({
  /** Items (codes and names) that ask for it. */
  items: z.array(z.object({ code: z.string(), name: z.string() })),
});

/** GET /bundles/:code. */
export const ZBundle = ZBundleSummary.extend({
  regionCode: z.string(),
  leadDepartment: z.object({ code: z.string(), name: z.string() }),
  publishedAt: z.string().nullable(),
  items: z.array(ZGuideSummary),
  /** Merged list of the items' required materials, shared ones once. */
  materials: z.array(ZBundleMaterial),
  /** Most visits any item needs (the bundle is handled in one go). */
  visitsNeeded: z.number().int().nonnegative(),
  /** Longest promised limit among the items (reviews run in parallel). */
  promisedLimit: ZTimeLimit,
});
export type TBundle = z.infer<typeof ZBundle>;
