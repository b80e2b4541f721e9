/**
 * Everyday words → words of official item names, for any catalogue (item keywords in the database add
 * item-specific ones). Keys are matched inside the query, so "我要办身份证" finds 居民身份证申领.
 */
export const EVERYDAY_WORDS: Record<string, string[]> = {
  开公司: ['企业设立'],
  注册公司: ['企业设立'],
  办执照: ['营业执照', '企业设立', '个体工商户'],
  营业执照: ['企业设立', '个体工商户'],
  开店: ['个体工商户', '食品经营'],
  开饭店: ['食品经营', '个体工商户'],
  开餐馆: ['食品经营'],
  身份证: ['居民身份证'],
  办身份证: ['居民身份证'],
  上户口: ['出生登记', '户口'],
  落户: ['户口迁移'],
  生孩子: ['出生'],
  领证: ['结婚登记'],
  结婚: ['结婚登记'],
  过户: ['转移登记', '过户'],
  房产证: ['不动产'],
  买房: ['不动产', '转移登记'],
  社保: ['社会保障', '社会保险'],
  医保: ['医疗保险'],
  低保: ['最低生活保障'],
  养老金: ['养老保险'],
  退休: ['养老'],
  老人: ['老年人', '高龄'],
  工资: ['劳动人事争议'],
  装宽带: ['宽带'],
  水费: ['用水'],
  电费: ['用电'],
  煤气: ['燃气'],
  天然气: ['燃气'],
  上学: ['入学', '转学'],
};

/** Official words an everyday token maps to, with the everyday word that matched. */
export function expandEveryday(token: string): { word: string; targets: string[] }[] {
  const out: { word: string; targets: string[] }[] = [];
  for (const [word, targets] of Object.entries(EVERYDAY_WORDS)) {
    if (token.includes(word)) out.push({ word, targets });
  }
  return out;
}
