import { createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { completeContent, department, send, uniqueCode } from './fixtures';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('publishing and retiring reach citizens at once', () => {
  it('shows the published version on the guide page and search, and hides it after retiring', async () => {
    const db = server.dbHandle.db;
    const dept = await department(db, '保山市市场监督管理局');
    const editor = await createStaff(db, [{ role: 'CATALOGUE_EDITOR', departmentId: dept.id }]);
    const code = uniqueCode('CV');
    const name = `测试事项${code}`;
    const created = await send(server, 'POST', '/admin/catalog/items', {
      auth: editor.auth,
      body: { baseCode: 'B', implementationCode: code, departmentId: dept.id, regionCode: dept.regionCode, content: completeContent({ name }) },
    });
    // Warm the search index before publishing, so the test proves the index is invalidated (not merely built late).
    await send(server, 'GET', `/guides/search?q=${encodeURIComponent(name)}`);
    expect((await send(server, 'GET', `/guides/${code}`)).status).toBe(404);

    expect((await send(server, 'POST', `/admin/catalog/versions/${created.body.id}/publish`, { auth: editor.auth, body: { revision: 1 } })).status).toBe(200);
    const guide = await send(server, 'GET', `/guides/${code}`);
    expect(guide.status).toBe(200);
    expect(guide.body.name).toBe(name);
    const found = await send(server, 'GET', `/guides/search?q=${encodeURIComponent(name)}`);
    expect(JSON.stringify(found.body)).toContain(code);

    expect((await send(server, 'POST', `/admin/catalog/items/${created.body.item.id}/retire`, { auth: editor.auth, body: { reason: '测试下线' } })).status).toBe(200);
    expect((await send(server, 'GET', `/guides/${code}`)).status).toBe(404);
  });
});
