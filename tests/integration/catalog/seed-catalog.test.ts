import { Client } from 'pg';
import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
let pg: Client;
beforeAll(async () => {
  server = await startTestServer();
  pg = new Client({ connectionString: process.env.ONETRIP_TEST_DB_URL });
  await pg.connect();
}, 30_000);
afterAll(async () => {
  await pg.end();
  await server.stop();
});

const one = async <T>(sql: string): Promise<T> => (await pg.query(sql)).rows[0] as T;
const PUBLISHED = `FROM service_item_versions v JOIN service_items i ON i.id = v.item_id WHERE v.status = 'PUBLISHED'`;

describe('demo catalogue seed', () => {
  it('has ≥20 departments including the six public utilities and ≥120 published items', async () => {
    const { n } = await one<{ n: number }>(`SELECT count(*)::int n FROM departments`);
    expect(n).toBeGreaterThanOrEqual(20);
    const utilities = (await pg.query(`SELECT name FROM departments`)).rows.map((r: { name: string }) => r.name).join(',');
    for (const word of ['供排水', '供电', '燃气', '广电', '电信', '公共交通']) expect(utilities).toContain(word);
    expect((await one<{ n: number }>(`SELECT count(*)::int n ${PUBLISHED}`)).n).toBeGreaterThanOrEqual(120);
  });

  it('covers every item type and every level, with ≥10 items having situations and 3 bundles', async () => {
    const types = (await pg.query(`SELECT DISTINCT v.type ${PUBLISHED}`)).rows.map((r: { type: string }) => r.type);
    expect(types.sort()).toEqual(
      ['ADMINISTRATIVE_ADJUDICATION', 'ADMINISTRATIVE_CONFIRMATION', 'ADMINISTRATIVE_LICENSING', 'ADMINISTRATIVE_PAYMENT', 'ADMINISTRATIVE_REWARD', 'OTHER_ADMINISTRATIVE_POWER', 'PUBLIC_SERVICE', 'PUBLIC_UTILITY'].sort(),
    );
    const levels = (await pg.query(`SELECT DISTINCT v.level ${PUBLISHED}`)).rows.map((r: { level: string }) => r.level);
    expect(levels.sort()).toEqual(['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE']);
    const withSituations = await one<{ n: number }>(`SELECT count(DISTINCT q.version_id)::int n FROM item_questions q`);
    expect(withSituations.n).toBeGreaterThanOrEqual(10);
    const bundles = (await pg.query(`SELECT name FROM bundles WHERE status = 'PUBLISHED' ORDER BY name`)).rows.map((r: { name: string }) => r.name);
    expect(bundles).toEqual(expect.arrayContaining(['开办企业一件事', '出生一件事', '二手房转移登记+水电气过户']));
  });

  it('meets the programme targets: ≥60% at most one visit, promised ≤50% of statutory on average, ≥80% online, ≥85% in the centre', async () => {
    const t = await one<{ visits: number; online: number; centre: number; compression: number }>(`
      SELECT avg((v.visits_needed <= 1)::int)::float visits,
             avg(('ONLINE' = ANY(v.channels))::int)::float online,
             avg(v.in_service_centre::int)::float centre,
             avg(v.promised_limit::float / v.statutory_limit) FILTER (WHERE v.statutory_limit > 0) compression
      ${PUBLISHED}`);
    expect(t.visits).toBeGreaterThanOrEqual(0.6);
    expect(t.online).toBeGreaterThanOrEqual(0.8);
    expect(t.centre).toBeGreaterThanOrEqual(0.85);
    expect(t.compression).toBeLessThanOrEqual(0.5);
  });

  it('obeys the consistency rules: visits need a reason, 0 visits needs online or post, fees have a basis, phones differ', async () => {
    const bad = await one<{ reason: number; zero: number; phones: number; promised: number }>(`
      SELECT count(*) FILTER (WHERE v.visits_needed > 0 AND coalesce(v.visits_reason, '') = '')::int reason,
             count(*) FILTER (WHERE v.visits_needed = 0 AND NOT ('ONLINE' = ANY(v.channels) OR 'POST' = ANY(v.channels)))::int zero,
             count(*) FILTER (WHERE v.enquiry_phone = v.complaint_phone)::int phones,
             count(*) FILTER (WHERE v.promised_limit > v.statutory_limit)::int promised
      ${PUBLISHED}`);
    expect(bad).toEqual({ reason: 0, zero: 0, phones: 0, promised: 0 });
    expect((await one<{ n: number }>(`SELECT count(*)::int n FROM item_fees WHERE coalesce(basis, '') = ''`)).n).toBe(0);
  });

  it('gives every material with a blank form a real, non-empty document', async () => {
    const files = (await pg.query(`SELECT f.size, f.mime FROM files f WHERE f.storage_key LIKE 'catalog-docs/%'`)).rows as { size: number; mime: string }[];
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.every((f) => f.size > 500 && ['application/pdf', 'image/svg+xml'].includes(f.mime))).toBe(true);
  });

  it('is idempotent: a second seed adds nothing', async () => {
    const before = await one<{ n: number }>(`SELECT count(*)::int n FROM service_items`);
    const again = await startTestServer();
    await again.stop();
    expect((await one<{ n: number }>(`SELECT count(*)::int n FROM service_items`)).n).toBe(before.n);
  });
});
