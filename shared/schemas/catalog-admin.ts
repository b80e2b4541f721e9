import { z } from 'zod';
import {
  ZAnywhereScope,
  ZChannel,
  ZHandlingType,
  ZItemType,
  ZMaterialForm,
  ZMaterialOriginality,
  ZMaterialRequirement,
  ZMaterialSource,
  ZOnlineDepth,
  ZResultType,
  ZTimeLimitUnit,
} from './catalog';

/** Administrative level of an item (市/县/乡镇/村). */
export const ZItemLevel = z.enum(['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE']);
/** Lifecycle of a version: drafts are edited, published ones never change, retired ones stay readable. */
export const ZVersionStatus = z.enum(['DRAFT', 'PUBLISHED', 'RETIRED']);

const text = (max: number) => z.string().trim().max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().default(null);

/** A material of a draft. An id keeps the row (and the situations that point at it); no id adds one. */
export const ZMaterialDraft = z.object({
  id: z.string().uuid().optional(),
  name: text(200).min(1, '请填写材料名称'),
  requirement: ZMaterialRequirement.default('REQUIRED'),
  /** Plain-language condition shown for CONDITIONAL materials. */
  conditionText: optText(500),
  form: ZMaterialForm.default('PAPER_OR_ELECTRONIC'),
  originality: ZMaterialOriginality.default('ORIGINAL'),
  copies: z.number().int().min(0).max(99).default(1),
  source: ZMaterialSource.default('APPLICANT'),
  sourceDetail: optText(200),
  /** Key material: cannot be missing at acceptance. */
  isKey: z.boolean().default(true),
  commonMistakes: optText(1000),
  acceptanceStandard: optText(1000),
});
export type TMaterialDraft = z.infer<typeof ZMaterialDraft>;

/** A fee of a draft. The basis may be blank in a draft; publishing requires it. */
export const ZFeeDraft = z.object({
  name: text(200).min(1, '请填写收费项目名称'),
  /** 收费标准 as published. */
  standard: text(500).min(1, '请填写收费标准'),
  amountFen: z.number().int().nonnegative().nullable().default(null),
  basis: text(500).default(''),
  reductions: optText(500),
});
export type TFeeDraft = z.infer<typeof ZFeeDraft>;

export const ZFaqDraft = z.object({ question: text(300).min(1, '请填写问题'), answer: text(2000).min(1, '请填写答案') });

/** A process step; timeLimit is free text as published (e.g. "1个工作日"), null when the step states none. */
export const ZProcessStepDraft = z.object({ name: text(100).min(1), description: text(1000).default(''), timeLimit: optText(50) });

/** An answer to a situation question; choosing it adds the named materials (of the same version) to the list. */
export const ZSituationOptionDraft = z.object({
  text: text(200).min(1, '请填写选项'),
  /** Names of materials of this version that the option adds (materials are matched by name). */
  materials: z.array(text(200).min(1)).max(50).default([]),
});

/** A situation question (情形) that tailors the material list. */
export const ZSituationDraft = z.object({
  text: text(300).min(1, '请填写情形问题'),
  /** Several options may be chosen at once. */
  multiple: z.boolean().default(false),
  options: z.array(ZSituationOptionDraft).max(20).default([]),
});
export type TSituationDraft = z.infer<typeof ZSituationDraft>;

