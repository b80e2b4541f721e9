import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { ZErrorBody } from '@shared/errors';
import { ZBundle, ZGuide, ZGuidesHome, ZTailoredMaterials } from '@shared/schemas/catalog';
import { catalogFilesDir } from '../../../server/db/seed/catalog';
import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 30_000);
afterAll(async () => {
  await server.stop();
});

const FOOD = '5305-SCJG-XK00103'; // 食品经营许可, city market regulation
const post = (p: string, body: unknown) => server.fetch(p, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /api/v1/guides/:code', () => {
  it('returns 401 for a malformed bearer token', async () => {
    expect((await server.get(`/api/v1/guides/${FOOD}`, { headers: { Authorization: 'Bearer x' } })).status).toBe(401);
  });

  it('returns 404 with a helpful Chinese message for an unknown or absurd code', async () => {
    for (const code of ['5305-SCJG-XX99999', encodeURIComponent("1' OR '1'='1"), 'x'.repeat(300)]) {
      const res = await server.get(`/api/v1/guides/${code}`);
      expect(res.status).toBe(404);
      const body = ZErrorBody.parse(await res.json());
      expect(body.error.code).toBe('NOT_FOUND');
      expect(body.error.message).toContain('搜索');
      expect(body.error.message.length).toBeLessThan(120);
    }
  });

  it('returns every element of the published guide', async () => {
    const res = await server.get(`/api/v1/guides/${FOOD}`);
    expect(res.status).toBe(200);
    const g = ZGuide.parse(await res.json());
    expect(g).toMatchObject({
      code: FOOD,
      name: '食品经营许可',
      departmentName: '保山市市场监督管理局',
      versionNo: 1,
      promisedLimit: { value: 5, unit: 'WORKING_DAY' },
      statutoryLimit: { value: 20, unit: 'WORKING_DAY' },
      reductionPercent: 75,
      visitsNeeded: 0,
      canApplyOnline: true,
      courierDelivery: true,
    });
    expect(g.flags).toEqual(expect.arrayContaining(['ONE_TRIP', 'ZERO_VISIT', 'ONLINE', 'COURIER']));
    expect(g.conditions).toContain('食品安全管理');
    expect(g.legalBasis).toContain('食品安全法');
    expect(g.processSteps.length).toBeGreaterThanOrEqual(3);
    expect(g.location.address).toContain('政务服务中心');
    expect(g.location.mapUrl).toMatch(/^https:\/\//);
    expect(g.enquiryPhone).toBeTruthy();
    expect(g.complaintPhone).toBeTruthy();
    // The item an online enquiry or complaint from the guide names.
    const item = await server.dbHandle.db.serviceItem.findUniqueOrThrow({ where: { implementationCode: FOOD } });
    expect(g.itemId).toBe(item.id);
    expect(g.enquiryPhone).not.toBe(g.complaintPhone);
    expect(g.result).toMatchObject({ name: '食品经营许可证', type: 'LICENCE' });
    expect(g.result.delivery).toEqual(expect.arrayContaining(['WINDOW_PICKUP', 'COURIER', 'ELECTRONIC']));
    expect(g.faqs.length).toBeGreaterThan(0);
    expect(g.themes.map((t) => t.name)).toContain('开办企业');
    const form = g.materials.find((m) => m.name === '食品经营许可申请书')!;
    expect(form).toMatchObject({ requirement: 'REQUIRED', isKey: true });
    expect(form.blankForm?.url).toMatch(/^\/api\/v1\/files\//);
    expect(form.sample?.url).toMatch(/^\/api\/v1\/files\//);
    expect(form.commonMistakes).toBeTruthy();
    expect(form.acceptanceStandard).toBeTruthy();
    expect(g.materials.find((m) => m.name === '营业执照')).toMatchObject({ governmentHeld: true, materialTypeCode: 'BUSINESS_LICENCE' });
    expect(g.situations.length).toBe(4);
    const ids = new Set(g.materials.map((m) => m.id));
    expect(g.situations.flatMap((s) => s.options.flatMap((o) => o.materialIds)).every((id) => ids.has(id))).toBe(true);
  });

  it('shows the visit reason and fees with their basis where they apply', async () => {
    const id = ZGuide.parse(await (await server.get('/api/v1/guides/530502-GA-QR00201')).json());
    expect(id.name).toBe('居民身份证申领');
    expect(id.visitsNeeded).toBe(1);
    expect(id.visitsReason).toContain('指纹');
    expect(id.fees[0]).toMatchObject({ name: '居民身份证工本费' });
    expect(id.fees[0]!.basis).toContain('发改价格');
    expect(id.free).toBe(false);
    expect(id.bundles).toEqual([]);
    const house = ZGuide.parse(await (await server.get('/api/v1/guides/5305-ZRZY-QR00401')).json());
    expect(house.bundles.map((b) => b.name)).toEqual(['二手房转移登记+水电气过户']);
  });
});

describe('POST /api/v1/guides/:code/materials', () => {
  it('returns 400 for a malformed body', async () => {
    for (const body of [{}, { answers: 'x' }, { answers: { q: 'not-a-list' } }]) {
      const res = await post(`/api/v1/guides/${FOOD}/materials`, body);
      expect(res.status).toBe(400);
    }
  });

  it('returns 404 for an unknown item', async () => {
    expect((await post('/api/v1/guides/nope/materials', { answers: {} })).status).toBe(404);
  });

  it('tailors the list: required materials plus what the chosen options add; unknown ids are ignored', async () => {
    const g = ZGuide.parse(await (await server.get(`/api/v1/guides/${FOOD}`)).json());
    const none = ZTailoredMaterials.parse(await (await post(`/api/v1/guides/${FOOD}/materials`, { answers: {} })).json());
    expect(none.materials.every((m) => m.requirement === 'REQUIRED')).toBe(true);
    expect(none.unanswered).toHaveLength(4);

    const [cold, , place] = g.situations;
    const answers = {
      [cold!.id]: [cold!.options.find((o) => o.text === '包含')!.id],
      [place!.id]: [place!.options.find((o) => o.text === '租赁')!.id],
      bogus: ['x'],
    };
    const r = ZTailoredMaterials.parse(await (await post(`/api/v1/guides/${FOOD}/materials`, { answers })).json());
    const added = r.materials.filter((m) => m.requirement === 'CONDITIONAL').map((m) => m.name);
    expect(added.sort()).toEqual(['专间操作流程及布局图', '经营场所租赁合同'].sort());
    expect(r.unanswered).toHaveLength(2);
  });
});

describe('GET /api/v1/guides/home', () => {
  it('returns popular items, departments and themes with counts, and bundles', async () => {
    const home = ZGuidesHome.parse(await (await server.get('/api/v1/guides/home')).json());
    expect(home.popular.length).toBe(8);
    expect(new Set(home.popular.map((p) => p.name)).size).toBe(8);
    expect(home.departments.length).toBeGreaterThanOrEqual(20);
    expect(home.departments.reduce((n, d) => n + d.itemCount, 0)).toBeGreaterThanOrEqual(120);
    expect(home.themes.map((t) => t.name)).toEqual(expect.arrayContaining(['生育', '上学', '就业', '开办企业', '买房', '养老', '婚姻', '户籍', '社保', '公用事业']));
    expect(home.themes.every((t) => t.itemCount > 0)).toBe(true);
    expect(home.bundles.map((b) => b.name).sort()).toEqual(['二手房转移登记+水电气过户', '出生一件事', '开办企业一件事'].sort());
  });
});

describe('GET /api/v1/bundles/:code', () => {
  it('returns 404 for an unknown bundle', async () => {
    const res = await server.get('/api/v1/bundles/NOPE');
    expect(res.status).toBe(404);
    expect(ZErrorBody.parse(await res.json()).error.message).toContain('一件事');
  });

  it('returns the items and a merged material list in which shared materials appear once', async () => {
    const b = ZBundle.parse(await (await server.get('/api/v1/bundles/5305-YJS-ESF')).json());
    expect(b.name).toBe('二手房转移登记+水电气过户');
    expect(b.items.map((i) => i.name)).toEqual(['不动产转移登记（二手房买卖）', '用水过户', '用电更名过户', '管道燃气过户', '有线电视开户及过户']);
    const property = b.materials.filter((m) => m.materialTypeCode === 'PROPERTY_CERT');
    expect(property).toHaveLength(1);
    expect(property[0]!.items).toHaveLength(5);
    expect(b.materials.filter((m) => m.materialTypeCode === 'ID_CARD')).toHaveLength(1);
    expect(b.visitsNeeded).toBe(1);
    expect(b.promisedLimit.value).toBe(3);
  });
});

describe('GET /api/v1/files/:id', () => {
  it('returns 404 for an unknown id and for files that are not public (citizens’ materials)', async () => {
    expect((await server.get(`/api/v1/files/${randomUUID()}`)).status).toBe(404);
    expect((await server.get('/api/v1/files/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    const pg = new Client({ connectionString: process.env.ONETRIP_TEST_DB_URL });
    await pg.connect();
    try {
      const id = randomUUID();
      await pg.query(`INSERT INTO files (id, storage_key, sha256, mime, size, purpose) VALUES ($1, $2, $3, 'image/jpeg', 10, 'MATERIAL')`, [id, `private/${id}.jpg`, '0'.repeat(64)]);
      expect((await server.get(`/api/v1/files/${id}`)).status).toBe(404);
    } finally {
      await pg.end();
    }
  });

  it('serves a blank form as a real document with its stored content type', async () => {
    const g = ZGuide.parse(await (await server.get(`/api/v1/guides/${FOOD}`)).json());
    const link = g.materials.find((m) => m.blankForm)!.blankForm!;
    const res = await server.get(link.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(link.mime);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(link.size);
    expect(bytes.subarray(0, 5).toString()).toMatch(/^%PDF-|^<svg/);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
  });

  it('restores a seeded document missing from DATA_DIR (a fresh data folder) from the committed copy', async () => {
    const file = await server.dbHandle.db.storedFile.findFirstOrThrow({ where: { storageKey: { startsWith: 'catalog-docs/' } } });
    const onDisk = path.join(catalogFilesDir(), file.storageKey);
    fs.rmSync(onDisk, { force: true });
    const res = await server.get(`/api/v1/files/${file.id}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).length).toBe(file.size);
    expect(fs.existsSync(onDisk)).toBe(true);
  });
});
