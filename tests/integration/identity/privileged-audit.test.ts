import { hashPassword } from '../../../server/crypto/password';
import { createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { completeContent, department, send, uniqueCode } from '../catalog-admin/fixtures';
import { call } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;
const rowsOf = (staffId: string) => db().auditLog.findMany({ where: { actorStaffId: staffId, action: 'PRIVILEGED_ACTION' }, orderBy: { createdAt: 'asc' } });

describe('privileged actions are audited', () => {
  it('a staff password sign-in writes staff.login with the session, ip and request id; a failed one writes no privileged row', async () => {
    const username = `audit-${Date.now()}`;
    const staff = await db().staff.create({ data: { name: '周宁', username, passwordHash: await hashPassword('correct-horse-1') } });
    expect((await call(server, 'POST', '/api/v1/staff/auth/login', { body: { username, password: 'wrong-horse-11' } })).status).toBe(401);
    expect(await rowsOf(staff.id)).toEqual([]);
    const ok = await call(server, 'POST', '/api/v1/staff/auth/login', { body: { username, password: 'correct-horse-1' } });
    expect(ok.status).toBe(200);
    const [row] = await rowsOf(staff.id);
    expect(row).toMatchObject({ actorKind: 'STAFF', actorLabel: '周宁', purpose: 'staff.login', entity: 'sessions', requestId: ok.headers.get('x-request-id') });
    expect(row!.ip).toBeTruthy();
    expect(await db().session.findUnique({ where: { id: row!.entityId } })).not.toBeNull();
  });

  it('catalogue create, publish, retire and export each leave one row; a refused publish leaves none', async () => {
    const scjg = await department(db(), '保山市市场监督管理局');
    const editor = await createStaff(db(), [{ role: 'CATALOGUE_EDITOR', departmentId: scjg.id }], { name: '周宁' });
    const body = { baseCode: '000123004000', implementationCode: uniqueCode('AUD'), departmentId: scjg.id, regionCode: scjg.regionCode, content: completeContent({ legalBasis: null }) };
    const created = await send(server, 'POST', '/admin/catalog/items', { auth: editor.auth, body });
    expect(created.status).toBe(200);
    const versionId = created.body.id as string;
    expect((await send(server, 'POST', `/admin/catalog/versions/${versionId}/publish`, { auth: editor.auth, body: { revision: 1 } })).status).toBe(400);
    expect((await send(server, 'PUT', `/admin/catalog/versions/${versionId}`, { auth: editor.auth, body: { revision: 1, content: completeContent() } })).status).toBe(200);
    expect((await send(server, 'POST', `/admin/catalog/versions/${versionId}/publish`, { auth: editor.auth, body: { revision: 2 } })).status).toBe(200);
    expect((await send(server, 'POST', `/admin/catalog/items/${created.body.item.id}/retire`, { auth: editor.auth, body: { reason: '法规废止' } })).status).toBe(200);
    const exp = await server.fetch(`/api/v1/admin/catalog/export?departmentId=${scjg.id}`, { headers: editor.auth });
    expect(exp.status).toBe(200);
    await exp.arrayBuffer();

    const rows = await rowsOf(editor.staff.id);
    expect(rows.map((r) => r.purpose)).toEqual(['catalog.create', 'catalog.publish', 'catalog.retire', 'catalog.export']);
    expect(rows[1]).toMatchObject({ entity: 'service_item_versions', entityId: versionId, actorLabel: '周宁' });
    expect(rows[0]!.entityId).toBe(versionId);
    expect(rows[2]).toMatchObject({ entity: 'service_items', entityId: created.body.item.id });
  });
});
