import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** Links live at most 10 minutes: long enough for <image> or <web-view> to load, too short to be worth sharing. */
export const LINK_TTL_SECONDS = 600;

const DEV_SECRET = 'onetrip-dev-file-link-secret';

/**
 * The key that signs file links, derived (HKDF) from the configured PII hash key so production needs no extra
 * secret and a link key never equals a key used for anything else.
 */
export function fileLinkKey(env: { PII_HASH_KEY?: string | undefined }): Buffer {
  return Buffer.from(hkdfSync('sha256', env.PII_HASH_KEY ?? DEV_SECRET, 'onetrip', 'file-links-v1', 32));
}

function mac(key: Buffer, fileId: string, expires: number): string {
  return createHmac('sha256', key).update(`${fileId}.${expires}`).digest('base64url');
}

/** A signed query for one file, valid until now + ttl (capped at LINK_TTL_SECONDS). */
export function signFileLink(key: Buffer, fileId: string, nowMs: number, ttlSeconds = LINK_TTL_SECONDS): { exp: number; sig: string } {
  const exp = Math.floor(nowMs / 1000) + Math.min(ttlSeconds, LINK_TTL_SECONDS);
  return { exp, sig: mac(key, fileId, exp) };
}

/**
 * True when the signature is ours for this file and has not expired. An expiry further ahead than the maximum
 * lifetime is refused too, so a leaked key cannot mint long-lived links unnoticed.
 */
export function verifyFileLink(key: Buffer, fileId: string, exp: number, sig: string, nowMs: number): boolean {
  const now = Math.floor(nowMs / 1000);
  if (!Number.isSafeInteger(exp) || exp <= now || exp > now + LINK_TTL_SECONDS) return false;
  const expected = Buffer.from(mac(key, fileId, exp));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
