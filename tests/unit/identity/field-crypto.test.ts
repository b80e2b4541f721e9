import { randomBytes } from 'node:crypto';
import { FieldCryptoError, createFieldCrypto } from '../../../server/crypto/field-crypto';
import { hashPassword, verifyPassword } from '../../../server/crypto/password';

const key = () => randomBytes(32).toString('base64');
const hashKey = randomBytes(32).toString('base64');

describe('field encryption', () => {
  it('round-trips and never repeats a ciphertext', () => {
    const c = createFieldCrypto({ keyRing: `k1:${key()}`, hashKey });
    const a = c.encrypt('530502199403152311', 'ctx');
    expect(c.decrypt(a, 'ctx')).toBe('530502199403152311');
    expect(Buffer.from(c.encrypt('530502199403152311', 'ctx')).equals(Buffer.from(a))).toBe(false);
    expect(c.keyIdOf(a)).toBe('k1');
  });

  it('rotates: new writes use the first key, old ciphertexts still decrypt', () => {
    const k1 = key();
    const old = createFieldCrypto({ keyRing: `k1:${k1}`, hashKey });
    const box = old.encrypt('张伟', 'ctx');
    const rotated = createFieldCrypto({ keyRing: `k2:${key()},k1:${k1}`, hashKey });
    expect(rotated.decrypt(box, 'ctx')).toBe('张伟');
    expect(rotated.keyIdOf(rotated.encrypt('张伟', 'ctx'))).toBe('k2');
    const dropped = createFieldCrypto({ keyRing: `k3:${key()}`, hashKey });
    expect(() => dropped.decrypt(box, 'ctx')).toThrow(/not in the ring/);
  });

  it('rejects tampering and a ciphertext moved to another row', () => {
    const c = createFieldCrypto({ keyRing: `k1:${key()}`, hashKey });
    const box = c.encrypt('13812345678', 'users.phone:u1');
    expect(() => c.decrypt(box, 'users.phone:u2')).toThrow(FieldCryptoError);
    const bent = Buffer.from(box);
    bent.writeUInt8(bent.readUInt8(bent.length - 1) ^ 1, bent.length - 1);
    expect(() => c.decrypt(bent, 'users.phone:u1')).toThrow(FieldCryptoError);
  });

  it('hashes with a key: stable for lookups, different under another key', () => {
    const a = createFieldCrypto({ keyRing: `k1:${key()}`, hashKey });
    const b = createFieldCrypto({ keyRing: `k1:${key()}`, hashKey: randomBytes(32).toString('base64') });
    expect(a.hash('x')).toBe(a.hash('x'));
    expect(a.hash('x')).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash('x')).not.toBe(b.hash('x'));
  });

  it('refuses short keys and duplicate ids', () => {
    expect(() => createFieldCrypto({ keyRing: `k1:${randomBytes(16).toString('base64')}`, hashKey })).toThrow(/32 bytes/);
    const k = key();
    expect(() => createFieldCrypto({ keyRing: `k1:${k},k1:${k}`, hashKey })).toThrow(/duplicate/);
  });
});

describe('passwords', () => {
  it('verifies the right password only, and rejects malformed or weak-parameter hashes', async () => {
    const h = await hashPassword('正确的密码 pw');
    expect(await verifyPassword('正确的密码 pw', h)).toBe(true);
    expect(await verifyPassword('wrong', h)).toBe(false);
    expect(await verifyPassword('x', 'plain')).toBe(false);
    expect(await verifyPassword('x', h.replace('$32768$', '$1024$'))).toBe(false);
  });
});
