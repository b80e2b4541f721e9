import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../server/db/client';
import type { TestServer } from '../../helpers/test-server';

/** A few bytes that sniff as each type. */
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0fake-jpeg-body'), Buffer.from([0xff, 0xd9])]);
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('fake-png-body')]);

/** A minimal PDF with n pages. */
export function pdf(pages = 1): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const pageObjs = Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj`).join('\n');
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [${kids}] /Count ${pages} >> endobj\n${pageObjs}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

export const newUploadId = () => randomUUID().replace(/-/g, '');

/** POST /files as Taro.uploadFile does (multipart, one part "file"). */
export async function upload(
  server: TestServer,
  opts: { token?: string; data: Buffer; name?: string; type?: string; uploadId?: string | null; purpose?: string; fields?: Record<string, string> },
) {
  const form = new FormData();
  if (opts.purpose) form.set('purpose', opts.purpose);
  for (const [k, v] of Object.entries(opts.fields ?? {})) form.set(k, v);
  form.set('file', new Blob([new Uint8Array(opts.data)], { type: opts.type ?? 'application/octet-stream' }), opts.name ?? 'photo.jpg');
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.uploadId !== null) headers['idempotency-key'] = opts.uploadId ?? newUploadId();
  const res = await server.fetch('/api/v1/files', { method: 'POST', headers, body: form });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as any };
}

/** Every stored object under DATA_DIR/files/uploads. */
export function storedObjects(dataDir: string): string[] {
  const root = path.join(dataDir, 'files', 'uploads');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(root, p)).isFile());
}

/** A case of the 市场监督管理局 in 隆阳区 with one material holding the given file. */
export async function caseWithFile(db: Db, applicantUserId: string, fileId: string, status: 'DRAFT' | 'SUBMITTED' = 'SUBMITTED') {
  const scjg = await db.department.findFirstOrThrow({ where: { code: '5305-SCJG' } });
  const c = await db.case.create({
    data: { number: `T${Date.now()}${Math.random().toString(36).slice(2, 6)}`, departmentId: scjg.id, regionCode: '530502', status, applicantKind: 'PERSON', applicantUserId },
  });
  await db.caseMaterial.create({ data: { caseId: c.id, name: '身份证', files: { create: { fileId } } } });
  return { c, scjg };
}
