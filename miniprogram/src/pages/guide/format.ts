import type { TGuideSummary, TTimeLimit } from '@shared/schemas/catalog';

/** The terms every result row and guide header summarises (a subset of the guide summary). */
export type ItemTerms = Pick<TGuideSummary, 'visitsNeeded' | 'promisedLimit' | 'statutoryLimit'>;

/** 零跑腿 / 最多跑一次 / 需跑2次: how the programme names an item's visits. */
export function visitsLabel(visits: number): string {
  if (visits <= 0) return '零跑腿';
  if (visits === 1) return '最多跑一次';
  return `需跑${visits}次`;
}

/**
 * The programme's own promise: 最多跑一次 covers zero visits too (零跑腿 is shown as an extra badge), so the
 * headline reads the way the programme and journeys.md write it.
 */
export function programmeLabel(visits: number): string {
  return visits <= 1 ? '最多跑一次' : `需跑${visits}次`;
}

function promisedText({ value, unit }: TTimeLimit): string {
  return unit === 'WORKING_DAY' ? `${value}个工作日` : `${value}个自然日`;
}

/** Statutory limits are written the way laws write them: 行政许可法 Art. 42's "二十日" counts working days. */
function statutoryText({ value, unit }: TTimeLimit): string {
  return unit === 'WORKING_DAY' ? `${value}日` : `${value}个自然日`;
}

/** The promised and the statutory part of the limit label, e.g. ['承诺5个工作日', '(法定20日)'], so a page can keep each unbroken. */
export function limitParts(terms: ItemTerms): [string, string | null] {
  const promised = `承诺${promisedText(terms.promisedLimit)}`;
  if (terms.statutoryLimit === null) return [promised, null];
  return [promised, `(法定${statutoryText(terms.statutoryLimit)})`];
}

/** 承诺5个工作日(法定20日), or 承诺5个工作日 when the law sets no limit. */
export function limitLabel(terms: ItemTerms): string {
  return limitParts(terms).join('');
}

/** 最多跑一次 · 承诺5个工作日(法定20日): the one line a citizen looks for. */
export function termsLine(terms: ItemTerms): string {
  return `${programmeLabel(terms.visitsNeeded)} · ${limitLabel(terms)}`;
}

/**
 * How much the promise cuts the statutory limit, in whole percent, or null when there is nothing to compare
 * (no statutory limit, different units, or a promise no shorter than the law).
 */
export function reductionPercent(terms: ItemTerms): number | null {
  const { statutoryLimit: statutory, promisedLimit: promised } = terms;
  if (statutory === null || statutory.value <= 0 || statutory.unit !== promised.unit) return null;
  if (promised.value >= statutory.value) return null;
  return Math.round(((statutory.value - promised.value) / statutory.value) * 100);
}

/** ¥12.50 from fen; 0 reads 免费. */
export function yuan(fen: number): string {
  if (fen === 0) return '免费';
  return `¥${(fen / 100).toFixed(2)}`;
}

/** Digits of a phone number for makePhoneCall and tel: links (keeps the area-code hyphen out). */
export function dialable(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}
