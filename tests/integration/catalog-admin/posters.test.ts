import jsQR from 'jsqr';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { CODE_BOXES, POSTER_PX } from '../../../server/services/posters/render-poster';
import { createStaff } from '../../helpers/factories';
import { pdfStreams } from '../../helpers/pdf';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { completeContent, send, uniqueCode } from './fixtures';

jest.setTimeout(30_000); // rendering shares 2 cores with the rest of the suite

let server: TestServer;
let admin: Awaited<ReturnType<typeof createStaff>>;
let dept: { id: string; regionCode: string };
let itemId: string;
let code: string;
const NAME = '食品经营许可（新办）';

beforeAll(async () => {
  server = await startTestServer();
  const db = server.dbHandle.db;
  dept = await db.department.create({ data: { code: uniqueCode('P'), name: '海报测试局', regionCode: '5305' } });
  admin = await createStaff(db, [{ role: 'CATALOGUE_EDITOR', departmentId: dept.id }]);
  code = uniqueCode('SC');
  const created = await send(server, 'POST', '/admin/catalog/items', {
    auth: admin.auth,
    body: { baseCode: 'B', implementationCode: code, departmentId: dept.id, regionCode: '5305', content: completeContent({ name: NAME }) },
  });
  itemId = created.body.item.id;
  expect((await send(server, 'POST', `/admin/catalog/versions/${created.body.id}/publish`, { auth: admin.auth, body: { revision: 1 } })).status).toBe(200);
});
afterAll(async () => {
  await server.stop();
});

async function decodeBox(png: Buffer, box: { left: number; top: number; size: number }): Promise<string | null> {
  const margin = 20;
  const crop = await sharp(png)
    .extract({ left: box.left - margin, top: box.top - margin, width: box.size + 2 * margin, height: box.size + 2 * margin })
    .png()
    .toBuffer();
  const img = PNG.sync.read(crop);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? null;
}

describe('GET /api/v1/admin/catalog/items/:itemId/poster', () => {
  const url = () => `/api/v1/admin/catalog/items/${itemId}/poster`;

  it('returns 401 without a token, 403 outside the editor scope, 400 for a bad format', async () => {
    expect((await server.fetch(url())).status).toBe(401);
    const other = await createStaff(server.dbHandle.db, [{ role: 'CATALOGUE_EDITOR', departmentId: (await server.dbHandle.db.department.findFirstOrThrow({ where: { name: '保山市公安局' } })).id }]);
    expect((await server.fetch(url(), { headers: other.auth })).status).toBe(403);
    expect((await server.fetch(`${url()}?format=gif`, { headers: admin.auth })).status).toBe(400);
  });

  it('renders a PNG whose two codes scan: the mini-program scene and the plain guide URL', async () => {
    const res = await server.fetch(`${url()}?format=png&window=${encodeURIComponent('综合受理3号窗口')}`, { headers: admin.auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height]).toEqual([POSTER_PX.width, POSTER_PX.height]);
    expect(await decodeBox(png, CODE_BOXES.wxa)).toBe(code);
    expect(await decodeBox(png, CODE_BOXES.url)).toBe(`${server.url.replace(/\/$/, '')}/pages/guide/index?code=${code}`);
  });

  it('renders a PDF with the item name in Chinese text (embedded CJK font)', async () => {
    const res = await server.fetch(url(), { headers: admin.auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The page text is glyph ids of the embedded subset font; its ToUnicode CMap maps them back to the characters.
    const streams = pdfStreams(pdf);
    const cmap = streams.filter((s) => s.includes('beginbfrange') || s.includes('beginbfchar')).join('\n').toUpperCase();
    for (const ch of '食品经营许可新办') expect(cmap).toContain(ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'));
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
  });

  it('returns 404 for an unknown item and 409 for an item never published', async () => {
    expect((await server.fetch('/api/v1/admin/catalog/items/00000000-0000-4000-8000-000000000000/poster', { headers: admin.auth })).status).toBe(404);
    const draft = await send(server, 'POST', '/admin/catalog/items', {
      auth: admin.auth,
      body: { baseCode: 'B', implementationCode: uniqueCode('D'), departmentId: dept.id, regionCode: '5305', content: completeContent() },
    });
    expect((await server.fetch(`/api/v1/admin/catalog/items/${draft.body.item.id}/poster`, { headers: admin.auth })).status).toBe(409);
  });
});

describe('GET /api/v1/admin/catalog/posters', () => {
  it('returns 401/403/400 before anything else', async () => {
    expect((await server.fetch(`/api/v1/admin/catalog/posters?departmentId=${dept.id}`)).status).toBe(401);
    const clerk = await createStaff(server.dbHandle.db, [{ role: 'WINDOW_CLERK' }]);
    expect((await server.fetch(`/api/v1/admin/catalog/posters?departmentId=${dept.id}`, { headers: clerk.auth })).status).toBe(403);
    expect((await server.fetch('/api/v1/admin/catalog/posters', { headers: admin.auth })).status).toBe(400);
  });

  it('zips a PDF and a PNG for every published item of the department', async () => {
    const res = await server.fetch(`/api/v1/admin/catalog/posters?departmentId=${dept.id}&format=both`, { headers: admin.auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    expect(Object.keys(zip.files).sort()).toEqual([`${NAME}-${code}.pdf`, `${NAME}-${code}.png`]);
  });
});
