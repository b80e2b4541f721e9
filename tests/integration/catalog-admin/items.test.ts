import { ZErrorBody } from '@shared/errors';
import { ZAdminItemList, ZAdminVersion, ZVersionChange } from '@shared/schemas/catalog-admin';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { completeContent, department, send, uniqueCode } from './fixtures';

let server: TestServer;
let scjg: { id: string; regionCode: string };
let editor: Awaited<ReturnType<typeof createStaff>>;
beforeAll(async () => {
  server = await startTestServer();
  scjg = await department(server.dbHandle.db, '保山市市场监督管理局');
  editor = await createStaff(server.dbHandle.db, [{ role: 'CATALOGUE_EDITOR', departmentId: scjg.id }]);
});
afterAll(async () => {
  await server.stop();
});

const newItem = (content = completeContent()) => ({ baseCode: '000123004000', implementationCode: uniqueCode('SCJG'), departmentId: scjg.id, regionCode: scjg.regionCode, content });

describe('POST /api/v1/admin/catalog/items', () => {
  it('returns 401 without a token', async () => {
    const res = await send(server, 'POST', '/admin/catalog/items', { body: newItem() });
    expect(res.status).toBe(401);
  });

  it('returns 403 for a citizen and for staff without a catalogue role', async () => {
    const citizen = await createCitizen(server.dbHandle.db);
    expect((await send(server, 'POST', '/admin/catalog/items', { auth: citizen.auth, body: newItem() })).status).toBe(403);
    const clerk = await createStaff(server.dbHandle.db, [{ role: 'WINDOW_CLERK', departmentId: scjg.id }]);
    expect((await send(server, 'POST', '/admin/catalog/items', { auth: clerk.auth, body: newItem() })).status).toBe(403);
  });

  it('returns 403 for an editor of another department', async () => {
    const other = await department(server.dbHandle.db, '保山市公安局');
    const stranger = await createStaff(server.dbHandle.db, [{ role: 'CATALOGUE_EDITOR', departmentId: other.id }]);
    const res = await send(server, 'POST', '/admin/catalog/items', { auth: stranger.auth, body: newItem() });
    expect(res.status).toBe(403);
    expect(ZErrorBody.parse(res.body).error.message).toContain('管理范围');
  });

  it('returns 400 for a malformed body and for self-contradictory elements, listing every problem', async () => {
    const bad = await send(server, 'POST', '/admin/catalog/items', { auth: editor.auth, body: { ...newItem(), departmentId: 'x', content: { name: 1 } } });
    expect(bad.status).toBe(400);
    expect(ZErrorBody.parse(bad.body).error.code).toBe('VALIDATION_FAILED');

    const contradictory = completeContent({ channels: ['WINDOW'], promisedLimit: 30, complaintPhone: '0875 2123456' });
    const res = await send(server, 'POST', '/admin/catalog/items', { auth: editor.auth, body: newItem(contradictory) });
    expect(res.status).toBe(400);
    const details = ZErrorBody.parse(res.body).error.details!;
    expect(details.map((d) => d.path).sort()).toEqual(['body.content.channels', 'body.content.complaintPhone', 'body.content.promisedLimit']);
    expect(details.find((d) => d.path.endsWith('channels'))!.message).toContain('网上办理或邮寄');
  });

  it('returns 409 for a duplicate implementation code', async () => {
    const body = newItem();
    expect((await send(server, 'POST', '/admin/catalog/items', { auth: editor.auth, body })).status).toBe(200);
    expect((await send(server, 'POST', '/admin/catalog/items', { auth: editor.auth, body })).status).toBe(409);
  });

  it('creates the item with version 1 as a draft, listing what publishing would still require', async () => {
    const res = await send(server, 'POST', '/admin/catalog/items', { auth: editor.auth, body: newItem(completeContent({ conditions: null, materials: [] })) });
    expect(res.status).toBe(200);
    const v = ZAdminVersion.parse(res.body);
    expect(v).toMatchObject({ versionNo: 1, status: 'DRAFT', revision: 1 });
    expect(v.violations.map((x) => x.code).sort()).toEqual(['CONDITIONS_MISSING', 'MATERIALS_MISSING']);
  });
});

