import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import path from 'node:path';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { JPEG, PNG, newUploadId, pdf, storedObjects, upload } from './helpers';

let server: TestServer;
let dataDir: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onetrip-files-'));
  server = await startTestServer({ DATA_DIR: dataDir });
}, 60_000);
afterAll(async () => {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
const db = () => server.dbHandle.db;

/** Send only the headers and a few bytes of a request, then read the answer (fetch would insist on the full body). */
function rawPost(base: string, headers: Record<string, string>): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL('/api/v1/files', base), { method: 'POST', headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
      req.destroy();
    });
    req.on('error', reject);
    req.write('--x\r\n');
  });
}

describe('POST /api/v1/files', () => {
  it('is 401 without a session and 403 for staff without a case role or for a purpose the caller may not upload', async () => {
    expect((await upload(server, { data: JPEG })).status).toBe(401);
    const editor = await createStaff(db(), [{ role: 'CATALOGUE_EDITOR' }]);
    expect((await upload(server, { token: editor.token, data: JPEG })).status).toBe(403);
    const citizen = await createCitizen(db());
    const r = await upload(server, { token: citizen.token, data: JPEG, purpose: 'RESULT' });
    expect(r.status).toBe(403);
    expect(storedObjects(dataDir)).toHaveLength(0);
  });

  it('is 400 without an upload id, with a malformed one, without a file, or with an unknown purpose; 415 for a non-multipart body', async () => {
    const { token } = await createCitizen(db());
    expect((await upload(server, { token, data: JPEG, uploadId: null })).status).toBe(400);
    expect((await upload(server, { token, data: JPEG, uploadId: '../../x' })).status).toBe(400);
    expect((await upload(server, { token, data: JPEG, purpose: 'EVERYTHING' })).status).toBe(400);
    const noFile = new FormData();
    noFile.set('purpose', 'MATERIAL');
    const r = await server.fetch('/api/v1/files', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'idempotency-key': newUploadId() }, body: noFile });
    expect(r.status).toBe(400);
    const raw = await server.fetch('/api/v1/files', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'idempotency-key': newUploadId(), 'content-type': 'image/jpeg' }, body: JPEG });
    expect(raw.status).toBe(415);
    expect(storedObjects(dataDir)).toHaveLength(0);
  });

  it('is 413 for an image over 10 MB, a PDF over 20 MB, or a declared body far over the limit', async () => {
    const { token } = await createCitizen(db());
    const bigImage = Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)]);
    const r1 = await upload(server, { token, data: bigImage });
    expect(r1.status).toBe(413);
    expect(r1.body.error.message).toContain('10 MB');
    const bigPdf = Buffer.concat([pdf(1), Buffer.alloc(20 * 1024 * 1024 + 1)]);
    expect((await upload(server, { token, data: bigPdf, name: 'scan.pdf' })).status).toBe(413);
    // Announced as 30 MB: refused from the headers, before the body is read.
    const declared = await rawPost(server.url, { authorization: `Bearer ${token}`, 'idempotency-key': newUploadId(), 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(30 * 1024 * 1024) });
    expect(declared.status).toBe(413);
    expect(storedObjects(dataDir)).toHaveLength(0);
  });

  it('refuses disguised types by content: an .exe named .jpg, HTML named .pdf, a script with an image MIME type', async () => {
    const { token, user } = await createCitizen(db());
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(200, 1)]);
    const r1 = await upload(server, { token, data: exe, name: 'photo.jpg', type: 'image/jpeg' });
    expect(r1.status).toBe(415);
    expect(r1.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const html = Buffer.from('<html><script>alert(1)</script>%PDF-1.4</html>');
    expect((await upload(server, { token, data: html, name: '营业执照.pdf', type: 'application/pdf' })).status).toBe(415);
    expect((await upload(server, { token, data: Buffer.from('#!/bin/sh\nrm -rf /'), name: 'a.png', type: 'image/png' })).status).toBe(415);
    expect(await db().storedFile.count({ where: { uploadedByUserId: user.id } })).toBe(0);
  });

  it('is 400 for a zero-byte file, a PDF without pages, one over 50 pages, or one carrying JavaScript', async () => {
    const { token } = await createCitizen(db());
    const zero = await upload(server, { token, data: Buffer.alloc(0), name: 'empty.jpg' });
    expect(zero.status).toBe(400);
    expect(zero.body.error.message).toContain('0 字节');
    expect((await upload(server, { token, data: Buffer.from('%PDF-1.4\n%%EOF\n'), name: 'x.pdf' })).status).toBe(400);
    const long = await upload(server, { token, data: pdf(51), name: 'long.pdf' });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toContain('50 页');
    const js = Buffer.concat([pdf(1), Buffer.from('9 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n')]);
    expect((await upload(server, { token, data: js, name: 'js.pdf' })).status).toBe(400);
    expect(storedObjects(dataDir)).toHaveLength(0);
  });

  it('stores a photo and a PDF under random keys, with the detected type, sha256, page count and a sanitised name', async () => {
    const { token, user } = await createCitizen(db());
    const r = await upload(server, { token, data: PNG, name: '../../../etc/passwd\u202egnp.exe', type: 'text/html' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ mime: 'image/png', size: PNG.length, purpose: 'MATERIAL', pageCount: null });
    expect(r.body.name).toBe('passwdgnp.png');
    expect(r.body).not.toHaveProperty('storageKey');
    const row = await db().storedFile.findUniqueOrThrow({ where: { id: r.body.id } });
    expect(row.storageKey).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.png$/);
    expect(row.uploadedByUserId).toBe(user.id);
    expect(fs.readFileSync(path.join(dataDir, 'files', row.storageKey))).toEqual(PNG);
    const p = await upload(server, { token, data: pdf(3), name: 'C:\\Users\\张三\\营业执照扫描件.PDF', purpose: 'ATTACHMENT' });
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({ mime: 'application/pdf', pageCount: 3, name: '营业执照扫描件.pdf', purpose: 'ATTACHMENT' });
  });

  it('keeps the name field of a nameless blob (a photo compressed in the browser), sanitised, with the detected extension', async () => {
    const { token } = await createCitizen(db());
    const r = await upload(server, { token, data: JPEG, name: 'blob', fields: { name: '..\\户口本 首页.heic' } });
    expect([r.status, r.body.name]).toEqual([201, '户口本 首页.jpg']);
    const long = await upload(server, { token, data: JPEG, fields: { name: 'x'.repeat(121) } });
    expect(long.status).toBe(400);
  });

  it('returns the same file for a retry with the same upload id: one row, one stored object', async () => {
    const { token, user } = await createCitizen(db());
    const before = storedObjects(dataDir).length;
    const uploadId = newUploadId();
    const first = await upload(server, { token, data: JPEG, uploadId });
    const retry = await upload(server, { token, data: JPEG, uploadId });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await db().storedFile.count({ where: { uploadedByUserId: user.id } })).toBe(1);
    expect(storedObjects(dataDir)).toHaveLength(before + 1);
    // The same id for other bytes is a client bug, not a silent overwrite.
    expect((await upload(server, { token, data: PNG, uploadId })).status).toBe(409);
    // Another citizen's id space is separate.
    const other = await createCitizen(db());
    expect((await upload(server, { token: other.token, data: JPEG, uploadId })).status).toBe(201);
  });

  it('keeps one row and one object when retries of one upload race each other', async () => {
    const { token, user } = await createCitizen(db());
    const before = storedObjects(dataDir).length;
    const uploadId = newUploadId();
    const results = await Promise.all(Array.from({ length: 6 }, () => upload(server, { token, data: pdf(2), name: 'scan.pdf', uploadId })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(5);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await db().storedFile.count({ where: { uploadedByUserId: user.id } })).toBe(1);
    expect(storedObjects(dataDir)).toHaveLength(before + 1);
  });

  it('lets case staff upload a result document', async () => {
    const scjg = await db().department.findFirstOrThrow({ where: { code: '5305-SCJG' } });
    const clerk = await createStaff(db(), [{ role: 'HANDLER', departmentId: scjg.id, regionCode: '5305' }]);
    const r = await upload(server, { token: clerk.token, data: pdf(1), name: '营业执照.pdf', purpose: 'RESULT' });
    expect(r.status).toBe(201);
    const row = await db().storedFile.findUniqueOrThrow({ where: { id: r.body.id } });
    expect(row.uploadedByStaffId).toBe(clerk.staff.id);
  });
});