/** The editable elements of an item version (办事指南): the whole content, replaced on each save. */
export const ZDraftContent = z.object({
  name: text(200),
  type: ZItemType,
  level: ZItemLevel,
  /** 即办件 or 承诺件. */
  handlingType: ZHandlingType,
  /** Null when the law sets no limit. */
  statutoryLimit: z.number().int().min(0).max(3650).nullable().default(null),
  statutoryLimitUnit: ZTimeLimitUnit.nullable().default(null),
  promisedLimit: z.number().int().min(0).max(3650),
  promisedLimitUnit: ZTimeLimitUnit.default('WORKING_DAY'),
  /** 到办事现场次数. */
  visitsNeeded: z.number().int().min(0).max(9),
  visitsReason: optText(500),
  channels: z.array(ZChannel).max(3).default([]),
  onlineDepth: z.array(ZOnlineDepth).max(7).default([]),
  inServiceCentre: z.boolean().default(false),
  courierDelivery: z.boolean().default(false),
  onlinePayment: z.boolean().default(false),
  bookingAvailable: z.boolean().default(false),
  anywhereScope: ZAnywhereScope.default('NONE'),
  /** 受理条件 */
  conditions: optText(5000),
  /** 设定依据 */
  legalBasis: optText(5000),
  processSteps: z.array(ZProcessStepDraft).max(30).default([]),
  address: optText(300),
  officeHours: optText(300),
  enquiryPhone: optText(50),
  complaintPhone: optText(50),
  resultName: optText(200),
  resultType: ZResultType.nullable().default(null),
  changeNote: optText(1000),
  /** Explicit "no materials needed". */
  materialsNone: z.boolean().default(false),
  materials: z.array(ZMaterialDraft).max(100).default([]),
  fees: z.array(ZFeeDraft).max(30).default([]),
  faqs: z.array(ZFaqDraft).max(50).default([]),
  /** Situation questions (情形). Omitted: the version's situations stay as they are; sent: they are replaced. */
  situations: z.array(ZSituationDraft).max(20).optional(),
});
export type TDraftContent = z.infer<typeof ZDraftContent>;
export type TDraftContentInput = z.input<typeof ZDraftContent>;

/** POST /admin/catalog/items: a new item with its first draft. */
export const ZCreateItemBody = z.object({
  /** 基本目录编码 */
  baseCode: text(64).min(1, '请填写基本编码'),
  /** 实施编码, unique in the catalogue. */
  implementationCode: text(64).min(1, '请填写实施编码'),
  departmentId: z.string().uuid('请选择实施主体'),
  regionCode: text(20).min(1, '请选择行政区划'),
  content: ZDraftContent,
});

/** PUT /admin/catalog/versions/:id: save a draft; `revision` is the one the editor read (optimistic concurrency). */
export const ZUpdateDraftBody = z.object({ revision: z.number().int().min(1), content: ZDraftContent });

/** POST /admin/catalog/versions/:id/publish */
export const ZPublishBody = z.object({ revision: z.number().int().min(1) });

/** POST /admin/catalog/items/:id/retire */
export const ZRetireBody = z.object({ reason: text(500).min(1, '请填写下线原因') });

/** A broken catalogue rule: stable code, the field, a Chinese message. */
export const ZViolation = z.object({ code: z.string(), field: z.string(), message: z.string() });
export type TViolation = z.infer<typeof ZViolation>;

/** An item version as the editor sees it, with the rules it currently breaks (empty = ready to publish). */
export const ZAdminVersion = z.object({
  item: z.object({
    id: z.string(),
    baseCode: z.string(),
    implementationCode: z.string(),
    departmentId: z.string(),
    departmentName: z.string(),
    regionCode: z.string(),
  }),
  id: z.string(),
  versionNo: z.number().int(),
  status: ZVersionStatus,
  revision: z.number().int(),
  publishedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  updatedAt: z.string(),
  content: ZDraftContent.extend({ materials: z.array(ZMaterialDraft.extend({ id: z.string() })), situations: z.array(ZSituationDraft) }),
  /** Number of situation questions (情形). */
  situationCount: z.number().int(),
  violations: z.array(ZViolation),
});
export type TAdminVersion = z.infer<typeof ZAdminVersion>;

