import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Encryption of personal identifiers at rest (AES-256-GCM) and keyed lookup hashes (HMAC-SHA256).
 *
 * Ciphertext layout: version(1) | keyIdLength(1) | keyId | iv(12) | tag(16) | ciphertext. The key id travels with
 * the data, so keys rotate by adding a new key first in the ring: new writes use it, old rows still decrypt, and a
 * re-encryption job can find rows by key id later. `aad` binds a ciphertext to its place (table.column:rowId), so a
 * value copied into another row or column fails to decrypt instead of leaking.
 */
export interface FieldCrypto {
  encrypt(plain: string, aad: string): Uint8Array<ArrayBuffer>;
  decrypt(box: Uint8Array, aad: string): string;
  /** Key id a ciphertext was written with. */
  keyIdOf(box: Uint8Array): string;
  /** Keyed hash for equality lookups (hex, 64 chars); without the key a dictionary of ID numbers is useless. */
  hash(value: string): string;
  activeKeyId: string;
}

const VERSION = 1;

export class FieldCryptoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldCryptoError';
  }
}

/** Parse `id:base64key,id2:base64key2` (first is active). */
export function parseKeyRing(spec: string): { id: string; key: Buffer }[] {
  const ring = spec.split(',').map((part) => {
    const [id, b64] = part.split(':') as [string, string];
    const key = Buffer.from(b64, 'base64');
    if (key.length !== 32) throw new FieldCryptoError(`key ${id} must be 32 bytes`);
    return { id, key };
  });
  if (new Set(ring.map((k) => k.id)).size !== ring.length) throw new FieldCryptoError('duplicate key id in the ring');
  return ring;
}

export function createFieldCrypto(opts: { keyRing: string; hashKey: string }): FieldCrypto {
  const ring = parseKeyRing(opts.keyRing);
  const byId = new Map(ring.map((k) => [k.id, k.key]));
  const active = ring[0]!;
  const hashKey = Buffer.from(opts.hashKey, 'base64');
  if (hashKey.length < 32) throw new FieldCryptoError('hash key must be at least 32 bytes');

  const header = (box: Uint8Array) => {
    const buf = Buffer.from(box);
    if (buf.length < 2 || buf[0] !== VERSION) throw new FieldCryptoError('unknown ciphertext format');
    const idLen = buf[1]!;
    const keyId = buf.subarray(2, 2 + idLen).toString('utf8');
    return { buf, keyId, offset: 2 + idLen };
  };

  return {
    activeKeyId: active.id,
    encrypt(plain, aad) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', active.key, iv);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const id = Buffer.from(active.id, 'utf8');
      return new Uint8Array(Buffer.concat([Buffer.from([VERSION, id.length]), id, iv, cipher.getAuthTag(), ct]));
    },
    decrypt(box, aad) {
      const { buf, keyId, offset } = header(box);
      const key = byId.get(keyId);
      if (!key) throw new FieldCryptoError(`key ${keyId} is not in the ring`);
      const iv = buf.subarray(offset, offset + 12);
      const tag = buf.subarray(offset + 12, offset + 28);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(buf.subarray(offset + 28)), decipher.final()]).toString('utf8');
      } catch {
        throw new FieldCryptoError('ciphertext failed authentication');
      }
    },
    keyIdOf: (box) => header(box).keyId,
    hash: (value) => createHmac('sha256', hashKey).update(value, 'utf8').digest('hex'),
  };
}

/** Development/test keys (never accepted in production: env.ts requires real ones there). */
export const DEV_KEY_RING = `dev1:${Buffer.alloc(32, 7).toString('base64')}`;
export const DEV_HASH_KEY = Buffer.alloc(32, 9).toString('base64');
