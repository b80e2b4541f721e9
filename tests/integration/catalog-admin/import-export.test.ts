import ExcelJS from 'exceljs';
import { ZImportReport } from '@shared/schemas/catalog-admin';
import { buildCatalogueSheets, type ExportItem } from '../../../server/domain/catalog/build-export';
import { parseCsv, readSpreadsheet, writeCsv, writeXlsx } from '../../../server/services/catalog-admin/spreadsheet';
import { createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { completeContent, uniqueCode } from './fixtures';
import { ZDraftContent } from '@shared/schemas/catalog-admin';

let server: TestServer;
let dept: { id: string; code: string; regionCode: string };
let editor: Awaited<ReturnType<typeof createStaff>>;
beforeAll(async () => {
  server = await startTestServer();
  dept = await server.dbHandle.db.department.findFirstOrThrow({ where: { name: '保山市市场监督管理局' }, select: { id: true, code: true, regionCode: true } });
  editor = await createStaff(server.dbHandle.db, [{ role: 'CATALOGUE_EDITOR', departmentId: dept.id }]);
});
afterAll(async () => {
  await server.stop();
});

const item = (patch: Parameters<typeof completeContent>[0] = {}): ExportItem => ({
  implementationCode: uniqueCode('IMP'),
  baseCode: '000123004000',
  departmentCode: dept.code,
  regionCode: dept.regionCode,
  content: ZDraftContent.parse(completeContent(patch)),
});

async function upload(body: Buffer | string, query = '', auth: Record<string, string> = editor.auth) {
  const res = await server.fetch(`/api/v1/admin/catalog/import${query}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  return { status: res.status, body: res.status === 200 ? ZImportReport.parse(await res.json()) : await res.json() };
}

/** Everything an import could touch, to prove a rejected file changed nothing. */
async function fingerprint() {
  const db = server.dbHandle.db;
  return {
    items: await db.serviceItem.count(),
    versions: await db.serviceItemVersion.count(),
    materials: await db.itemMaterial.count(),
    fees: await db.itemFee.count(),
    latest: await db.serviceItemVersion.aggregate({ _max: { updatedAt: true } }),
  };
}

describe('POST /api/v1/admin/catalog/import', () => {
  it('returns 401 without a token and 403 without the catalogue role', async () => {
    expect((await upload('x', '', {})).status).toBe(401);
    const clerk = await createStaff(server.dbHandle.db, [{ role: 'WINDOW_CLERK' }]);
    expect((await upload('x', '', clerk.auth)).status).toBe(403);
  });

  it('returns 413 for a file over 10 MB without reading it into the database', async () => {
    const res = await upload(Buffer.alloc(10 * 1024 * 1024 + 1, 0x41));
    expect(res.status).toBe(413);
  });

  it('returns 400 for an unknown mode', async () => {
    expect((await upload('x', '?mode=overwrite')).status).toBe(400);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), '文件为空'],
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), '不是电子表格'],
    ['a broken zip', Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(64, 1)]), '无法读取'],
    ['a CSV with other columns', Buffer.from('a,b,c\n1,2,3\n'), '缺少列“实施编码”'],
    ['a CSV with titles only', writeCsv([buildCatalogueSheets([])[0]![1][0]!]), '没有事项数据'],
  ])('reports %s and changes nothing', async (_name, file, message) => {
    const before = await fingerprint();
    const res = await upload(file);
    expect(res.status).toBe(200);
    const report = ZImportReport.parse(res.body);
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => e.message).join('\n')).toContain(message);
    expect(await fingerprint()).toEqual(before);
  });

  it('reports every bad row by row and column, and writes nothing while any row is bad', async () => {
    const good = [item(), item()];
    const bad1 = item({ channels: ['WINDOW'] }); // 0 visits at the window only
    const bad2 = item({ promisedLimit: 30 });
    const bad3 = { ...item(), departmentCode: 'NO-SUCH-DEPT' };
    const sheets = buildCatalogueSheets([good[0]!, bad1, good[1]!, bad2, bad3]);
    sheets[0]![1][4]![3] = '许可'; // 事项类型 of bad2 also wrong: reported too
    const before = await fingerprint();
    const report = ZImportReport.parse((await upload(await writeXlsx(sheets))).body);
    expect(report.ok).toBe(false);
    expect(report.rows).toBe(5);
    const byRow = report.errors.map((e) => `${e.row}:${e.column}`).sort();
    expect(byRow).toEqual(['3:办理形式', '5:事项类型', '6:实施主体编码']);
    expect(report.errors.find((e) => e.row === 5)!.message).toContain('行政许可');
    expect(await fingerprint()).toEqual(before);

    // Fix the rows: all five go in, as drafts.
    const fixed = buildCatalogueSheets([good[0]!, { ...bad1, content: { ...bad1.content, channels: ['ONLINE'] } }, good[1]!, { ...bad2, content: { ...bad2.content, promisedLimit: 3 } }, { ...bad3, departmentCode: dept.code }]);
    const ok = ZImportReport.parse((await upload(await writeXlsx(fixed))).body);
    expect(ok).toMatchObject({ ok: true, rows: 5, created: 5, updated: 0, published: 0, errors: [] });
    const v = await server.dbHandle.db.serviceItemVersion.findFirstOrThrow({ where: { item: { implementationCode: bad2.implementationCode } }, include: { materials: true } });
    expect(v).toMatchObject({ status: 'DRAFT', versionNo: 1, promisedLimit: 3 });
    expect(v.materials.map((m) => m.name).sort()).toEqual(['营业执照', '食品经营许可申请书']);
  });

  it('publishes directly, then re-imports an export as new versions, leaving the published rows untouched', async () => {
    const db = server.dbHandle.db;
    const a = item({ fees: [{ name: '工本费', standard: '10元', basis: '云价收费〔2016〕1号' }] });
    const b = item({ legalBasis: null }); // publishing requires the legal basis of a 行政许可
    const refused = ZImportReport.parse((await upload(await writeXlsx(buildCatalogueSheets([a, b])), '?mode=publish')).body);
    expect(refused.errors).toEqual([expect.objectContaining({ row: 3, column: '设定依据' })]);
    const published = ZImportReport.parse((await upload(await writeXlsx(buildCatalogueSheets([a, { ...b, content: { ...b.content, legalBasis: '《食品安全法》' } }])), '?mode=publish')).body);
    expect(published).toMatchObject({ ok: true, created: 2, published: 2 });
    const v1 = await db.serviceItemVersion.findFirstOrThrow({ where: { item: { implementationCode: a.implementationCode } }, include: { materials: true, fees: true } });
    expect(v1.status).toBe('PUBLISHED');

    // Export the department, change one element, import it back: version 2 published, version 1 retired unchanged.
    const exp = await server.fetch(`/api/v1/admin/catalog/export?departmentId=${dept.id}`, { headers: editor.auth });
    expect(exp.status).toBe(200);
    expect(exp.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await exp.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['事项', '申请材料', '收费项目', '情形', '常见问题', '办理流程']);
    const rows = wb.getWorksheet('事项')!;
    let target = 0;
    rows.eachRow((r, n) => {
      if (r.getCell(1).text === a.implementationCode) target = n;
    });
    expect(target).toBeGreaterThan(1);
    rows.getRow(target).getCell(11).value = '2'; // 承诺办结时限
    // Keep only this test's two items: the department may hold other tests' (and seeded) items.
    const read = await readSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()), '事项');
    if (!read.ok) throw new Error(read.message);
    const codes = new Set([a.implementationCode, b.implementationCode]);
    const only = [...read.sheets].map(([name, r]): [string, string[][]] => [name, r.filter((row, i) => i === 0 || codes.has(row[0]!))]);
    expect(only.map(([, r]) => r.length)).toEqual([3, 5, 2, 1, 3, 1]);
    const back = ZImportReport.parse((await upload(await writeXlsx(only), '?mode=publish')).body);
    expect(back).toMatchObject({ ok: true, updated: 2, published: 2 });
    const versions = await db.serviceItemVersion.findMany({ where: { itemId: v1.itemId }, orderBy: { versionNo: 'asc' }, include: { materials: true, fees: true } });
    expect(versions.map((v) => [v.versionNo, v.status, v.promisedLimit])).toEqual([[1, 'RETIRED', 5], [2, 'PUBLISHED', 2]]);
    const { status: _s, retiredAt: _r, updatedAt: _u, ...kept } = versions[0]!;
    const { status: _s1, retiredAt: _r1, updatedAt: _u1, ...orig } = v1;
    expect(kept).toEqual(orig);
    expect(versions[1]!.fees.map((f) => f.basis)).toEqual(['云价收费〔2016〕1号']);
  });

  it('imports situations, FAQs and process steps from their sheets, all or nothing', async () => {
    const db = server.dbHandle.db;
    const a = item({
      materials: [{ name: '申请书' }, { name: '授权委托书', requirement: 'CONDITIONAL' }],
      situations: [{ text: '谁来办理？', options: [{ text: '本人', materials: [] }, { text: '代办人', materials: ['授权委托书'] }] }],
      faqs: [{ question: '能邮寄吗？', answer: '可以。' }],
      processSteps: [{ name: '网上申请', description: '', timeLimit: null }, { name: '审核发证', description: '制证', timeLimit: '3个工作日' }],
    });
    // An option pointing at a material the item does not have: the whole file is refused, nothing written.
    const broken = { ...a, content: { ...a.content, situations: [{ text: '谁来办理？', multiple: false, options: [{ text: '代办人', materials: ['身份证'] }] }] } };
    const refused = ZImportReport.parse((await upload(await writeXlsx(buildCatalogueSheets([item(), broken])))).body);
    expect(refused.ok).toBe(false);
    expect(refused.errors).toEqual([
      expect.objectContaining({ sheet: '事项', row: 3, column: '情形', message: expect.stringContaining('OPTION_MATERIAL_UNKNOWN') }),
      expect.objectContaining({ sheet: '事项', row: 3, column: '申请材料', message: expect.stringContaining('CONDITIONAL_MATERIAL_UNREACHABLE') }),
    ]);
    expect(await db.serviceItem.count({ where: { implementationCode: a.implementationCode } })).toBe(0);

    const report = ZImportReport.parse((await upload(await writeXlsx(buildCatalogueSheets([a])), '?mode=publish')).body);
    expect(report).toMatchObject({ ok: true, created: 1, published: 1 });
    const v = await db.serviceItemVersion.findFirstOrThrow({
      where: { item: { implementationCode: a.implementationCode } },
      include: { faqs: true, questions: { include: { options: { orderBy: { sortOrder: 'asc' }, include: { materials: { include: { material: true } } } } } } },
    });
    expect(v.processSteps).toEqual(a.content.processSteps);
    expect(v.faqs.map((f) => f.question)).toEqual(['能邮寄吗？']);
    expect(v.questions.map((q) => [q.text, q.options.map((o) => [o.text, o.materials.map((l) => l.material.name)])])).toEqual([
      ['谁来办理？', [['本人', []], ['代办人', ['授权委托书']]]],
    ]);
  });

  it('exports and imports the 事项 sheet as CSV, keeping materials of existing items', async () => {
    const db = server.dbHandle.db;
    const a = item({ name: 'CSV往返测试事项' });
    expect(ZImportReport.parse((await upload(await writeXlsx(buildCatalogueSheets([a])), '?mode=publish')).body).ok).toBe(true);
    const exp = await server.fetch(`/api/v1/admin/catalog/export?format=csv&departmentId=${dept.id}`, { headers: editor.auth });
    expect(exp.headers.get('content-type')).toContain('text/csv');
    const csv = parseCsv((await exp.text()).replace(/^\ufeff/, ''));
    const mine = csv.filter((r, i) => i === 0 || r[0] === a.implementationCode);
    expect(mine).toHaveLength(2);
    mine[1]![2] = 'CSV往返测试事项（修订）';
    const report = ZImportReport.parse((await upload(writeCsv(mine), '?mode=publish')).body);
    expect(report).toMatchObject({ ok: true, updated: 1, published: 1 });
    const v2 = await db.serviceItemVersion.findFirstOrThrow({ where: { item: { implementationCode: a.implementationCode }, status: 'PUBLISHED' }, include: { materials: true } });
    expect(v2).toMatchObject({ versionNo: 2, name: 'CSV往返测试事项（修订）' });
    expect(v2.materials).toHaveLength(2);
  });
});

describe('GET /api/v1/admin/catalog/export', () => {
  it('returns 401 without a token and 403 without the catalogue role, 400 for a bad format', async () => {
    expect((await server.fetch('/api/v1/admin/catalog/export')).status).toBe(401);
    const clerk = await createStaff(server.dbHandle.db, [{ role: 'HANDLER' }]);
    expect((await server.fetch('/api/v1/admin/catalog/export', { headers: clerk.auth })).status).toBe(403);
    expect((await server.fetch('/api/v1/admin/catalog/export?format=pdf', { headers: editor.auth })).status).toBe(400);
  });
});
