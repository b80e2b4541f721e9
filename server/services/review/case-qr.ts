import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** A case QR lives 5 minutes: shown at the window and scanned on the spot, useless if photographed and shared later. */
export const CASE_QR_TTL_SECONDS = 300;

const DEV_SECRET = 'onetrip-dev-file-link-secret';

/** The key that signs case QR tokens: HKDF from the PII hash key, like the file-link key, with its own label. */
export function caseQrKey(env: { PII_HASH_KEY?: string | undefined }): Buffer {
  return Buffer.from(hkdfSync('sha256', env.PII_HASH_KEY ?? DEV_SECRET, 'onetrip', 'case-qr-v1', 32));
}

function mac(key: Buffer, caseId: string, exp: number): string {
  return createHmac('sha256', key).update(`case-qr.${caseId}.${exp}`).digest('base64url');
}

/** A token `<caseId>.<exp>.<sig>` valid until now + CASE_QR_TTL_SECONDS. */
export function signCaseQr(key: Buffer, caseId: string, nowMs: number): { token: string; exp: number } {
  const exp = Math.floor(nowMs / 1000) + CASE_QR_TTL_SECONDS;
  return { token: `${caseId}.${exp}.${mac(key, caseId, exp)}`, exp };
}

/** The case id of a genuine, unexpired token; null for anything else (tampered, expired, too far ahead, malformed). */
export function verifyCaseQr(key: Buffer, token: string, nowMs: number): string | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [caseId, expText, sig] = parts as [string, string, string];
  const exp = Number(expText);
  const now = Math.floor(nowMs / 1000);
  if (!/^\d+$/.test(expText) || !Number.isSafeInteger(exp) || exp <= now || exp > now + CASE_QR_TTL_SECONDS) return null;
  const expected = Buffer.from(mac(key, caseId, exp));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? caseId : null;
}
