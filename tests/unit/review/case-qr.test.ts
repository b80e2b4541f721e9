import { fileLinkKey, signFileLink } from '../../../server/services/files/file-links';
import { CASE_QR_TTL_SECONDS, caseQrKey, signCaseQr, verifyCaseQr } from '../../../server/services/review/case-qr';

const env = { PII_HASH_KEY: 'a'.repeat(44) };
const key = caseQrKey(env);
const id = '6f1c1d2e-0000-4000-8000-000000000001';
const t0 = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('case QR tokens', () => {
  it('verify until expiry and not after', () => {
    const { token, exp } = signCaseQr(key, id, t0);
    expect(exp - t0 / 1000).toBe(CASE_QR_TTL_SECONDS);
    expect(verifyCaseQr(key, token, t0)).toBe(id);
    expect(verifyCaseQr(key, token, t0 + (CASE_QR_TTL_SECONDS - 1) * 1000)).toBe(id);
    expect(verifyCaseQr(key, token, t0 + CASE_QR_TTL_SECONDS * 1000)).toBeNull();
  });

  it('refuses tampering, other keys, malformed tokens and expiries beyond the lifetime', () => {
    const { token } = signCaseQr(key, id, t0);
    const [, exp, sig] = token.split('.') as [string, string, string];
    expect(verifyCaseQr(key, `${id.replace(/1$/, '2')}.${exp}.${sig}`, t0)).toBeNull();
    expect(verifyCaseQr(key, `${id}.${Number(exp) + 1}.${sig}`, t0)).toBeNull();
    expect(verifyCaseQr(caseQrKey({ PII_HASH_KEY: 'b'.repeat(44) }), token, t0)).toBeNull();
    expect(verifyCaseQr(key, `${id}.${exp}`, t0)).toBeNull();
    expect(verifyCaseQr(key, `${id}.1e10.${sig}`, t0)).toBeNull();
    // A token minted (with the right key) for far ahead is refused, so a leaked key cannot mint long-lived codes unnoticed.
    const far = signCaseQr(key, id, t0 + 3600_000).token;
    expect(verifyCaseQr(key, far, t0)).toBeNull();
  });

  it('uses a key of its own: a file-link signature is no case QR signature', () => {
    const link = signFileLink(fileLinkKey(env), id, t0);
    expect(caseQrKey(env).equals(fileLinkKey(env))).toBe(false);
    expect(verifyCaseQr(key, `${id}.${link.exp - 300}.${link.sig}`, t0)).toBeNull();
  });
});
