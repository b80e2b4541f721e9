import { fileUrl, type TFileLink, type TGuideMaterial, type TGuideSummary, type TSearchFlag, type TTimeLimit } from '@shared/schemas/catalog';

/** Columns a guide summary needs (Prisma select for ServiceItemVersion). */
export const summarySelect = {
  itemId: true,
  name: true,
  type: true,
  level: true,
  visitsNeeded: true,
  handlingType: true,
  promisedLimit: true,
  promisedLimitUnit: true,
  statutoryLimit: true,
  statutoryLimitUnit: true,
  channels: true,
  courierDelivery: true,
  item: {
    select: {
      implementationCode: true,
      popularity: true,
      regionCode: true,
      region: { select: { name: true } },
      department: { select: { code: true, name: true } },
    },
  },
} as const;

type TimeUnit = TTimeLimit['unit'];

export interface SummaryRow {
  name: string;
  type: TGuideSummary['type'];
  level: TGuideSummary['level'];
  visitsNeeded: number;
  handlingType: TGuideSummary['handlingType'];
  promisedLimit: number;
  promisedLimitUnit: TimeUnit;
  statutoryLimit: number | null;
  statutoryLimitUnit: TimeUnit | null;
  channels: string[];
  courierDelivery: boolean;
  item: { implementationCode: string; regionCode: string; region: { name: string }; department: { code: string; name: string } };
}

/** The filters citizens use, derived from a version's terms (never stored, so they cannot drift). */
export function flagsOf(v: Pick<SummaryRow, 'visitsNeeded' | 'handlingType' | 'channels' | 'courierDelivery'>): TSearchFlag[] {
  const flags: TSearchFlag[] = [];
  if (v.visitsNeeded <= 1) flags.push('ONE_TRIP');
  if (v.visitsNeeded === 0) flags.push('ZERO_VISIT');
  if (v.handlingType === 'INSTANT') flags.push('INSTANT');
  if (v.channels.includes('ONLINE')) flags.push('ONLINE');
  if (v.courierDelivery) flags.push('COURIER');
  return flags;
}

export function presentSummary(v: SummaryRow): TGuideSummary {
  return {
    code: v.item.implementationCode,
    name: v.name,
    type: v.type,
    departmentCode: v.item.department.code,
    departmentName: v.item.department.name,
    level: v.level,
    regionCode: v.item.regionCode,
    regionName: v.item.region.name,
    visitsNeeded: v.visitsNeeded,
    handlingType: v.handlingType,
    promisedLimit: { value: v.promisedLimit, unit: v.promisedLimitUnit },
    statutoryLimit: v.statutoryLimit === null ? null : { value: v.statutoryLimit, unit: v.statutoryLimitUnit ?? 'WORKING_DAY' },
    flags: flagsOf(v),
  };
}

/** Working days, with calendar days converted at 5/7 (weekends only; the holiday calendar is the case clock's job). */
function workingDays(value: number, unit: TimeUnit): number {
  return unit === 'CALENDAR_DAY' ? (value * 5) / 7 : value;
}

/** How much shorter the promised limit is than the statutory one, in whole percent; null without a statutory limit. */
export function reductionPercent(promised: TTimeLimit, statutory: TTimeLimit | null): number | null {
  if (!statutory || statutory.value <= 0) return null;
  const p = workingDays(promised.value, promised.unit);
  const s = workingDays(statutory.value, statutory.unit);
  return Math.max(0, Math.round((1 - p / s) * 100));
}

interface FileRow {
  id: string;
  originalName: string | null;
  mime: string;
  size: number;
  deletedAt: Date | null;
}

export function presentFile(f: FileRow | null): TFileLink | null {
  if (!f || f.deletedAt) return null;
  return { id: f.id, name: f.originalName ?? '附件', mime: f.mime, size: f.size, url: fileUrl(f.id) };
}

export interface MaterialRow {
  id: string;
  name: string;
  requirement: TGuideMaterial['requirement'];
  conditionText: string | null;
  form: TGuideMaterial['form'];
  originality: TGuideMaterial['originality'];
  copies: number;
  source: TGuideMaterial['source'];
  sourceDetail: string | null;
  materialTypeCode: string | null;
  materialType: { governmentIssued: boolean } | null;
  isKey: boolean;
  blankFormFile: FileRow | null;
  sampleFile: FileRow | null;
  commonMistakes: string | null;
  acceptanceStandard: string | null;
}

export function presentMaterial(m: MaterialRow): TGuideMaterial {
  return {
    id: m.id,
    name: m.name,
    requirement: m.requirement,
    conditionText: m.conditionText,
    form: m.form,
    originality: m.originality,
    copies: m.copies,
    source: m.source,
    sourceDetail: m.sourceDetail,
    governmentHeld: m.source === 'GOVERNMENT' || (m.materialType?.governmentIssued ?? false),
    materialTypeCode: m.materialTypeCode,
    isKey: m.isKey,
    blankForm: presentFile(m.blankFormFile),
    sample: presentFile(m.sampleFile),
    commonMistakes: m.commonMistakes,
    acceptanceStandard: m.acceptanceStandard,
  };
}
