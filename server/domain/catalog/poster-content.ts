import { compression, type HandlingTypeName, type TimeLimitUnitName } from './elements';

/** What a hall poster says about an item, worked out once for both the PNG and the PDF. */
export interface PosterContent {
  title: string;
  department: string;
  /** "请到 综合受理3号窗口 办理", when the poster is for a window. */
  windowLine: string | null;
  /** Short badges: 最多跑一次 / 零跑腿 / 即办件 / 可网办 / 可邮寄. */
  badges: string[];
  /** Fact lines: time limit, visits, phone, address. */
  facts: string[];
  code: string;
}

export interface PosterSource {
  implementationCode: string;
  name: string;
  departmentName: string;
  handlingType: HandlingTypeName;
  visitsNeeded: number;
  channels: string[];
  courierDelivery: boolean;
  statutoryLimit: number | null;
  statutoryLimitUnit: TimeLimitUnitName | null;
  promisedLimit: number;
  promisedLimitUnit: TimeLimitUnitName;
  enquiryPhone: string | null;
  address: string | null;
}

const unit = (u: TimeLimitUnitName) => (u === 'WORKING_DAY' ? '个工作日' : '日');

/** The poster's wording (the same words the guide page uses, so the hall and the phone agree). */
export function posterContent(s: PosterSource, windowLabel?: string | null): PosterContent {
  const badges: string[] = [];
  if (s.visitsNeeded === 0) badges.push('零跑腿');
  else if (s.visitsNeeded === 1) badges.push('最多跑一次');
  if (s.handlingType === 'INSTANT') badges.push('即办件');
  if (s.channels.includes('ONLINE')) badges.push('可网办');
  if (s.channels.includes('POST') || s.courierDelivery) badges.push('可邮寄');
  const c = compression(s);
  const statutory = s.statutoryLimit != null && s.statutoryLimitUnit ? `（法定${s.statutoryLimit}${unit(s.statutoryLimitUnit)}${c !== null && c > 0 ? `，压缩${Math.round(c * 100)}%` : ''}）` : '';
  const facts = [
    s.handlingType === 'INSTANT' ? '即来即办，立等可得' : `承诺${s.promisedLimit}${unit(s.promisedLimitUnit)}办结${statutory}`,
    s.visitsNeeded === 0 ? '全程网办，无需到现场' : `到现场${s.visitsNeeded}次`,
  ];
  if (s.enquiryPhone) facts.push(`咨询电话：${s.enquiryPhone}`);
  if (s.address) facts.push(`办理地点：${s.address}`);
  return {
    title: s.name,
    department: s.departmentName,
    windowLine: windowLabel ? `请到 ${windowLabel} 办理` : null,
    badges,
    facts,
    code: s.implementationCode,
  };
}

/** Break text into lines of at most `width` units (a CJK character counts 1, Latin/digits 0.55). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const ch of text) {
    const cw = ch.charCodeAt(0) < 0x100 ? 0.55 : 1;
    if (w + cw > width && line) {
      lines.push(line);
      line = '';
      w = 0;
    }
    line += ch;
    w += cw;
  }
  if (line) lines.push(line);
  return lines;
}
