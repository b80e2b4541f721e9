import { createCipheriv, createDecipheriv, createSign, createVerify, randomBytes } from 'node:crypto';

/**
 * The signing rules of WeChat Pay API v3 (stack-facts.md), shared by the simulator (which signs like WeChat) and the
 * adapter's checks. Pure functions over strings and keys; no I/O.
 */

/** What a request signature covers: `METHOD\nPATH?QUERY\nTS\nNONCE\nBODY\n` (an empty body still ends its line). */
export function requestMessage(method: string, pathWithQuery: string, timestamp: string, nonce: string, body: string): string {
  return `${method}\n${pathWithQuery}\n${timestamp}\n${nonce}\n${body}\n`;
}

/** What a response or notification signature covers: `TS\nNONCE\nRAWBODY\n`. */
export function responseMessage(timestamp: string, nonce: string, rawBody: string): string {
  return `${timestamp}\n${nonce}\n${rawBody}\n`;
}

/** SHA256withRSA, base64. */
export function rsaSign(privateKeyPem: string | Buffer, message: string): string {
  return createSign('RSA-SHA256').update(message).sign(privateKeyPem, 'base64');
}

export function rsaVerify(publicKeyPem: string | Buffer, message: string, signatureBase64: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(message).verify(publicKeyPem, signatureBase64, 'base64');
  } catch {
    return false;
  }
}

/** WeChat probes a merchant's verification with signatures starting like this; they must never be accepted. */
export const SIGNTEST_PREFIX = 'WECHATPAY/SIGNTEST/';
/** Responses and notifications more than this far from our clock are refused (replays). */
export const MAX_CLOCK_SKEW_S = 300;

/** The `Wechatpay-*` headers of a signed response or notification. */
export interface SignedHeaders {
  timestamp: string;
  nonce: string;
  serial: string;
  signature: string;
}

/** Read the four headers from any header bag (Koa, fetch Headers as an object). Missing → undefined. */
export function readSignedHeaders(get: (name: string) => string | undefined | null): SignedHeaders | undefined {
  const timestamp = get('wechatpay-timestamp');
  const nonce = get('wechatpay-nonce');
  const serial = get('wechatpay-serial');
  const signature = get('wechatpay-signature');
  if (!timestamp || !nonce || !serial || !signature) return undefined;
  return { timestamp, nonce, serial, signature };
}

export type HeaderProblem = 'missing' | 'signtest' | 'stale';

/** The checks wechatpay-node-v3 does not do: headers present, not a SIGNTEST probe, timestamp within 5 minutes. */
export function checkSignedHeaders(h: SignedHeaders | undefined, nowMs: number): HeaderProblem | undefined {
  if (!h) return 'missing';
  if (h.signature.startsWith(SIGNTEST_PREFIX)) return 'signtest';
  const ts = Number(h.timestamp);
  if (!/^\d{1,12}$/.test(h.timestamp) || !Number.isFinite(ts) || Math.abs(nowMs / 1000 - ts) > MAX_CLOCK_SKEW_S) return 'stale';
  return undefined;
}

/** Sign a response/notification body as WeChat does; returns the headers to send. */
export function signResponse(privateKeyPem: string | Buffer, serial: string, rawBody: string, nowMs: number): SignedHeaders {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = randomBytes(16).toString('hex').toUpperCase();
  return { timestamp, nonce, serial, signature: rsaSign(privateKeyPem, responseMessage(timestamp, nonce, rawBody)) };
}

/** A notification's encrypted resource. */
export interface EncryptedResource {
  algorithm: 'AEAD_AES_256_GCM';
  ciphertext: string;
  associated_data: string;
  nonce: string;
  original_type: string;
}

/** AEAD_AES_256_GCM with the 32-byte APIv3 key: base64(ciphertext ‖ 16-byte tag), 12-character nonce. */
export function encryptResource(apiV3Key: string, plaintext: string, associatedData: string, originalType: string): EncryptedResource {
  const nonce = randomBytes(9).toString('base64url').slice(0, 12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { algorithm: 'AEAD_AES_256_GCM', ciphertext: ct.toString('base64'), associated_data: associatedData, nonce, original_type: originalType };
}

/** Inverse of encryptResource; throws when the tag does not match (tampered or wrong key). */
export function decryptResource(apiV3Key: string, r: Pick<EncryptedResource, 'ciphertext' | 'associated_data' | 'nonce'>): string {
  const buf = Buffer.from(r.ciphertext, 'base64');
  if (buf.length < 17) throw new Error('ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(r.nonce, 'utf8'));
  decipher.setAAD(Buffer.from(r.associated_data ?? '', 'utf8'));
  decipher.setAuthTag(buf.subarray(buf.length - 16));
  return Buffer.concat([decipher.update(buf.subarray(0, buf.length - 16)), decipher.final()]).toString('utf8');
}

/** Parse `WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",timestamp="…",serial_no="…",signature="…"`. */
export function parseAuthorization(header: string | undefined): Record<string, string> | undefined {
  if (!header?.startsWith('WECHATPAY2-SHA256-RSA2048 ')) return undefined;
  const out: Record<string, string> = {};
  for (const m of header.slice('WECHATPAY2-SHA256-RSA2048 '.length).matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out.mchid && out.nonce_str && out.timestamp && out.serial_no && out.signature ? out : undefined;
}

/** wx.requestPayment's paySign: SHA256withRSA over `appId\ntimeStamp\nnonceStr\nprepay_id=…\n`. */
export function payParamsMessage(appId: string, timeStamp: string, nonceStr: string, pkg: string): string {
  return `${appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`;
}
