import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { LocalDiskStorage } from '../../../server/adapters/storage/local-disk.storage';
import { deleteDraftFiles, purgeAbandonedUploads } from '../../../server/services/files/delete-files';
import { fileLinkKey, signFileLink } from '../../../server/services/files/file-links';
import { JPEG, caseWithFile, pdf, upload } from './helpers';

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
const bearer = (token?: string) => (token ? { authorization: `Bearer ${token}` } : undefined);
const get = (p: string, token?: string) => server.fetch(p, { headers: bearer(token) });

async function citizenWithFile(data: Buffer = JPEG) {
  const citizen = await createCitizen(db());
  const r = await upload(server, { token: citizen.token, data, name: '身份证正面.jpg' });
  expect(r.status).toBe(201);
  return { citizen, fileId: r.body.id as string };
}

describe('GET /api/v1/files/:id/content and /link', () => {
  it('is 401 anonymous, 404 for another citizen (IDOR) and for unknown or malformed ids', async () => {
    const { fileId } = await citizenWithFile();
    expect((await get(`/api/v1/files/${fileId}/content`)).status).toBe(401);
    expect((await get(`/api/v1/files/${fileId}/link`)).status).toBe(401);
    const other = await createCitizen(db());
    expect((await get(`/api/v1/files/${fileId}/content`, other.token)).status).toBe(404);
    expect((await get(`/api/v1/files/${fileId}/link`, other.token)).status).toBe(404);
    expect((await get('/api/v1/files/00000000-0000-4000-8000-000000000000/content', other.token)).status).toBe(404);
    expect((await get('/api/v1/files/..%2F..%2Fetc%2Fpasswd/content', other.token)).status).toBe(404);
  });

  it('serves the owner the bytes with the detected type, privately', async () => {
    const { citizen, fileId } = await citizenWithFile();
    const r = await get(`/api/v1/files/${fileId}/content`, citizen.token);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/jpeg');
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await r.arrayBuffer())).toEqual(JPEG);
  });

  it('is 403 for staff of another department or another region, and for staff of the department when the file is on no case', async () => {
    const { citizen, fileId } = await citizenWithFile();
    const { scjg } = await caseWithFile(db(), citizen.user.id, fileId);
    const ga = await db().department.findFirstOrThrow({ where: { code: '5305-GA' } });
    const otherDept = await createStaff(db(), [{ role: 'HANDLER', departmentId: ga.id, regionCode: '5305' }]);
    expect((await get(`/api/v1/files/${fileId}/content`, otherDept.token)).status).toBe(403);
    expect((await get(`/api/v1/files/${fileId}/link`, otherDept.token)).status).toBe(403);
    const tengchong = await createStaff(db(), [{ role: 'HANDLER', departmentId: scjg.id, regionCode: '530581' }]);
    expect((await get(`/api/v1/files/${fileId}/content`, tengchong.token)).status).toBe(403);
    const supervisor = await createStaff(db(), [{ role: 'SUPERVISOR', regionCode: '5305' }]);
    expect((await get(`/api/v1/files/${fileId}/content`, supervisor.token)).status).toBe(403);
    const loose = await citizenWithFile();
    const reviewer = await createStaff(db(), [{ role: 'HANDLER', departmentId: scjg.id, regionCode: '5305' }]);
    expect((await get(`/api/v1/files/${loose.fileId}/content`, reviewer.token)).status).toBe(403);
    expect(await db().auditLog.count({ where: { entityId: { in: [fileId, loose.fileId] } } })).toBe(0);
  });

  it('serves the handling reviewer a case file, audited so the citizen sees who looked and why', async () => {
    const { citizen, fileId } = await citizenWithFile();
    const { c, scjg } = await caseWithFile(db(), citizen.user.id, fileId);
    const reviewer = await createStaff(db(), [{ role: 'HANDLER', departmentId: scjg.id, regionCode: '5305' }], { name: '赵敏' });
    const r = await get(`/api/v1/files/${fileId}/content?purpose=${encodeURIComponent('预审身份证')}`, reviewer.token);
    expect(r.status).toBe(200);
    const audit = await db().auditLog.findMany({ where: { entityId: fileId } });
    expect(audit).toEqual([expect.objectContaining({ action: 'DOWNLOAD_FILE', actorStaffId: reviewer.staff.id, caseId: c.id, subjectUserId: citizen.user.id, purpose: '预审身份证' })]);
  });

  it('gives a signed link that loads without headers for at most 10 minutes; expired, tampered, far-future or other-file signatures are 403', async () => {
    const { citizen, fileId } = await citizenWithFile(pdf(2));
    const link = await get(`/api/v1/files/${fileId}/link`, citizen.token);
    expect(link.status).toBe(200);
    const { url, expiresAt } = (await link.json()) as { url: string; expiresAt: string };
    const ttl = Date.parse(expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(9 * 60_000);
    expect(ttl).toBeLessThanOrEqual(10 * 60_000);
    const ok = await get(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');

    const u = new URL(url, 'http://x');
    const exp = Number(u.searchParams.get('exp'));
    const sig = u.searchParams.get('sig')!;
    const tampered = sig.slice(0, -2) + (sig.endsWith('AA') ? 'BB' : 'AA');
    expect((await get(`/api/v1/files/${fileId}/content?exp=${exp}&sig=${tampered}`)).status).toBe(403);
    expect((await get(`/api/v1/files/${fileId}/content?exp=${exp + 60}&sig=${sig}`)).status).toBe(403);
    expect((await get(`/api/v1/files/${fileId}/content?exp=${exp}`)).status).toBe(403);
    const other = await citizenWithFile();
    expect((await get(`/api/v1/files/${other.fileId}/content?exp=${exp}&sig=${sig}`)).status).toBe(403);
    // A correctly signed link that has expired.
    const key = fileLinkKey({});
    const old = signFileLink(key, fileId, Date.now() - 11 * 60_000);
    expect((await get(`/api/v1/files/${fileId}/content?exp=${old.exp}&sig=${old.sig}`)).status).toBe(403);
    // Correctly signed but valid for an hour: longer than any link we issue.
    const far = Math.floor(Date.now() / 1000) + 3600;
    const farSig = createHmac('sha256', key).update(`${fileId}.${far}`).digest('base64url');
    expect((await get(`/api/v1/files/${fileId}/content?exp=${far}&sig=${farSig}`)).status).toBe(403);
    // A bearer token does not rescue a bad signature.
    expect((await get(`/api/v1/files/${fileId}/content?exp=${exp}&sig=${tampered}`, citizen.token)).status).toBe(403);
  });
});

