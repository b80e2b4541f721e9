/**
 * Desensitisation (脱敏) of personal data for every viewer who does not need it in full (domain.md): ID number
 * 530***********1234, phone 138****5678, name 张*三, address to the township. Pure and shared with the client.
 */

const stars = (n: number) => '*'.repeat(Math.max(0, n));

/** Keep the first 3 and last 4 characters (the region and the tail people recognise), star the rest. */
export function maskIdNumber(id: string): string {
  if (id.length <= 7) return id.length <= 2 ? stars(id.length) : id[0] + stars(id.length - 2) + id.slice(-1);
  return id.slice(0, 3) + stars(id.length - 7) + id.slice(-4);
}

/** 138****5678 for mainland mobiles; other numbers keep their first 3 and last 2. */
export function maskPhone(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  if (phone.length <= 5) return stars(phone.length);
  return phone.slice(0, 3) + stars(phone.length - 5) + phone.slice(-2);
}

/** 张*三, 李*, 欧**锋; Latin names keep first and last letter. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + stars(chars.length - 2) + chars[chars.length - 1];
}

/** An address shown only down to the township: the region path's names up to that level, nothing typed. */
export function maskAddress(path: { level: 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE'; name: string }[]): string {
  return path
    .filter((r) => r.level !== 'VILLAGE')
    .map((r) => r.name)
    .join('');
}
