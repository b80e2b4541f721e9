import { z } from 'zod';
import { FIGURE_KEYS } from '../domain/supervision/figures';
import { ZProgrammeStats } from './catalog-admin';

const ZDay = z.iso.date('日期格式应为YYYY-MM-DD');

/** Period and scope of the dashboard: a region (city or county) and optionally one department. */
export const ZSupervisionQuery = z
  .object({
    /** First day (China time), inclusive. */
    from: ZDay,
    /** Last day, inclusive. */
    to: ZDay,
    /** City or county code (that region and below); default: the caller's whole scope. */
    regionCode: z.string().trim().regex(/^\d{4,12}$/, '行政区划代码无效').optional(),
    departmentId: z.uuid('部门无效').optional(),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });

/** A ratio with its parts: figures feed assessments and must be traceable. value null = nothing measured. */
export const ZRatio = z.object({ numerator: z.number().int(), denominator: z.number().int(), value: z.number().nullable() });

export const ZSupervisionFigures = z.object({
  /** 件均跑动次数: in-person visits per completed case. */
  averageVisits: ZRatio,
  /** 零跑动办件占比 */
  zeroVisit: ZRatio,
  /** 按时办结率 */
  onTimeCompletion: ZRatio,
  /** 预审按时告知率 (行政许可法 Art. 32) */
  preReviewOnTime: ZRatio,
  /** 预审一次通过率 */
  firstPass: ZRatio,
  /** 快递送达占比 */
  courier: ZRatio,
  /** 满意率: (非常满意+满意+基本满意) / applicants' ratings */
  satisfaction: ZRatio,
  /** 差评整改按时率 */
  rectificationOnTime: ZRatio,
  ratings: z.object({
    VERY_SATISFIED: z.number().int(),
    SATISFIED: z.number().int(),
    BASICALLY_SATISFIED: z.number().int(),
    DISSATISFIED: z.number().int(),
    VERY_DISSATISFIED: z.number().int(),
    /** System-given default grades, kept apart. */
    default: z.number().int(),
    /** Excluded after an upheld appeal (still stored). */
    excluded: z.number().int(),
  }),
  completed: z.number().int(),
});

export const ZSupervisionRow = z.object({
  /** Region code or department id. */
  key: z.string(),
  name: z.string(),
  figures: ZSupervisionFigures,
});

export const ZSupervisionDashboard = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  scope: z.object({ regionCode: z.string().nullable(), regionName: z.string().nullable(), departmentId: z.string().nullable(), departmentName: z.string().nullable() }),
  /** Programme figures of the published catalogue in the scope (not period-bound). */
  catalogue: ZProgrammeStats.nullable(),
  figures: ZSupervisionFigures,
  /** One level down: counties of a city, townships of a county. */
  byRegion: z.array(ZSupervisionRow),
  byDepartment: z.array(ZSupervisionRow),
  /** Month by month (YYYY-MM). */
  trend: z.array(z.object({ month: z.string(), figures: ZSupervisionFigures })),
  /** Open cases past their promised date now (in scope): the first thing to chase. */
  openOverdue: z.number().int(),
  /** Day up to which figures come from the nightly roll-up; later days are live. */
  generatedAt: z.string(),
});

/** The figure behind which the cases are listed, or `openOverdue` (open cases past their promised date). */
export const ZFigureKey = z.enum([...FIGURE_KEYS, 'openOverdue']);

export const ZSupervisionCasesQuery = ZSupervisionQuery.safeExtend({
  figure: ZFigureKey,
  /** met: the cases counted in the numerator; missed: the rest of the denominator; all: the whole denominator. */
  outcome: z.enum(['met', 'missed', 'all']).default('all'),
  /** 50 a page; at most 1,000 pages (50,000 cases) deep: a deeper look needs a narrower scope, not a slower query. */
  page: z.coerce.number().int().min(1).max(1_000, '最多翻到第1000页，请缩小范围（县区、部门或期间）后再查看').default(1),
});

/** One case behind a figure, desensitised (supervisors see no personal data). */
export const ZSupervisionCase = z.object({
  id: z.string(),
  number: z.string(),
  itemName: z.string().nullable(),
  departmentName: z.string(),
  regionCode: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  applicantNameMasked: z.string().nullable(),
  submittedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  promisedDueDate: z.string().nullable(),
  visitCount: z.number().int(),
  deliveryMethod: z.string().nullable(),
  ratingGrade: z.string().nullable(),
  /** Whether the case counts in the figure's numerator. */
  met: z.boolean(),
});

export const ZSupervisionCases = z.object({
  figure: ZFigureKey,
  figureLabel: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(ZSupervisionCase),
});

export const ZSupervisionExportQuery = ZSupervisionQuery.safeExtend({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export type TSupervisionQuery = z.infer<typeof ZSupervisionQuery>;
export type TSupervisionDashboard = z.infer<typeof ZSupervisionDashboard>;
export type TSupervisionCasesQuery = z.infer<typeof ZSupervisionCasesQuery>;
export type TSupervisionCases = z.infer<typeof ZSupervisionCases>;
export type TSupervisionExportQuery = z.infer<typeof ZSupervisionExportQuery>;
