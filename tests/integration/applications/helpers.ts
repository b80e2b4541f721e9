import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import type { Db } from '../../../server/db/client';
import { createCitizen } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call } from '../identity/helpers';
import { JPEG, upload } from '../files/helpers';

export { call };

/**
 * A valid ID number (GB 11643) nobody else in the shared test database uses: born 1960-1999 in 龙陵县 (530523), so
 * other test files that look people up by their fixed numbers never see these applicants.
 */
export function freshIdNumber(): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const birth = `${1960 + randomInt(40)}${String(1 + randomInt(12)).padStart(2, '0')}${String(1 + randomInt(28)).padStart(2, '0')}`;
  const first17 = `530523${birth}${String(randomInt(1000)).padStart(3, '0')}`;
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** A valid unified social credit code (GB 32100) no other test uses. */
export function freshCreditCode(): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const first17 = `92530523${Array.from({ length: 9 }, () => chars[randomInt(10)]).join('')}`;
  const r = 31 - ([...first17].reduce((acc, ch, i) => acc + chars.indexOf(ch) * w[i]!, 0) % 31);
  return first17 + chars[r === 31 ? 0 : r];
}

/** A citizen with consent and a real-name profile, ready to apply for themselves. */
export async function applicant(server: TestServer, name = '张伟', idNumber = freshIdNumber()) {
  const c = await createCitizen(server.dbHandle.db);
  await call(server, 'POST', '/api/v1/me/consents', { token: c.token, body: { kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION } });
  const r = await call(server, 'PUT', '/api/v1/me/profile', { token: c.token, body: { name, idType: 'RESIDENT_ID_CARD', idNumber } });
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  return c;
}

/**
 * A seeded published item with at least two required materials and no form definition of its own (the generic
 * contact block applies), one of them typed (for the wallet).
 */
export async function publishedItem(db: Db) {
  const versions = await db.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED', materials: { some: { requirement: 'REQUIRED', materialTypeCode: { not: null } } } },
    include: { item: true, materials: { where: { requirement: 'REQUIRED' }, orderBy: { sortOrder: 'asc' } } },
    take: 50,
  });
  const v = versions.find((x) => x.materials.length >= 2 && x.formSchema === null);
  if (!v) throw new Error('no seeded item fits');
  return { code: v.item.implementationCode, version: v, required: v.materials };
}

export type PublishedItem = Awaited<ReturnType<typeof publishedItem>>;

/** A test file's server, the folder it keeps uploaded files in, and the seeded item its applications are for. */
export interface ItemServer {
  server: TestServer;
  dataDir: string;
  item: PublishedItem;
}

/**
 * Starts the test file's server before its tests (files kept in a fresh temp folder named `<dirPrefix>…`), finds the
 * seeded item and hands all three to `ready`; stops the server and removes the folder after the tests.
 */
export function withItemServer(dirPrefix: string, ready: (setup: ItemServer) => void): void {
  let dataDir = '';
  let server: TestServer | undefined;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), dirPrefix));
    server = await startTestServer({ DATA_DIR: dataDir });
    ready({ server, dataDir, item: await publishedItem(server.dbHandle.db) });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
}

/** Upload a JPEG as the citizen; returns its id. */
export async function uploadJpeg(server: TestServer, token: string): Promise<string> {
  const r = await upload(server, { token, data: JPEG, name: '材料.jpg' });
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  return r.body.id as string;
}

export const CONTACT = { contactName: '张伟', contactPhone: '13987654321' };

/** A draft with every material uploaded and the form filled in, ready to submit. */
export async function readyDraft(server: TestServer, token: string, code: string) {
  const created = await call(server, 'POST', '/api/v1/applications', { token, body: { itemCode: code } });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  let app = created.body;
  for (const m of app.materials) {
    const fileId = await uploadJpeg(server, token);
    const r = await call(server, 'PUT', `/api/v1/applications/${app.id}/materials/${m.id}`, { token, body: { fileIds: [fileId] } });
    if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  }
  const patched = await call(server, 'PATCH', `/api/v1/applications/${app.id}`, { token, body: { version: app.version, form: CONTACT } });
  if (patched.status !== 200) throw new Error(JSON.stringify(patched.body));
  app = patched.body;
  return app;
}

export const submit = (server: TestServer, token: string, id: string, key = `submit-${Math.random().toString(36).slice(2, 12)}`) =>
  call(server, 'POST', `/api/v1/applications/${id}/submit`, { token, headers: { 'idempotency-key': key } });
