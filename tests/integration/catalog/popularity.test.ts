import { ZGuidesHome } from '@shared/schemas/catalog';
import { flushGuideViews, pendingGuideViews, stopGuideViews } from '../../../server/services/catalog/count-guide-views';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { send } from '../catalog-admin/fixtures';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('popularity from guide views', () => {
  it('counts views in memory, adds them to popularity on flush, and the home page ranks by them', async () => {
    const db = server.dbHandle.db;
    const home = ZGuidesHome.parse((await send(server, 'GET', '/guides/home')).body);
    const top = await db.serviceItem.findFirstOrThrow({ where: { implementationCode: home.popular[0]!.code } });
    // An item outside the popular list, with a name of its own, pulled level with the leader.
    const shown = new Set(home.popular.map((p) => p.name));
    const candidates = await db.serviceItemVersion.findMany({ where: { status: 'PUBLISHED' }, select: { name: true, item: { select: { id: true, implementationCode: true, updatedAt: true } } } });
    const target = candidates.find((c) => !shown.has(c.name) && candidates.filter((o) => o.name === c.name).length === 1)!;
    await db.$executeRaw`UPDATE service_items SET popularity = ${top.popularity} WHERE id = ${target.item.id}`;
    const before = await db.serviceItem.findUniqueOrThrow({ where: { id: target.item.id } });

    for (let i = 0; i < 3; i++) expect((await send(server, 'GET', `/guides/${target.item.implementationCode}`)).status).toBe(200);
    expect((await send(server, 'GET', '/guides/NO-SUCH-CODE')).status).toBe(404);
    expect(pendingGuideViews(db)).toBe(3); // the 404 is not a view
    expect((await db.serviceItem.findUniqueOrThrow({ where: { id: target.item.id } })).popularity).toBe(before.popularity); // nothing written yet

    expect(await flushGuideViews(db)).toBe(3);
    expect(pendingGuideViews(db)).toBe(0);
    const after = await db.serviceItem.findUniqueOrThrow({ where: { id: target.item.id } });
    expect(after.popularity).toBe(before.popularity + 3);
    expect(after.updatedAt).toEqual(before.updatedAt); // a view is not an edit: the admin list order stays

    const again = ZGuidesHome.parse((await send(server, 'GET', '/guides/home')).body);
    expect(again.popular[0]!.code).toBe(target.item.implementationCode);
    expect(await flushGuideViews(db)).toBe(0);
  });

  it('writes pending views at shutdown (stopGuideViews, called when the server stops)', async () => {
    const db = server.dbHandle.db;
    const item = await db.serviceItem.findFirstOrThrow({ where: { versions: { some: { status: 'PUBLISHED' } } }, orderBy: { implementationCode: 'desc' } });
    expect((await send(server, 'GET', `/guides/${item.implementationCode}`)).status).toBe(200);
    expect(pendingGuideViews(db)).toBe(1);
    await stopGuideViews(db);
    expect(pendingGuideViews(db)).toBe(0);
    expect((await db.serviceItem.findUniqueOrThrow({ where: { id: item.id } })).popularity).toBe(item.popularity + 1);
  });
});
