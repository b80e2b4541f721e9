import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.stop());
const db = () => server.dbHandle.db;
const get = async (p: string, token?: string) => {
  const r = await server.fetch(p, { headers: token ? { authorization: `Bearer ${token}` } : undefined });
  return { status: r.status, body: (await r.json()) as any };
};

/** A published version with at least two typed materials of different types. */
async function versionWithTypedMaterials() {
  const versions = await db().serviceItemVersion.findMany({
    where: { materials: { some: { materialTypeCode: { not: null } } } },
    select: { id: true, materials: { where: { materialTypeCode: { not: null } }, select: { id: true, materialTypeCode: true } } },
    take: 50,
  });
  const v = versions.find((x) => new Set(x.materials.map((m) => m.materialTypeCode)).size >= 2)!;
  const types = [...new Set(v.materials.map((m) => m.materialTypeCode!))];
  return { v, typeA: types[0]!, typeB: types[1]! };
}

describe('GET /api/v1/me/wallet', () => {
  it('is 401 anonymous, 403 for staff, 400 for a malformed item version, 404 for an unknown one', async () => {
    expect((await get('/api/v1/me/wallet')).status).toBe(401);
    const staff = await createStaff(db(), [{ role: 'HANDLER' }]);
    expect((await get('/api/v1/me/wallet', staff.token)).status).toBe(403);
    const { token } = await createCitizen(db());
    expect((await get('/api/v1/me/wallet?itemVersionId=../x', token)).status).toBe(400);
    expect((await get('/api/v1/me/wallet?itemVersionId=00000000-0000-4000-8000-000000000000', token)).status).toBe(404);
  });

  it('lists only the caller\'s entries, verified first, hides revoked ones and marks expired ones', async () => {
    const { v, typeA, typeB } = await versionWithTypedMaterials();
    const me = await createCitizen(db());
    const other = await createCitizen(db());
    const mk = (userId: string, materialTypeCode: string, trustLevel: 'A' | 'B' | 'C' | 'D', extra: object = {}) =>
      db().walletItem.create({ data: { userId, materialTypeCode, trustLevel, title: `${materialTypeCode}-${trustLevel}`, ...extra } });
    const c = await mk(me.user.id, typeA, 'C');
    const a = await mk(me.user.id, typeA, 'A', { issuer: '保山市公安局', verifiedAt: new Date(), validUntil: new Date('2099-12-31') });
    const expiredB = await mk(me.user.id, typeB, 'B', { validUntil: new Date('2020-01-01') });
    await mk(me.user.id, typeB, 'A', { revokedAt: new Date() });
    await mk(other.user.id, typeB, 'A');

    const r = await get('/api/v1/me/wallet', me.token);
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: { id: string }) => i.id)).toEqual([a.id, c.id, expiredB.id]);
    expect(r.body.items[0]).toMatchObject({ trustLevel: 'A', trustLabel: '政府部门签发', verified: true, expired: false, validUntil: '2099-12-31' });
    expect(r.body.items[2]).toMatchObject({ expired: true });
    expect(r.body.matches).toBeUndefined();

    const m = await get(`/api/v1/me/wallet?itemVersionId=${v.id}`, me.token);
    const forA = m.body.matches.find((x: { materialId: string }) => x.materialId === v.materials.find((mm) => mm.materialTypeCode === typeA)!.id);
    expect(forA).toEqual({ materialId: forA.materialId, walletItemId: a.id, autoSelect: true, alternatives: [c.id] });
    const forB = m.body.matches.find((x: { materialId: string }) => x.materialId === v.materials.find((mm) => mm.materialTypeCode === typeB)!.id);
    expect(forB).toMatchObject({ walletItemId: null, autoSelect: false });
  });
});