describe('DELETE /api/v1/files/:id', () => {
  it('is 401 anonymous, 404 for another citizen, 409 for a file of a submitted case; deletes an own draft file and its object', async () => {
    const { citizen, fileId } = await citizenWithFile();
    expect((await server.fetch(`/api/v1/files/${fileId}`, { method: 'DELETE' })).status).toBe(401);
    const other = await createCitizen(db());
    expect((await server.fetch(`/api/v1/files/${fileId}`, { method: 'DELETE', headers: bearer(other.token) })).status).toBe(404);
    const submitted = await citizenWithFile();
    await caseWithFile(db(), submitted.citizen.user.id, submitted.fileId, 'SUBMITTED');
    expect((await server.fetch(`/api/v1/files/${submitted.fileId}`, { method: 'DELETE', headers: bearer(submitted.citizen.token) })).status).toBe(409);

    await caseWithFile(db(), citizen.user.id, fileId, 'DRAFT');
    const row = await db().storedFile.findUniqueOrThrow({ where: { id: fileId } });
    const r = await server.fetch(`/api/v1/files/${fileId}`, { method: 'DELETE', headers: bearer(citizen.token) });
    expect(r.status).toBe(200);
    expect(await db().storedFile.findUnique({ where: { id: fileId } })).toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'files', row.storageKey))).toBe(false);
  });
});

describe('deleteDraftFiles', () => {
  it('removes a draft\'s files (rows and stored objects) but keeps files the wallet or another case still uses; refuses a submitted case', async () => {
    const storage = new LocalDiskStorage(path.join(dataDir, 'files'));
    const a = await citizenWithFile();
    const b = await upload(server, { token: a.citizen.token, data: pdf(1), name: 'b.pdf' });
    const { c } = await caseWithFile(db(), a.citizen.user.id, a.fileId, 'DRAFT');
    await db().caseMaterial.create({ data: { caseId: c.id, name: '营业执照', files: { create: { fileId: b.body.id } } } });
    const other = await caseWithFile(db(), a.citizen.user.id, b.body.id, 'SUBMITTED');
    const keyA = (await db().storedFile.findUniqueOrThrow({ where: { id: a.fileId } })).storageKey;

    await expect(deleteDraftFiles(db(), storage, other.c.id)).rejects.toMatchObject({ status: 409 });
    const result = await db().$transaction((tx) => deleteDraftFiles(tx, storage, c.id));
    await result.removeObjects();
    expect(result.removed).toBe(1);
    expect(await db().storedFile.findUnique({ where: { id: a.fileId } })).toBeNull();
    expect(await storage.exists(keyA)).toBe(false);
    expect(await db().storedFile.findUnique({ where: { id: b.body.id } })).not.toBeNull();
    expect(await db().caseMaterialFile.count({ where: { caseMaterial: { caseId: c.id } } })).toBe(0);
  });
});

describe('public catalogue documents', () => {
  it('serves a seeded blank form to anyone through the same content route', async () => {
    const form = await db().storedFile.findFirst({ where: { purpose: 'BLANK_FORM', deletedAt: null } });
    if (!form) return; // catalogue seeding without documents
    const r = await get(`/api/v1/files/${form.id}/content`);
    // The seed may have written the bytes into another DATA_DIR: then it is a clean 404, never a 500.
    expect(r.status).toBe(fs.existsSync(path.join(dataDir, 'files', form.storageKey)) ? 200 : 404);
  });
});

describe('purgeAbandonedUploads', () => {
  it('deletes week-old uploads attached to nothing, keeps recent ones and those on a case', async () => {
    const storage = new LocalDiskStorage(path.join(dataDir, 'files'));
    const abandoned = await citizenWithFile();
    const used = await citizenWithFile();
    await caseWithFile(db(), used.citizen.user.id, used.fileId, 'SUBMITTED');
    const fresh = await citizenWithFile();
    const weekAgo = new Date(Date.now() - 8 * 86_400_000);
    await db().storedFile.updateMany({ where: { id: { in: [abandoned.fileId, used.fileId] } }, data: { createdAt: weekAgo } });
    const key = (await db().storedFile.findUniqueOrThrow({ where: { id: abandoned.fileId } })).storageKey;
    expect(await purgeAbandonedUploads(db(), storage, new Date())).toBeGreaterThanOrEqual(1);
    expect(await db().storedFile.findUnique({ where: { id: abandoned.fileId } })).toBeNull();
    expect(await storage.exists(key)).toBe(false);
    expect(await db().storedFile.findUnique({ where: { id: used.fileId } })).not.toBeNull();
    expect(await db().storedFile.findUnique({ where: { id: fresh.fileId } })).not.toBeNull();
  });
});
