import { ZCatalogStats } from '@shared/schemas/catalog-admin';
import { checkForPublish } from '../../../server/domain/catalog/consistency';
import { draftToElements } from '../../../server/domain/catalog/from-draft';
import { loadVersionRow, rowContent } from '../../../server/presenters/admin-version.presenter';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { completeContent, send, uniqueCode } from './fixtures';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/v1/catalog/stats', () => {
  it('returns 401 without a token, 403 for citizens and for staff without a supervision role', async () => {
    expect((await send(server, 'GET', '/catalog/stats')).status).toBe(401);
    const citizen = await createCitizen(server.dbHandle.db);
    expect((await send(server, 'GET', '/catalog/stats', { auth: citizen.auth })).status).toBe(403);
    const editor = await createStaff(server.dbHandle.db, [{ role: 'CATALOGUE_EDITOR' }]);
    expect((await send(server, 'GET', '/catalog/stats', { auth: editor.auth })).status).toBe(403);
  });

  it('returns 400 for a malformed department and 404 for an unknown region', async () => {
    const sup = await createStaff(server.dbHandle.db, [{ role: 'SUPERVISOR' }]);
    expect((await send(server, 'GET', '/catalog/stats?department=abc', { auth: sup.auth })).status).toBe(400);
    expect((await send(server, 'GET', '/catalog/stats?region=999999', { auth: sup.auth })).status).toBe(404);
  });

  it('computes the figures of a county from its published items, per department and township', async () => {
    const db = server.dbHandle.db;
    // 腾冲市 (530581) and one of its townships: a fresh department so the figures are exactly ours.
    const township = await db.region.findFirstOrThrow({ where: { parentCode: '530581', name: '和顺镇' } });
    const dept = await db.department.create({ data: { code: uniqueCode('D'), name: '统计测试局', regionCode: '530581' } });
    const admin = await createStaff(db, [{ role: 'SYSTEM_ADMIN' }]);
    const publish = async (regionCode: string, patch: Parameters<typeof completeContent>[0]) => {
      const created = await send(server, 'POST', '/admin/catalog/items', {
        auth: admin.auth,
        body: { baseCode: 'B1', implementationCode: uniqueCode('S'), departmentId: dept.id, regionCode, content: completeContent({ level: 'COUNTY', ...patch }) },
      });
      expect(created.status).toBe(200);
      const res = await send(server, 'POST', `/admin/catalog/versions/${created.body.id}/publish`, { auth: admin.auth, body: { revision: created.body.revision } });
      expect(res.status).toBe(200);
    };
    await publish('530581', {}); // 0 visits, 75% compression, online, centre, courier
    await publish('530581', { visitsNeeded: 2, visitsReason: '现场勘验', channels: ['WINDOW'], inServiceCentre: false, courierDelivery: false, promisedLimit: 20 });
    await publish(township.code, { handlingType: 'INSTANT', promisedLimit: 1, statutoryLimit: null, statutoryLimitUnit: null, channels: ['ONLINE', 'WINDOW'] });

    const sup = await createStaff(db, [{ role: 'SUPERVISOR', regionCode: '530581' }]);
    const res = await send(server, 'GET', `/catalog/stats?region=530581&department=${dept.id}`, { auth: sup.auth });
    expect(res.status).toBe(200);
    const stats = ZCatalogStats.parse(res.body);
    expect(stats.region).toEqual({ code: '530581', name: '腾冲市' });
    expect(stats.total).toMatchObject({
      items: 3,
      atMostOneVisit: { count: 2, share: 0.6667, target: 0.6, met: true },
      compression: { counted: 2, average: 0.375, minimum: 0, target: 0.5, met: false },
      online: { count: 2, share: 0.6667, met: false },
      inCentre: { count: 2, met: false },
      instant: { count: 1, share: 0.3333 },
      courier: { count: 2 },
    });
    expect(stats.byDepartment).toEqual([expect.objectContaining({ departmentId: dept.id, name: '统计测试局' })]);
    expect(stats.byRegion.map((r) => [r.name, r.stats.items])).toEqual([
      ['腾冲市', 2],
      ['和顺镇', 1],
    ]);

    // A supervisor of another county sees none of these items.
    const other = await createStaff(db, [{ role: 'SUPERVISOR', regionCode: '530502' }]);
    const limited = ZCatalogStats.parse((await send(server, 'GET', `/catalog/stats?department=${dept.id}`, { auth: other.auth })).body);
    expect(limited).toMatchObject({ scopeLimited: true, total: { items: 0 } });
  });

  it('shows that the seeded city catalogue meets every programme target, and every published item passes the publish rules', async () => {
    const db = server.dbHandle.db;
    const chen = await createStaff(db, [{ role: 'SUPERVISOR', regionCode: '5305' }]);
    const stats = ZCatalogStats.parse((await send(server, 'GET', '/catalog/stats?region=5305', { auth: chen.auth })).body);
    expect(stats.total.items).toBeGreaterThanOrEqual(120);
    expect([stats.total.atMostOneVisit.met, stats.total.compression.met, stats.total.online.met, stats.total.inCentre.met]).toEqual([true, true, true, true]);
    expect(stats.byRegion.map((r) => r.name)).toEqual(expect.arrayContaining(['保山市', '隆阳区', '腾冲市']));
    const published = await db.serviceItemVersion.findMany({ where: { status: 'PUBLISHED' }, select: { id: true } });
    const broken: string[] = [];
    for (const { id } of published) {
      const row = await loadVersionRow(db, id);
      for (const v of checkForPublish(draftToElements(rowContent(row), row.item.departmentId))) broken.push(`${row.item.implementationCode} ${v.code}`);
    }
    expect(broken).toEqual([]);
  }, 60_000);
});
