/**
 * The elements of a service item version as the catalogue rules see them: plain data, no database types, so the
 * same rules run on a draft being edited, on a row of an import file and on a version about to be published.
 */
export type ItemTypeName =
  | 'ADMINISTRATIVE_LICENSING'
  | 'ADMINISTRATIVE_PAYMENT'
  | 'ADMINISTRATIVE_CONFIRMATION'
  | 'ADMINISTRATIVE_ADJUDICATION'
  | 'ADMINISTRATIVE_REWARD'
  | 'OTHER_ADMINISTRATIVE_POWER'
  | 'PUBLIC_SERVICE'
  | 'PUBLIC_UTILITY';
export type HandlingTypeName = 'INSTANT' | 'PROMISED';
export type TimeLimitUnitName = 'WORKING_DAY' | 'CALENDAR_DAY';
export type ChannelName = 'WINDOW' | 'ONLINE' | 'POST';

export interface FeeElements {
  name: string;
  standard: string;
  basis: string | null;
}

export interface MaterialElements {
  name: string;
  /** Absent for rows that do not say (an import's material sheet); treated as REQUIRED. */
  requirement?: 'REQUIRED' | 'CONDITIONAL';
  conditionText?: string | null;
}

/** A situation question (情形) with its options; options name the materials they add. */
export interface SituationElements {
  text: string;
  options: { text: string; materials: string[] }[];
}

export interface ItemElements {
  name: string;
  departmentId: string | null;
  type: ItemTypeName;
  handlingType: HandlingTypeName;
  statutoryLimit: number | null;
  statutoryLimitUnit: TimeLimitUnitName | null;
  promisedLimit: number;
  promisedLimitUnit: TimeLimitUnitName;
  visitsNeeded: number;
  visitsReason: string | null;
  channels: ChannelName[];
  conditions: string | null;
  legalBasis: string | null;
  address: string | null;
  officeHours: string | null;
  enquiryPhone: string | null;
  complaintPhone: string | null;
  /** Explicit "no materials needed". */
  materialsNone: boolean;
  materials: MaterialElements[];
  fees: FeeElements[];
  /** Undefined when not known (an import without the 情形 sheet): the situation rules are then skipped. */
  situations?: SituationElements[];
}

/** 行政权力 item types: their guides must cite the legal basis (设定依据). */
export const ADMINISTRATIVE_POWER_TYPES: ReadonlySet<ItemTypeName> = new Set([
  'ADMINISTRATIVE_LICENSING',
  'ADMINISTRATIVE_PAYMENT',
  'ADMINISTRATIVE_CONFIRMATION',
  'ADMINISTRATIVE_ADJUDICATION',
  'ADMINISTRATIVE_REWARD',
  'OTHER_ADMINISTRATIVE_POWER',
]);

/**
 * A time limit expressed in working days. Calendar days convert at 5 working days per 7 calendar days: a rough
 * equivalence (holidays ignored) that is only used to compare limits given in different units and to measure
 * compression, never to compute a due date.
 */
export function toWorkingDays(value: number, unit: TimeLimitUnitName): number {
  return unit === 'WORKING_DAY' ? value : (value * 5) / 7;
}

/**
 * How much the promised limit cuts the statutory one (0.75 = cut by 75%), or null when the law sets no limit.
 * Same units compare directly; different units through toWorkingDays.
 */
export function compression(e: Pick<ItemElements, 'statutoryLimit' | 'statutoryLimitUnit' | 'promisedLimit' | 'promisedLimitUnit'>): number | null {
  if (e.statutoryLimit == null || e.statutoryLimit <= 0 || e.statutoryLimitUnit == null) return null;
  const sameUnit = e.statutoryLimitUnit === e.promisedLimitUnit;
  const statutory = sameUnit ? e.statutoryLimit : toWorkingDays(e.statutoryLimit, e.statutoryLimitUnit);
  const promised = sameUnit ? e.promisedLimit : toWorkingDays(e.promisedLimit, e.promisedLimitUnit);
  return 1 - promised / statutory;
}

/** Digits only, so "0875-2123456" and "0875 2123456" count as the same phone. */
export function normalisePhone(phone: string): string {
  return phone.replace(/\D/g, '');
}