/** GET /admin/catalog/items */
export const ZAdminItemListQuery = z.object({
  status: ZVersionStatus.optional(),
  departmentId: z.string().uuid().optional(),
  /** Name or implementation code fragment. */
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZAdminItemRow = z.object({
  itemId: z.string(),
  implementationCode: z.string(),
  name: z.string(),
  departmentName: z.string(),
  regionCode: z.string(),
  /** Status of the latest version. */
  status: ZVersionStatus,
  latestVersionId: z.string(),
  latestVersionNo: z.number().int(),
  publishedVersionId: z.string().nullable(),
  publishedVersionNo: z.number().int().nullable(),
  /** The open draft, when there is one. */
  draftVersionId: z.string().nullable(),
  /** Why the item was taken off the catalogue, while it has no published version. */
  retiredReason: z.string().nullable(),
  updatedAt: z.string(),
});
export const ZAdminItemList = z.object({ items: z.array(ZAdminItemRow), total: z.number().int() });
export type TAdminItemList = z.infer<typeof ZAdminItemList>;

/** Result of publish or retire. */
export const ZVersionChange = z.object({
  itemId: z.string(),
  versionId: z.string(),
  versionNo: z.number().int(),
  status: ZVersionStatus,
  /** The version that stopped being current, if any (it stays readable for the cases filed under it). */
  retiredVersionId: z.string().nullable(),
});

/** POST /admin/catalog/import (raw XLSX or CSV body). */
export const ZImportQuery = z.object({
  /** draft: imported items become drafts; publish: they are published directly (all rules apply). */
  mode: z.enum(['draft', 'publish']).default('draft'),
});

/** One problem of an import file: sheet, 1-based row (0 = the file itself), column title. */
export const ZImportError = z.object({ sheet: z.string(), row: z.number().int(), column: z.string(), message: z.string() });

/** The row-by-row report of an import. ok=false means nothing was written. */
export const ZImportReport = z.object({
  ok: z.boolean(),
  mode: z.enum(['draft', 'publish']),
  /** Item rows read from the file. */
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  published: z.number().int(),
  /** The first 500 problems. */
  errors: z.array(ZImportError),
  errorCount: z.number().int(),
});
export type TImportReport = z.infer<typeof ZImportReport>;

/** GET /admin/catalog/export */
export const ZExportQuery = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  departmentId: z.string().uuid().optional(),
});

/** GET /catalog/stats */
export const ZCatalogStatsQuery = z.object({
  /** A region code: that region and everything below it. Omitted: the whole deployment. */
  region: z.string().trim().max(20).optional(),
  /** One department only. */
  department: z.string().uuid().optional(),
});

const ZShare = z.object({ count: z.number().int(), share: z.number().nullable() });
const ZTargeted = ZShare.extend({ target: z.number(), met: z.boolean().nullable() });

/** The programme's figures over a set of published items, each against its target where it has one. */
export const ZProgrammeStats = z.object({
  items: z.number().int(),
  /** 最多跑一次: share of items needing at most one visit (target 60%). */
  atMostOneVisit: ZTargeted,
  /** 零跑腿 */
  zeroVisit: ZShare,
  /** Time-limit compression 1 − promised/statutory over items with a statutory limit (target: average ≥ 50%). */
  compression: z.object({
    counted: z.number().int(),
    average: z.number().nullable(),
    minimum: z.number().nullable(),
    target: z.number(),
    met: z.boolean().nullable(),
  }),
  /** 可网办 (target 80%). */
  online: ZTargeted,
  /** 进驻中心 (target 85%). */
  inCentre: ZTargeted,
  /** 即办件 */
  instant: ZShare,
  /** 支持快递送达 */
  courier: ZShare,
});
export type TProgrammeStats = z.infer<typeof ZProgrammeStats>;

export const ZCatalogStats = z.object({
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  department: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** True when the caller's grants cover only part of the requested scope: the figures are for that part. */
  scopeLimited: z.boolean(),
  total: ZProgrammeStats,
  byDepartment: z.array(z.object({ departmentId: z.string(), name: z.string(), stats: ZProgrammeStats })),
  /** Per region one level below the requested one (items of the region itself under its own code). */
  byRegion: z.array(z.object({ regionCode: z.string(), name: z.string(), stats: ZProgrammeStats })),
});
export type TCatalogStats = z.infer<typeof ZCatalogStats>;

/** GET /admin/catalog/items/:itemId/poster */
export const ZPosterQuery = z.object({
  format: z.enum(['png', 'pdf']).default('pdf'),
  /** Window label printed on the poster, e.g. 综合受理3号窗口. */
  window: z.string().trim().min(1).max(20).optional(),
});

/** GET /admin/catalog/posters: a zip for one department. */
export const ZPosterBatchQuery = z.object({
  departmentId: z.string().uuid(),
  format: z.enum(['png', 'pdf', 'both']).default('pdf'),
  window: z.string().trim().min(1).max(20).optional(),
});
