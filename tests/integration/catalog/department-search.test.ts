import { ZGuideSearchResponse } from '@shared/schemas/catalog';
import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 30_000);
afterAll(async () => {
  await server.stop();
});

async function all(text: string) {
  const out = [];
  for (let page = 1; page <= 20; page++) {
    const res = await server.get(`/api/v1/guides/search?q=${encodeURIComponent(text)}&pageSize=50&page=${page}`);
    expect(res.status).toBe(200);
    const body = ZGuideSearchResponse.parse(await res.json());
    out.push(...body.items);
    if (out.length >= body.total) break;
  }
  return out;
}

describe('GET /api/v1/guides/search by department', () => {
  it.each([
    ['市场监管', '市场监督管理局'],
    ['公安局', '公安局'],
  ])('%s finds that department’s items, after every direct name match', async (query, department) => {
    const hits = await all(query);
    const byDepartment = hits.filter((h) => h.matchedBy === 'department');
    expect(byDepartment.length).toBeGreaterThan(3);
    expect(byDepartment.every((h) => h.departmentName.includes(department))).toBe(true);
    const firstDepartment = hits.findIndex((h) => h.matchedBy === 'department');
    expect(hits.slice(firstDepartment).every((h) => h.matchedBy === 'department')).toBe(true);
    expect(byDepartment[0]!.matchedTerm).toContain(department);
  });

  it('does not list every department of a place for the place name', async () => {
    expect((await all('隆阳区')).filter((h) => h.matchedBy === 'department')).toEqual([]);
  });
});
