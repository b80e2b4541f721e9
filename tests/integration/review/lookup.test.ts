import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { caseQrKey, signCaseQr } from '../../../server/services/review/case-qr';
import { call, reviewWorld } from './helpers';

/** The server's own hash key, so the test can mint an expired token the way the server would. */
const PII_HASH_KEY = 'review-lookup-test-pii-hash-key-0123456789abcdef';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ PII_HASH_KEY });
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;

const lookup = (token: string | undefined, body: unknown) => call(server, 'POST', '/api/v1/staff/cases/lookup', { token, body });

describe('GET /api/v1/me/cases/:id/qr', () => {
  it('is 401 anonymous, 403 for staff, 404 for someone else’s case; the applicant gets a token valid 5 minutes', async () => {
    const w = await reviewWorld(server);
    const stranger = await createCitizen(db());
    expect((await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/qr`)).status).toBe(401);
    expect((await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/qr`, { token: w.clerk.token })).status).toBe(403);
    expect((await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/qr`, { token: stranger.token })).status).toBe(404);
    const res = await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/qr`, { token: w.citizen.token });
    expect(res.status).toBe(200);
    expect(res.body.token.startsWith(`${w.c.id}.`)).toBe(true);
    const ttl = new Date(res.body.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(250_000);
    expect(ttl).toBeLessThanOrEqual(300_000);
  });
});

describe('GET /api/v1/case-qr.png', () => {
  it('is 400 without a token or with a tampered or expired one', async () => {
    const w = await reviewWorld(server);
    const qr = (await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/qr`, { token: w.citizen.token })).body.token as string;
    const expired = signCaseQr(caseQrKey({ PII_HASH_KEY }), w.c.id, Date.now() - 301_000).token;
    for (const q of ['', '?t=', `?t=${encodeURIComponent(qr.slice(0, -2))}AA`, `?t=${encodeURIComponent(expired)}`, `?t=${'x'.repeat(300)}`]) {
      const res = await server.get(`/api/v1/case-qr.png${q}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('二维码已过期或无效');
    }
  });

  it('is the QR of the token as a PNG a scanner reads, private and cached no longer than the token lives', async () => {
    const w = await reviewWorld(server);
    const qr = (await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/qr`, { token: w.citizen.token })).body as { token: string; imageUrl: string; refreshInSeconds: number };
    expect(qr.imageUrl).toBe(`/api/v1/case-qr.png?t=${encodeURIComponent(qr.token)}`);
    expect(qr.refreshInSeconds).toBe(240);
    const res = await server.get(qr.imageUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const maxAge = Number(/private, max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(250);
    expect(maxAge).toBeLessThanOrEqual(300);
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(qr.token);
  });
});

describe('POST /api/v1/staff/cases/lookup', () => {
  it('is 401 anonymous, 403 for a citizen and another department, 400 without a token or number', async () => {
    const w = await reviewWorld(server);
    const qr = (await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/qr`, { token: w.citizen.token })).body.token as string;
    expect((await lookup(undefined, { qrToken: qr })).status).toBe(401);
    expect((await lookup(w.citizen.token, { qrToken: qr })).status).toBe(403);
    expect((await lookup(w.outsider.token, { qrToken: qr })).status).toBe(403);
    expect((await lookup(w.clerk.token, {})).status).toBe(400);
    expect((await lookup(w.clerk.token, { caseNumber: 'NO-SUCH-CASE' })).status).toBe(404);
  });

  it('refuses a tampered, forged or expired QR token', async () => {
    const w = await reviewWorld(server);
    const qr = (await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/qr`, { token: w.citizen.token })).body.token as string;
    const [id, exp, sig] = qr.split('.') as [string, string, string];
    const other = await reviewWorld(server);
    const tampered = [`${other.c.id}.${exp}.${sig}`, `${id}.${Number(exp) + 60}.${sig}`, `${id}.${exp}.${sig.slice(0, -2)}AA`, 'garbage'];
    for (const t of tampered) {
      const res = await lookup(w.clerk.token, { qrToken: t });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe('办件二维码已过期或无效，请让申请人刷新二维码后重新扫描');
    }
    const expired = signCaseQr(caseQrKey({ PII_HASH_KEY }), w.c.id, Date.now() - 301_000).token;
    expect((await lookup(w.clerk.token, { qrToken: expired })).status).toBe(400);
    const forged = signCaseQr(caseQrKey({ PII_HASH_KEY: 'not-the-server-key' }), w.c.id, Date.now()).token;
    expect((await lookup(w.clerk.token, { qrToken: forged })).status).toBe(400);
  });

  it('finds the case from the QR or its number and records an in-person visit; handing over the result is the pickup', async () => {
    const w = await reviewWorld(server);
    const qr = (await call(server, 'GET', `/api/v1/me/cases/${w.c.id}/qr`, { token: w.citizen.token })).body.token as string;
    expect((await lookup(w.clerk.token, { qrToken: qr })).body).toMatchObject({ case: { id: w.c.id, status: 'SUBMITTED', visitCount: 0 }, visitRecorded: false });
    const visit = await lookup(w.clerk.token, { caseNumber: w.c.number, visitPurpose: 'VERIFY_ORIGINALS' });
    expect(visit.body).toMatchObject({ case: { id: w.c.id, visitCount: 1 }, visitRecorded: true });
    expect(await db().caseVisit.findFirst({ where: { caseId: w.c.id, purpose: 'VERIFY_ORIGINALS', recordedByStaffId: w.clerk.actor.staffId } })).not.toBeNull();

    // Not completed yet: nothing to hand over.
    expect((await lookup(w.clerk.token, { qrToken: qr, visitPurpose: 'PICK_UP_RESULT' })).status).toBe(409);
    const act = (token: string, body: unknown) => call(server, 'POST', `/api/v1/staff/cases/${w.c.id}/transition`, { token, body });
    await act(w.clerk.token, { action: 'accept' });
    await act(w.approver.token, { action: 'complete', decision: 'APPROVED', resultName: '营业执照' });
    const picked = await lookup(w.clerk.token, { qrToken: qr, visitPurpose: 'PICK_UP_RESULT' });
    expect(picked.body).toMatchObject({ case: { status: 'DELIVERED', visitCount: 2 }, visitRecorded: true });
    expect(await db().caseVisit.count({ where: { caseId: w.c.id } })).toBe(2);
  });
});
