/**
 * Shape and check-digit rules of identity documents. Pure: used by the server to validate and by the
 * mini-program to point at a typo before anything is sent.
 */
export type TIdDocumentType =
  | 'RESIDENT_ID_CARD'
  | 'PASSPORT'
  | 'HK_MACAO_PERMIT'
  | 'TAIWAN_PERMIT'
  | 'FOREIGN_PERMANENT_RESIDENT'
  | 'UNIFIED_SOCIAL_CREDIT_CODE'
  | 'OTHER';

const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const GB11643_CHECK = '10X98765432';

/** The GB 11643-1999 check character (0-9 or X) of the first 17 digits. */
export function gb11643CheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * GB11643_WEIGHTS[i]!;
  return GB11643_CHECK[sum % 11]!;
}

function validBirthDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && date <= today;
}

/** Normalise what people type: trim, drop inner spaces, upper-case (a lower-case x is common). */
export function normaliseIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 check character of a unified social credit code. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * USCC_WEIGHTS[i]!;
  }
  const c = 31 - (sum % 31);
  return USCC_CHARS[c === 31 ? 0 : c]!;
}

/**
 * Check a document number (already normalised). Returns null when valid, otherwise a Chinese message saying
 * what is wrong, so the form can show it next to the field.
 */
export function checkIdNumber(type: TIdDocumentType, n: string, today: Date = new Date()): string | null {
  switch (type) {
    case 'RESIDENT_ID_CARD': {
      if (!/^\d{17}[\dX]$/.test(n)) return '身份证号码应为18位，最后一位可以是数字或X';
      if (!/^[1-8]\d/.test(n)) return '身份证号码的地区码不正确';
      if (!validBirthDate(n.slice(6, 14), today)) return '身份证号码中的出生日期不正确';
      if (gb11643CheckDigit(n.slice(0, 17)) !== n[17]) return '身份证号码校验位不正确，请核对后重新输入';
      return null;
    }
    case 'PASSPORT':
      return /^[A-Z0-9]{5,17}$/.test(n) ? null : '护照号码应为5至17位字母或数字';
    case 'HK_MACAO_PERMIT':
      return /^[HM]\d{8}(\d{2})?$/.test(n) ? null : '港澳居民来往内地通行证号码应为H或M开头加8位或10位数字';
    case 'TAIWAN_PERMIT':
      return /^\d{8}(\d{2})?$/.test(n) ? null : '台湾居民来往大陆通行证号码应为8位或10位数字';
    case 'FOREIGN_PERMANENT_RESIDENT':
      // 2017 card: 3 letters + 12 digits; 2023 card: 18 characters starting with 9, GB 11643 check digit.
      if (/^[A-Z]{3}\d{12}$/.test(n)) return null;
      if (/^9\d{16}[\dX]$/.test(n) && gb11643CheckDigit(n.slice(0, 17)) === n[17]) return null;
      return '外国人永久居留身份证号码格式不正确';
    case 'UNIFIED_SOCIAL_CREDIT_CODE':
      if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(n)) return '统一社会信用代码应为18位数字或大写字母';
      return usccCheckChar(n.slice(0, 17)) === n[17] ? null : '统一社会信用代码校验位不正确';
    case 'OTHER':
      return /^[A-Z0-9-]{4,30}$/.test(n) ? null : '证件号码应为4至30位字母、数字或横线';
  }
}

/** Mainland mobile numbers: 11 digits starting 1[3-9]. */
export function checkMobile(phone: string): string | null {
  return /^1[3-9]\d{9}$/.test(phone) ? null : '请输入11位手机号码';
}

/** Names as on documents: Chinese (with the middle dot of minority names) or Latin letters, 2..50 characters. */
export function checkPersonName(name: string): string | null {
  const len = [...name].length;
  if (len < 2 || len > 50) return '姓名应为2至50个字符';
  if (!/^[\u4e00-\u9fa5\u3400-\u4dbf·•]+$|^[A-Za-z][A-Za-z .'-]*[A-Za-z]$/.test(name)) return '姓名只能包含汉字、间隔号或英文字母';
  return null;
}