describe('draft → publish → new draft → publish → retire', () => {
  it('walks the whole lifecycle and never modifies a published version', async () => {
    const db = server.dbHandle.db;
    const created = ZAdminVersion.parse((await send(server, 'POST', '/admin/catalog/items', { auth: editor.auth, body: newItem(completeContent({ legalBasis: null })) })).body);
    const v1 = created.id;

    // Publishing an incomplete draft is refused with the full list.
    const refused = await send(server, 'POST', `/admin/catalog/versions/${v1}/publish`, { auth: editor.auth, body: { revision: 1 } });
    expect(refused.status).toBe(400);
    expect(ZErrorBody.parse(refused.body).error.details).toEqual([{ path: 'content.legalBasis', message: expect.stringContaining('LEGAL_BASIS_MISSING') }]);

    // Edit with the revision read; a stale revision is 409.
    const saved = await send(server, 'PUT', `/admin/catalog/versions/${v1}`, { auth: editor.auth, body: { revision: 1, content: completeContent() } });
    expect(saved.status).toBe(200);
    expect(ZAdminVersion.parse(saved.body)).toMatchObject({ revision: 2, violations: [] });
    const stale = await send(server, 'PUT', `/admin/catalog/versions/${v1}`, { auth: editor.auth, body: { revision: 1, content: completeContent({ name: '覆盖' }) } });
    expect(stale.status).toBe(409);

    // A situation (情形) pointing at a material, to prove the deep copy re-links it.
    const licence = await db.itemMaterial.findFirstOrThrow({ where: { versionId: v1, name: '营业执照' } });
    await db.itemQuestion.create({
      data: { versionId: v1, text: '是否已办理营业执照？', options: { create: [{ text: '已办理', materials: { create: [{ materialId: licence.id }] } }] } },
    });

    const published = await send(server, 'POST', `/admin/catalog/versions/${v1}/publish`, { auth: editor.auth, body: { revision: 2 } });
    expect(published.status).toBe(200);
    expect(ZVersionChange.parse(published.body)).toMatchObject({ versionId: v1, versionNo: 1, status: 'PUBLISHED', retiredVersionId: null });

    const snapshot = async (id: string) =>
      db.serviceItemVersion.findUniqueOrThrow({
        where: { id },
        include: { materials: { orderBy: { sortOrder: 'asc' } }, fees: true, faqs: true, questions: { include: { options: { include: { materials: true } } } } },
      });
    const before = await snapshot(v1);

    // The published version cannot be edited or published again.
    expect((await send(server, 'PUT', `/admin/catalog/versions/${v1}`, { auth: editor.auth, body: { revision: 3, content: completeContent({ name: '改名' }) } })).status).toBe(409);
    expect((await send(server, 'POST', `/admin/catalog/versions/${v1}/publish`, { auth: editor.auth, body: { revision: 3 } })).status).toBe(409);

    // New draft: a deep copy with new row ids, situations re-linked to the copied materials.
    const draftRes = await send(server, 'POST', `/admin/catalog/items/${created.item.id}/drafts`, { auth: editor.auth });
    expect(draftRes.status).toBe(200);
    const v2 = ZAdminVersion.parse(draftRes.body);
    expect(v2).toMatchObject({ versionNo: 2, status: 'DRAFT', situationCount: 1 });
    expect(v2.content.materials.map((m) => m.name)).toEqual(['食品经营许可申请书', '营业执照']);
    expect(v2.content.materials.map((m) => m.id)).not.toContain(licence.id);
    const link = await db.itemOptionMaterial.findFirstOrThrow({ where: { option: { question: { versionId: v2.id } } } });
    expect(link.materialId).toBe(v2.content.materials[1]!.id);
    expect((await send(server, 'POST', `/admin/catalog/items/${created.item.id}/drafts`, { auth: editor.auth })).status).toBe(409);

    // Edit the draft heavily: rename, change a kept material, drop one, add a fee.
    const content = completeContent({
      name: '食品经营许可（新办）2026版',
      promisedLimit: 3,
      materials: [{ id: v2.content.materials[1]!.id, name: '营业执照（副本）', source: 'GOVERNMENT' }, { name: '健康证明' }],
      fees: [{ name: '工本费', standard: '0元', basis: '财税〔2014〕101号' }],
    });
    const edited = ZAdminVersion.parse((await send(server, 'PUT', `/admin/catalog/versions/${v2.id}`, { auth: editor.auth, body: { revision: v2.revision, content } })).body);
    expect(edited.content.materials.map((m) => m.name)).toEqual(['营业执照（副本）', '健康证明']);
    expect(await db.itemOptionMaterial.count({ where: { materialId: v2.content.materials[1]!.id } })).toBe(1);
    expect(await snapshot(v1)).toEqual(before);

    // Publish v2: v1 is retired with its content intact.
    const p2 = ZVersionChange.parse((await send(server, 'POST', `/admin/catalog/versions/${v2.id}/publish`, { auth: editor.auth, body: { revision: edited.revision } })).body);
    expect(p2).toMatchObject({ versionNo: 2, retiredVersionId: v1 });
    const after = await snapshot(v1);
    expect(after.status).toBe('RETIRED');
    expect(after.retiredAt).not.toBeNull();
    const strip = (s: typeof before) => ({ ...s, status: null, retiredAt: null, updatedAt: null });
    expect(strip(after)).toEqual(strip(before));
    expect(await db.serviceItemVersion.count({ where: { itemId: created.item.id, status: 'PUBLISHED' } })).toBe(1);

    // List shows the item as published at v2; retire takes it off.
    const list = ZAdminItemList.parse((await send(server, 'GET', `/admin/catalog/items?q=${encodeURIComponent('2026版')}`, { auth: editor.auth })).body);
    expect(list.items).toEqual([expect.objectContaining({ itemId: created.item.id, status: 'PUBLISHED', publishedVersionNo: 2, draftVersionId: null })]);
    expect((await send(server, 'POST', `/admin/catalog/items/${created.item.id}/retire`, { auth: editor.auth, body: {} })).status).toBe(400);
    const retired = await send(server, 'POST', `/admin/catalog/items/${created.item.id}/retire`, { auth: editor.auth, body: { reason: '法规废止' } });
    expect(ZVersionChange.parse(retired.body)).toMatchObject({ versionId: v2.id, status: 'RETIRED' });
    expect((await send(server, 'POST', `/admin/catalog/items/${created.item.id}/retire`, { auth: editor.auth, body: { reason: '再次' } })).status).toBe(409);
  });
});

