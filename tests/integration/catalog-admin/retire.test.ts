import { ZErrorBody } from '@shared/errors';
import { ZAdminItemList } from '@shared/schemas/catalog-admin';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { completeContent, department, send, uniqueCode } from './fixtures';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

async function publishedItem(editor: { auth: Record<string, string> }, dept: { id: string; regionCode: string }) {
  const code = uniqueCode('RT');
  const created = await send(server, 'POST', '/admin/catalog/items', {
    auth: editor.auth,
    body: { baseCode: 'B', implementationCode: code, departmentId: dept.id, regionCode: dept.regionCode, content: completeContent({ name: `下线测试${code}` }) },
  });
  expect((await send(server, 'POST', `/admin/catalog/versions/${created.body.id}/publish`, { auth: editor.auth, body: { revision: 1 } })).status).toBe(200);
  return { code, itemId: created.body.item.id as string };
}

describe('POST /api/v1/admin/catalog/items/:itemId/retire', () => {
  it('returns 401, 403 and 400 (no reason) before retiring', async () => {
    const db = server.dbHandle.db;
    const dept = await department(db, '保山市市场监督管理局');
    const editor = await createStaff(db, [{ role: 'CATALOGUE_EDITOR', departmentId: dept.id }]);
    const { itemId } = await publishedItem(editor, dept);
    const path = `/admin/catalog/items/${itemId}/retire`;
    expect((await send(server, 'POST', path, { body: { reason: '合并' } })).status).toBe(401);
    const citizen = await createCitizen(db);
    expect((await send(server, 'POST', path, { auth: citizen.auth, body: { reason: '合并' } })).status).toBe(403);
    expect((await send(server, 'POST', path, { auth: editor.auth, body: { reason: '  ' } })).status).toBe(400);
  });

  it('keeps the reason, lists it for editors and tells citizens the item was retired and why', async () => {
    const db = server.dbHandle.db;
    const dept = await department(db, '保山市市场监督管理局');
    const editor = await createStaff(db, [{ role: 'CATALOGUE_EDITOR', departmentId: dept.id }]);
    const { code, itemId } = await publishedItem(editor, dept);
    const reason = '已并入“开办餐饮店”一件事办理';
    expect((await send(server, 'POST', `/admin/catalog/items/${itemId}/retire`, { auth: editor.auth, body: { reason } })).status).toBe(200);
    expect(await db.serviceItemVersion.findFirst({ where: { itemId, status: 'RETIRED' }, select: { retiredReason: true } })).toEqual({ retiredReason: reason });

    const list = ZAdminItemList.parse((await send(server, 'GET', `/admin/catalog/items?q=${code}`, { auth: editor.auth })).body);
    expect(list.items).toEqual([expect.objectContaining({ implementationCode: code, status: 'RETIRED', retiredReason: reason })]);

    const guide = await send(server, 'GET', `/guides/${code}`);
    expect(guide.status).toBe(404);
    const message = ZErrorBody.parse(guide.body).error.message;
    expect(message).toMatch(/^该事项已于\d{4}年\d{1,2}月\d{1,2}日下线，原因：已并入“开办餐饮店”一件事办理。/);
    expect(message).not.toContain(itemId);

    // A new published version clears it from the list again.
    const draft = await send(server, 'POST', `/admin/catalog/items/${itemId}/drafts`, { auth: editor.auth });
    expect((await send(server, 'POST', `/admin/catalog/versions/${draft.body.id}/publish`, { auth: editor.auth, body: { revision: draft.body.revision } })).status).toBe(200);
    const again = ZAdminItemList.parse((await send(server, 'GET', `/admin/catalog/items?q=${code}`, { auth: editor.auth })).body);
    expect(again.items[0]!.retiredReason).toBeNull();
    expect((await send(server, 'GET', `/guides/${code}`)).status).toBe(200);
  });
});
