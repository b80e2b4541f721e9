/**
 * The supervision (督查) figures of 最多跑一次 measured on real cases, as pure functions of counts. The counts come
 * from the daily roll-up (server/services/supervision) and are additive, so a period, a county or a department is
 * the sum of its days and rows. Each figure keeps its numerator and denominator: figures feed officials'
 * assessments and must be traceable to the cases behind them.
 */

/** Additive counts of one scope and period (one roll-up row, or a sum of rows). */
export interface SupervisionCounts {
  /** Cases completed in the period; with a promised date; completed on or before it; in-person visits; none. */
  completed: number;
  completedWithDue: number;
  completedOnTime: number;
  visitsSum: number;
  zeroVisit: number;
  /** Cases submitted in the period with a pre-review outcome; told within the legal limit; accepted with no correction. */
  preReviewed: number;
  preReviewOnTime: number;
  firstPass: number;
  /** Results delivered in the period; by courier. */
  delivered: number;
  deliveredCourier: number;
  /** Ratings given by applicants in the period, by grade. Default ratings and appeal-excluded ones are apart. */
  ratingVerySatisfied: number;
  ratingSatisfied: number;
  ratingBasicallySatisfied: number;
  ratingDissatisfied: number;
  ratingVeryDissatisfied: number;
  ratingDefault: number;
  ratingExcluded: number;
  /** Rectification tasks due in the period (already due, or resolved); resolved by their due date. */
  rectificationDue: number;
  rectificationOnTime: number;
}

export const COUNT_KEYS: readonly (keyof SupervisionCounts)[] = [
  'completed', 'completedWithDue', 'completedOnTime', 'visitsSum', 'zeroVisit', 'preReviewed', 'preReviewOnTime', 'firstPass',
  'delivered', 'deliveredCourier', 'ratingVerySatisfied', 'ratingSatisfied', 'ratingBasicallySatisfied', 'ratingDissatisfied',
  'ratingVeryDissatisfied', 'ratingDefault', 'ratingExcluded', 'rectificationDue', 'rectificationOnTime',
];

export function emptyCounts(): SupervisionCounts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as unknown as SupervisionCounts;
}

/** Sum of counts (a period of days, a region of departments). */
export function addCounts(a: SupervisionCounts, b: SupervisionCounts): SupervisionCounts {
  const out = emptyCounts();
  for (const k of COUNT_KEYS) out[k] = a[k] + b[k];
  return out;
}

/** A ratio with what it is made of; value null when nothing was measured (never a misleading 0 %). */
export interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null };
}

/** Figure keys: each one links to the cases behind it (GET /staff/supervision/cases?figure=…). */
export const FIGURE_KEYS = ['averageVisits', 'zeroVisit', 'onTimeCompletion', 'preReviewOnTime', 'firstPass', 'courier', 'satisfaction', 'rectificationOnTime'] as const;
export type TFigureKey = (typeof FIGURE_KEYS)[number];

export const FIGURE_LABELS: Record<TFigureKey, string> = {
  averageVisits: '件均跑动次数',
  zeroVisit: '零跑动办件占比',
  onTimeCompletion: '按时办结率',
  preReviewOnTime: '预审按时告知率',
  firstPass: '预审一次通过率',
  courier: '快递送达占比',
  satisfaction: '满意率',
  rectificationOnTime: '差评整改按时率',
};

export interface SupervisionFigures {
  /** In-person visits per completed case (numerator visits, denominator cases). */
  averageVisits: Ratio;
  zeroVisit: Ratio;
  onTimeCompletion: Ratio;
  preReviewOnTime: Ratio;
  firstPass: Ratio;
  courier: Ratio;
  /** (非常满意 + 满意 + 基本满意) / applicants' ratings; default and excluded ratings not counted. */
  satisfaction: Ratio;
  rectificationOnTime: Ratio;
  /** Applicants' ratings by grade, plus default (system-given) and appeal-excluded ones shown apart. */
  ratings: { VERY_SATISFIED: number; SATISFIED: number; BASICALLY_SATISFIED: number; DISSATISFIED: number; VERY_DISSATISFIED: number; default: number; excluded: number };
  completed: number;
}

/** The figures of a scope and period from its counts. */
export function computeFigures(c: SupervisionCounts): SupervisionFigures {
  const rated = c.ratingVerySatisfied + c.ratingSatisfied + c.ratingBasicallySatisfied + c.ratingDissatisfied + c.ratingVeryDissatisfied;
  const averageVisits = c.completed > 0 ? Math.round((c.visitsSum / c.completed) * 100) / 100 : null;
  return {
    averageVisits: { numerator: c.visitsSum, denominator: c.completed, value: averageVisits },
    zeroVisit: ratio(c.zeroVisit, c.completed),
    onTimeCompletion: ratio(c.completedOnTime, c.completedWithDue),
    preReviewOnTime: ratio(c.preReviewOnTime, c.preReviewed),
    firstPass: ratio(c.firstPass, c.preReviewed),
    courier: ratio(c.deliveredCourier, c.delivered),
    satisfaction: ratio(c.ratingVerySatisfied + c.ratingSatisfied + c.ratingBasicallySatisfied, rated),
    rectificationOnTime: ratio(c.rectificationOnTime, c.rectificationDue),
    ratings: {
      VERY_SATISFIED: c.ratingVerySatisfied,
      SATISFIED: c.ratingSatisfied,
      BASICALLY_SATISFIED: c.ratingBasicallySatisfied,
      DISSATISFIED: c.ratingDissatisfied,
      VERY_DISSATISFIED: c.ratingVeryDissatisfied,
      default: c.ratingDefault,
      excluded: c.ratingExcluded,
    },
    completed: c.completed,
  };
}

/** Months (YYYY-MM) covering [from, to] (YYYY-MM-DD, inclusive), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Inclusive day count of a period; used to refuse periods longer than the configured maximum. */
export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * How many cases a figure's case list holds (met: the numerator's cases, missed: the rest of the denominator, all:
 * the denominator), read from the same counts the figure is computed from, so a list's total is the number shown on
 * the dashboard. Null where the counts do not carry it (cases with at most one visit; open overdue cases, which are
 * not period counts): the list counts those itself.
 */
export function figureCaseCount(figure: TFigureKey | 'openOverdue', outcome: 'met' | 'missed' | 'all', c: SupervisionCounts): number | null {
  const split = (all: number, met: number): number => (outcome === 'all' ? all : outcome === 'met' ? met : all - met);
  switch (figure) {
    case 'averageVisits':
      return outcome === 'all' ? c.completed : null;
    case 'zeroVisit':
      return split(c.completed, c.zeroVisit);
    case 'onTimeCompletion':
      return split(c.completedWithDue, c.completedOnTime);
    case 'preReviewOnTime':
      return split(c.preReviewed, c.preReviewOnTime);
    case 'firstPass':
      return split(c.preReviewed, c.firstPass);
    case 'courier':
      return split(c.delivered, c.deliveredCourier);
    case 'satisfaction':
      return split(
        c.ratingVerySatisfied + c.ratingSatisfied + c.ratingBasicallySatisfied + c.ratingDissatisfied + c.ratingVeryDissatisfied,
        c.ratingVerySatisfied + c.ratingSatisfied + c.ratingBasicallySatisfied,
      );
    case 'rectificationOnTime':
      return split(c.rectificationDue, c.rectificationOnTime);
    case 'openOverdue':
      return null;
  }
}