describe('races between two editors', () => {
  it('gives 409, never 500, when two drafts or two items with one code are created at once', async () => {
    const body = newItem();
    const both = await Promise.all([1, 2].map(() => send(server, 'POST', '/admin/catalog/items', { auth: editor.auth, body })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const created = both.find((r) => r.status === 200)!.body;
    expect((await send(server, 'POST', `/admin/catalog/versions/${created.id}/publish`, { auth: editor.auth, body: { revision: 1 } })).status).toBe(200);
    const drafts = await Promise.all([1, 2, 3].map(() => send(server, 'POST', `/admin/catalog/items/${created.item.id}/drafts`, { auth: editor.auth })));
    expect(drafts.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await server.dbHandle.db.serviceItemVersion.count({ where: { itemId: created.item.id, status: 'DRAFT' } })).toBe(1);
  });

  it('lets only one of two concurrent publishes of the same draft through', async () => {
    const created = (await send(server, 'POST', '/admin/catalog/items', { auth: editor.auth, body: newItem() })).body;
    const both = await Promise.all([1, 2].map(() => send(server, 'POST', `/admin/catalog/versions/${created.id}/publish`, { auth: editor.auth, body: { revision: 1 } })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await server.dbHandle.db.serviceItemVersion.count({ where: { itemId: created.item.id, status: 'PUBLISHED' } })).toBe(1);
  });
});

describe('GET /api/v1/admin/catalog/items', () => {
  it('returns 401/403 before anything else', async () => {
    expect((await send(server, 'GET', '/admin/catalog/items')).status).toBe(401);
    const supervisor = await createStaff(server.dbHandle.db, [{ role: 'SUPERVISOR' }]);
    expect((await send(server, 'GET', '/admin/catalog/items', { auth: supervisor.auth })).status).toBe(403);
  });

  it('returns 400 for a bad page size', async () => {
    expect((await send(server, 'GET', '/admin/catalog/items?pageSize=1000', { auth: editor.auth })).status).toBe(400);
  });

  it('shows an editor only the items their grants reach', async () => {
    const db = server.dbHandle.db;
    const police = await department(db, '保山市公安局');
    const admin = await createStaff(db, [{ role: 'SYSTEM_ADMIN' }]);
    const code = uniqueCode('GA');
    const res = await send(server, 'POST', '/admin/catalog/items', { auth: admin.auth, body: { ...newItem(), implementationCode: code, departmentId: police.id } });
    expect(res.status).toBe(200);
    const mine = ZAdminItemList.parse((await send(server, 'GET', `/admin/catalog/items?q=${code}`, { auth: editor.auth })).body);
    expect(mine.total).toBe(0);
    const all = ZAdminItemList.parse((await send(server, 'GET', `/admin/catalog/items?q=${code}`, { auth: admin.auth })).body);
    expect(all.items.map((i) => i.implementationCode)).toEqual([code]);
    const versionId = all.items[0]!.latestVersionId;
    expect((await send(server, 'GET', `/admin/catalog/versions/${versionId}`, { auth: editor.auth })).status).toBe(403);
    expect((await send(server, 'GET', `/admin/catalog/versions/${versionId}`, { auth: admin.auth })).status).toBe(200);
    expect((await send(server, 'GET', '/admin/catalog/versions/00000000-0000-4000-8000-000000000000', { auth: admin.auth })).status).toBe(404);
  });
});
