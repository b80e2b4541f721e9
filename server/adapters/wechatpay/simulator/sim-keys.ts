import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign as cryptoSign } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The key material of one simulated merchant and of the simulated WeChat Pay platform: what a merchant downloads
 * from the merchant platform (apiclient key and certificate serial, APIv3 key) and what WeChat signs with (platform
 * certificate in certificate mode, a `PUB_KEY_ID_…` public key in public-key mode). Real RSA-2048 keys and real
 * X.509 certificates, so the library's own code paths (x509 parsing, RSA verification) run unchanged.
 */
export interface SimPayKeys {
  mchid: string;
  /** 32-character APIv3 key. */
  apiV3Key: string;
  merchantPrivateKey: string;
  merchantCertificate: string;
  /** Uppercase hex, as the merchant platform shows it. */
  merchantSerial: string;
  platformPrivateKey: string;
  platformCertificate: string;
  platformSerial: string;
  publicKeyId: string;
  publicKeyPrivate: string;
  publicKey: string;
}

// ─── minimal DER writer: just enough for a self-signed X.509 v3 certificate ───
const der = (tag: number, body: Buffer): Buffer => {
  const len = body.length;
  const head = len < 0x80 ? Buffer.from([len]) : len < 0x100 ? Buffer.from([0x81, len]) : Buffer.from([0x82, len >> 8, len & 0xff]);
  return Buffer.concat([Buffer.from([tag]), head, body]);
};
const seq = (...parts: Buffer[]) => der(0x30, Buffer.concat(parts));
const oid = (dotted: string): Buffer => {
  const [a, b, ...rest] = dotted.split('.').map(Number) as [number, number, ...number[]];
  const bytes = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
};
const int = (hex: string): Buffer => {
  let b = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  if (b[0]! & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return der(0x02, b);
};
const utcTime = (d: Date) => der(0x17, Buffer.from(`${d.toISOString().slice(2, 19).replace(/[-T:]/g, '')}Z`, 'ascii'));
const name = (cn: string) => seq(der(0x31, seq(oid('2.5.4.3'), der(0x0c, Buffer.from(cn, 'utf8')))));
const SHA256_RSA = seq(oid('1.2.840.113549.1.1.11'), Buffer.from([0x05, 0x00]));

/** A self-signed X.509 v3 certificate (PEM) for `privateKeyPem`'s key pair with the given serial (hex). */
export function selfSignedCertificate(privateKeyPem: string, serialHex: string, commonName: string, now = new Date()): string {
  const spki = createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' });
  const tbs = seq(
    der(0xa0, int('02')),
    int(serialHex),
    SHA256_RSA,
    name(commonName),
    seq(utcTime(new Date(now.getTime() - 86_400_000)), utcTime(new Date(now.getTime() + 5 * 365 * 86_400_000))),
    name(commonName),
    spki,
  );
  const signature = cryptoSign('sha256', tbs, privateKeyPem);
  const cert = seq(tbs, SHA256_RSA, der(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const b64 = cert.toString('base64').match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

const rsaPair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const serialHex = () => `${(randomBytes(1)[0]! & 0x3f | 0x10).toString(16)}${randomBytes(19).toString('hex')}`.toUpperCase();

/** Fresh key material for a simulated merchant (first start in dev). */
export function generateSimPayKeys(mchid = '1900000109'): SimPayKeys {
  const merchant = rsaPair();
  const platform = rsaPair();
  const pub = rsaPair();
  const merchantPrivateKey = merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const platformPrivateKey = platform.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const merchantSerial = serialHex();
  const platformSerial = serialHex();
  return {
    mchid,
    apiV3Key: randomBytes(24).toString('base64url').slice(0, 32),
    merchantPrivateKey,
    merchantCertificate: selfSignedCertificate(merchantPrivateKey, merchantSerial, `${mchid} 商户API证书`),
    merchantSerial,
    platformPrivateKey,
    platformCertificate: selfSignedCertificate(platformPrivateKey, platformSerial, 'Tenpay.com Root CA 模拟平台证书'),
    platformSerial,
    publicKeyId: `PUB_KEY_ID_01${mchid}${randomBytes(8).toString('hex').toUpperCase()}`,
    publicKeyPrivate: pub.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: pub.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Keys kept in `<dir>/wechatpay-sim-keys.json`: generated once, then reused so restarts keep verifying old orders. */
export function loadOrCreateSimPayKeys(dir: string): SimPayKeys {
  const file = path.join(dir, 'wechatpay-sim-keys.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as SimPayKeys;
  const keys = generateSimPayKeys();
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
