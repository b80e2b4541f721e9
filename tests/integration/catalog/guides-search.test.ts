import { Client } from 'pg';
import { ZErrorBody } from '@shared/errors';
import { ZGuideSearchResponse, type TGuideSearchResponse } from '@shared/schemas/catalog';
import { invalidateSearchIndex } from '../../../server/services/catalog/search-index';
import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 30_000);
afterAll(async () => {
  await server.stop();
});

async function search(qs: string): Promise<TGuideSearchResponse> {
  const res = await server.get(`/api/v1/guides/search?${qs}`);
  expect(res.status).toBe(200);
  return ZGuideSearchResponse.parse(await res.json());
}
const q = (text: string, extra = '') => search(`q=${encodeURIComponent(text)}${extra}`);
const names = (r: TGuideSearchResponse) => r.items.map((i) => i.name);

describe('GET /api/v1/guides/search', () => {
  it('returns 401 for a malformed bearer token, even on a public endpoint', async () => {
    const res = await server.get('/api/v1/guides/search?q=a', { headers: { Authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
  });

  it.each([
    ['query.flags.0', 'flags=FAST'],
    ['query.page', 'page=0'],
    ['query.pageSize', 'pageSize=500'],
    ['query.level', 'level=GALAXY'],
    ['query.q', `q=${'办'.repeat(1000)}`],
    ['query.region', 'region=abc'],
  ])('returns 400 with a Chinese message for a bad %s', async (path, qs) => {
    const res = await server.get(`/api/v1/guides/search?${qs}`);
    expect(res.status).toBe(400);
    const body = ZErrorBody.parse(await res.json());
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details?.map((d) => d.path)).toContain(path);
    expect(body.error.details?.find((d) => d.path === path)?.message).toMatch(/\p{Script=Han}/u);
  });

  it.each(['', '   ', '😀🎉', "'; DROP TABLE service_items; --", '%_%', '\\x00', 'a'.repeat(100), '<script>alert(1)</script>'])(
    'never fails on odd input %j',
    async (text) => {
      const r = await q(text);
      expect(r.total).toBeGreaterThanOrEqual(0);
    },
  );

  it('lists by popularity without a query', async () => {
    const r = await search('');
    expect(r.total).toBeGreaterThanOrEqual(120);
    expect(r.items).toHaveLength(20);
    expect(r.items.every((i) => i.matchedBy === null)).toBe(true);
  });

  it('finds 食品经营许可 and 开办企业一件事 for the everyday word 开饭店 and its initials kfd', async () => {
    for (const text of ['开饭店', 'kfd']) {
      const r = await q(text);
      expect(names(r).slice(0, 8)).toContain('食品经营许可');
      expect(r.items.find((i) => i.name === '食品经营许可')).toMatchObject({ matchedBy: 'synonym', matchedTerm: '开饭店' });
      expect(r.bundles.map((b) => b.name)).toContain('开办企业一件事');
    }
  });

  it('maps 营业执照 in Chinese, initials and full pinyin to business registration', async () => {
    for (const text of ['营业执照', 'yyzz', 'yingyezhizhao']) expect(names(await q(text))[0]).toMatch(/企业设立登记|个体工商户登记/);
  });

  it('maps everyday words to official names: 开公司 → 企业设立登记, 办身份证 → 居民身份证申领', async () => {
    expect(names(await q('开公司'))[0]).toBe('企业设立登记');
    expect(names(await q('办身份证'))[0]).toBe('居民身份证申领');
    expect(names(await q('我想办身份证'))[0]).toBe('居民身份证申领');
  });

  it('highlights the matched part of the name', async () => {
    const r = await q('食品经营');
    const hit = r.items.find((i) => i.name === '食品经营许可')!;
    expect(hit).toMatchObject({ matchedBy: 'name', highlights: [[0, 4]] });
    const py = (await q('shipin')).items.find((i) => i.name === '食品经营许可')!;
    expect(py).toMatchObject({ matchedBy: 'pinyin', highlights: [[0, 2]] });
  });

  it('tolerates typos: a homophone character and a slip in pinyin', async () => {
    const homophone = await q('食品经营许刻');
    expect(names(homophone)[0]).toBe('食品经营许可');
    expect(homophone.items[0]!.matchedBy).toBe('fuzzy');
    expect(names(await q('shipinjingyinxuke'))[0]).toBe('食品经营许可');
  });

  it('finds fragments in order: 企业登记 → 企业设立登记', async () => {
    expect(names(await q('企业登记'))).toContain('企业设立登记');
  });

  it('filters by flags, level, theme, department and the citizen’s place', async () => {
    const zero = await search('flags=ZERO_VISIT,ONLINE&pageSize=50');
    expect(zero.total).toBeGreaterThan(50);
    expect(zero.items.every((i) => i.visitsNeeded === 0 && i.flags.includes('ONLINE'))).toBe(true);
    const repeated = await search('flags=ZERO_VISIT&flags=ONLINE&pageSize=1');
    expect(repeated.total).toBe(zero.total);

    const village = await search('level=VILLAGE&pageSize=50');
    expect(village.items.length).toBeGreaterThan(0);
    expect(village.items.every((i) => i.level === 'VILLAGE')).toBe(true);

    const birth = await search('theme=birth&pageSize=50');
    expect(birth.items.map((i) => i.name)).toEqual(expect.arrayContaining(['出生医学证明', '出生登记（户口申报）']));
    expect(birth.bundles.map((b) => b.name)).toContain('出生一件事');

    const dept = await search('department=5305-SCJG&pageSize=50');
    expect(dept.items.every((i) => i.departmentCode === '5305-SCJG')).toBe(true);

    // 和顺镇 (腾冲市): items of the city, 腾冲市 and 和顺镇 only, never another county's.
    const heshun = await search('region=530581105&pageSize=50&q=' + encodeURIComponent('食品经营许可'));
    const places = new Set(heshun.items.map((i) => i.regionCode));
    expect([...places].every((c) => ['5305', '530581', '530581105'].includes(c))).toBe(true);
    expect([...places]).toEqual(expect.arrayContaining(['5305', '530581']));
    const local = await search('region=530581105&level=TOWNSHIP&pageSize=50');
    expect(local.items.length).toBeGreaterThan(0);
    expect(local.items.every((i) => i.regionCode === '530581105')).toBe(true);
  });

  it('pages through results without overlap', async () => {
    const p1 = await search('pageSize=10&page=1');
    const p2 = await search('pageSize=10&page=2');
    expect(p2.items.map((i) => i.code).filter((c) => p1.items.some((i) => i.code === c))).toEqual([]);
    expect(p2.bundles).toEqual([]);
  });

  it('sees catalogue changes: at once after invalidateSearchIndex(), and from the database fingerprint within a second', async () => {
    const pg = new Client({ connectionString: process.env.ONETRIP_TEST_DB_URL });
    await pg.connect();
    try {
      const rename = (name: string) =>
        pg.query(
          `UPDATE service_item_versions SET name = $1, updated_at = now() WHERE item_id = (SELECT id FROM service_items WHERE implementation_code = '5305-JT-QT00109')`,
          [name],
        );
      await q('修车'); // warm the index
      await rename('机动车维修经营备案（摩托车）');
      invalidateSearchIndex();
      expect(names(await q('摩托车'))).toEqual(['机动车维修经营备案（摩托车）']);
      await rename('机动车维修经营备案（电动车）');
      await new Promise((r) => setTimeout(r, 1_100));
      expect(names(await q('电动车'))).toEqual(['机动车维修经营备案（电动车）']);
      await rename('机动车维修经营备案');
    } finally {
      await pg.end();
    }
  });
});

describe('malformed URLs', () => {
  it.each(['/api/v1/guides/search?q=%E0%A4%A', '/api/v1/guides/search?q=%', '/api/v1/guides/%E0%A4%A', '/api/v1/guides/search?q[]=x&q[]=y', '/api/v1/bundles/%00'])(
    'answers %s without a 500',
    async (url) => {
      const res = await server.get(url);
      expect([200, 400, 404]).toContain(res.status);
    },
  );
});
