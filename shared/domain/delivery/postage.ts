/**
 * Postage for sending a case's result by EMS (邮政速递), by destination zone from the sending department's region.
 * Many 最多跑一次 items have the government pay (postageFree): the quote is then zero. Pure, shared with the client.
 */

export type PostageZone = 'LOCAL' | 'CITY' | 'PROVINCE' | 'NATIONAL' | 'REMOTE';

export interface PostageQuote {
  zone: PostageZone;
  /** 同县（区）, 同市, 省内, 省外, 偏远地区. */
  zoneLabel: string;
  /** What the applicant pays, in fen (0 when free). */
  amountFen: number;
  /** Paid by the government for this item. */
  free: boolean;
}

/** EMS document-parcel tariff used for government results (fen, up to 500 g). */
export const POSTAGE_FEN: Readonly<Record<PostageZone, number>> = { LOCAL: 1000, CITY: 1200, PROVINCE: 1500, NATIONAL: 2000, REMOTE: 3000 };

const ZONE_LABELS: Readonly<Record<PostageZone, string>> = { LOCAL: '同县（区）', CITY: '同市', PROVINCE: '省内', NATIONAL: '省外', REMOTE: '偏远地区' };

/** Provinces EMS prices as remote: Inner Mongolia, Tibet, Qinghai, Ningxia, Xinjiang (GB/T 2260 prefixes). */
const REMOTE_PROVINCES = new Set(['15', '54', '63', '64', '65']);

/** The zone between two GB/T 2260 region codes (any level: 4-digit city, 6-digit county, 9/12-digit below). */
export function postageZone(fromRegionCode: string, toRegionCode: string): PostageZone {
  const from = fromRegionCode.padEnd(6, '0');
  const to = toRegionCode.padEnd(6, '0');
  // A city-level sender (5305 → 530500) reaches every county of its city at the city rate.
  const fromCounty = from.slice(4, 6) !== '00';
  if (fromCounty && from.slice(0, 6) === to.slice(0, 6)) return 'LOCAL';
  if (from.slice(0, 4) === to.slice(0, 4)) return 'CITY';
  if (from.slice(0, 2) === to.slice(0, 2)) return 'PROVINCE';
  return REMOTE_PROVINCES.has(to.slice(0, 2)) ? 'REMOTE' : 'NATIONAL';
}

/** The quote shown to the applicant before paying; free items quote zero. */
export function quotePostage(opts: { fromRegionCode: string; toRegionCode: string; postageFree: boolean }): PostageQuote {
  const zone = postageZone(opts.fromRegionCode, opts.toRegionCode);
  return { zone, zoneLabel: ZONE_LABELS[zone], amountFen: opts.postageFree ? 0 : POSTAGE_FEN[zone], free: opts.postageFree };
}

/** ￥12.00 */
export function formatFen(fen: number): string {
  return `￥${(fen / 100).toFixed(2)}`;
}
