import { ZHomeResponse } from '@shared/schemas/home';
import { ZRegionList } from '@shared/schemas/region';
import { ZErrorBody } from '@shared/errors';
import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/v1/home', () => {
  it('returns the city, its counties with township counts, departments and stats from the database', async () => {
    const res = await server.get('/api/v1/home');
    expect(res.status).toBe(200);
    const home = ZHomeResponse.parse(await res.json());
    expect(home.city).toMatchObject({ code: '5305', name: '保山市', level: 'CITY', parentCode: null });
    // The integration database is shared by every test file of the run; some add regions of their own (the
    // supervision figures use a made-up county 530599), so only the seeded counties are compared here.
    const seeded = home.counties.filter((c) => c.code !== '530599');
    expect(seeded.map((c) => c.name)).toEqual(['隆阳区', '施甸县', '龙陵县', '昌宁县', '腾冲市']);
    expect(seeded.reduce((n, c) => n + c.townshipCount, 0)).toBe(76);
    expect(await server.dbHandle.db.region.count({ where: { code: { startsWith: '5305' }, NOT: { code: { startsWith: '530599' } } } })).toBe(1 + 5 + 76 + 957);
    expect(home.departments.length).toBe(home.stats.departments);
    expect(home.departments.map((d) => d.name)).toContain('保山市市场监督管理局');
  });

  it('is idempotent across restarts: seeding twice does not duplicate anything', async () => {
    const before = ZHomeResponse.parse(await (await server.get('/api/v1/home')).json()).stats;
    const again = await startTestServer();
    try {
      const home = ZHomeResponse.parse(await (await again.get('/api/v1/home')).json());
      expect(home.stats.regions).toBe(before.regions);
      expect(home.stats.departments).toBe(before.departments);
    } finally {
      await again.stop();
    }
  });
});

describe('GET /api/v1/regions', () => {
  it('returns the top of the tree without a parent', async () => {
    const list = ZRegionList.parse(await (await server.get('/api/v1/regions')).json());
    expect(list.items).toEqual([expect.objectContaining({ code: '5305', level: 'CITY' })]);
  });

  it('returns the townships of a county in code order', async () => {
    const list = ZRegionList.parse(await (await server.get('/api/v1/regions?parent=530581')).json());
    expect(list.items.length).toBeGreaterThan(10);
    expect(list.items.every((r) => r.level === 'TOWNSHIP' && r.parentCode === '530581')).toBe(true);
    expect(list.items.map((r) => r.name)).toContain('和顺镇');
    const codes = list.items.map((r) => r.code);
    expect([...codes].sort()).toEqual(codes);
  });

  it('returns 404 for an unknown parent', async () => {
    const res = await server.get('/api/v1/regions?parent=999999');
    expect(res.status).toBe(404);
    expect(ZErrorBody.parse(await res.json()).error.code).toBe('NOT_FOUND');
  });
});
