import { fileLinkKey, LINK_TTL_SECONDS, signFileLink, verifyFileLink } from '../../../server/services/files/file-links';

const key = fileLinkKey({ PII_HASH_KEY: 'a'.repeat(44) });
const id = '6f1c1d2e-0000-4000-8000-000000000001';
const t0 = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('file links', () => {
  it('verify until expiry and not after', () => {
    const { exp, sig } = signFileLink(key, id, t0);
    expect(exp - t0 / 1000).toBe(LINK_TTL_SECONDS);
    expect(verifyFileLink(key, id, exp, sig, t0)).toBe(true);
    expect(verifyFileLink(key, id, exp, sig, t0 + 599_000)).toBe(true);
    expect(verifyFileLink(key, id, exp, sig, t0 + 600_000)).toBe(false);
  });

  it('never sign for more than 10 minutes', () => {
    const { exp } = signFileLink(key, id, t0, 3600);
    expect(exp - t0 / 1000).toBe(LINK_TTL_SECONDS);
  });

  it('refuse another file, another key, a changed expiry or a mangled signature', () => {
    const { exp, sig } = signFileLink(key, id, t0);
    expect(verifyFileLink(key, id.replace(/1$/, '2'), exp, sig, t0)).toBe(false);
    expect(verifyFileLink(fileLinkKey({ PII_HASH_KEY: 'b'.repeat(44) }), id, exp, sig, t0)).toBe(false);
    expect(verifyFileLink(key, id, exp - 1, sig, t0)).toBe(false);
    expect(verifyFileLink(key, id, exp, sig.slice(1), t0)).toBe(false);
    expect(verifyFileLink(key, id, exp, '', t0)).toBe(false);
    expect(verifyFileLink(key, id, Number.NaN, sig, t0)).toBe(false);
  });

  it('derive different keys from different secrets, and a stable dev key without one', () => {
    expect(fileLinkKey({}).equals(fileLinkKey({}))).toBe(true);
    expect(fileLinkKey({}).equals(key)).toBe(false);
  });
});
