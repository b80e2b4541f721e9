import { ZErrorBody } from '@shared/errors';
import { ZFavouriteList } from '@shared/schemas/favourites';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { send } from '../catalog-admin/fixtures';

let server: TestServer;
let itemCode: string;
let otherItemCode: string;
let bundleCode: string;
beforeAll(async () => {
  server = await startTestServer();
  const db = server.dbHandle.db;
  const items = await db.serviceItem.findMany({ where: { versions: { some: { status: 'PUBLISHED' } } }, orderBy: { implementationCode: 'asc' }, take: 2, select: { implementationCode: true } });
  [itemCode, otherItemCode] = items.map((i) => i.implementationCode) as [string, string];
  bundleCode = (await db.bundle.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { code: true } })).code;
});
afterAll(async () => {
  await server.stop();
});

describe('/api/v1/me/favourites', () => {
  it('returns 401 without a token', async () => {
    expect((await send(server, 'GET', '/me/favourites')).status).toBe(401);
    expect((await send(server, 'POST', '/me/favourites', { body: { kind: 'item', code: itemCode } })).status).toBe(401);
    expect((await send(server, 'DELETE', `/me/favourites/item/${itemCode}`)).status).toBe(401);
    expect((await send(server, 'POST', '/me/favourites/merge', { body: { favourites: [] } })).status).toBe(401);
  });

  it('returns 403 for staff', async () => {
    const staff = await createStaff(server.dbHandle.db, [{ role: 'WINDOW_CLERK' }]);
    expect((await send(server, 'GET', '/me/favourites', { auth: staff.auth })).status).toBe(403);
    expect((await send(server, 'POST', '/me/favourites', { auth: staff.auth, body: { kind: 'item', code: itemCode } })).status).toBe(403);
  });

  it('returns 400 for a bad kind or code, and 404 for a code that is not a published guide', async () => {
    const citizen = await createCitizen(server.dbHandle.db);
    expect((await send(server, 'POST', '/me/favourites', { auth: citizen.auth, body: { kind: 'case', code: itemCode } })).status).toBe(400);
    expect((await send(server, 'POST', '/me/favourites', { auth: citizen.auth, body: { kind: 'item', code: '<script>' } })).status).toBe(400);
    expect((await send(server, 'DELETE', `/me/favourites/case/${itemCode}`, { auth: citizen.auth })).status).toBe(400);
    const missing = await send(server, 'POST', '/me/favourites', { auth: citizen.auth, body: { kind: 'item', code: 'NO-SUCH-ITEM' } });
    expect(missing.status).toBe(404);
    expect(ZErrorBody.parse(missing.body).error.message).toContain('无法收藏');
  });

  it('adds (idempotently), lists newest first with current names, removes, and keeps each citizen apart', async () => {
    const db = server.dbHandle.db;
    const citizen = await createCitizen(db);
    const other = await createCitizen(db);
    expect(ZFavouriteList.parse((await send(server, 'GET', '/me/favourites', { auth: citizen.auth })).body).favourites).toEqual([]);
    await send(server, 'POST', '/me/favourites', { auth: citizen.auth, body: { kind: 'item', code: itemCode } });
    await send(server, 'POST', '/me/favourites', { auth: citizen.auth, body: { kind: 'bundle', code: bundleCode } });
    const again = await send(server, 'POST', '/me/favourites', { auth: citizen.auth, body: { kind: 'item', code: itemCode } });
    expect(again.status).toBe(200);
    const list = ZFavouriteList.parse(again.body).favourites;
    expect(list.map((f) => [f.kind, f.code, f.available])).toEqual([['bundle', bundleCode, true], ['item', itemCode, true]]);
    const published = await db.serviceItemVersion.findFirstOrThrow({ where: { status: 'PUBLISHED', item: { implementationCode: itemCode } }, select: { name: true } });
    expect(list[1]!.name).toBe(published.name);
    expect(list[1]!.department).toBeTruthy();

    expect(ZFavouriteList.parse((await send(server, 'GET', '/me/favourites', { auth: other.auth })).body).favourites).toEqual([]);
    const removed = ZFavouriteList.parse((await send(server, 'DELETE', `/me/favourites/item/${itemCode}`, { auth: citizen.auth })).body);
    expect(removed.favourites.map((f) => f.code)).toEqual([bundleCode]);
    expect((await send(server, 'DELETE', `/me/favourites/item/${itemCode}`, { auth: citizen.auth })).status).toBe(200);
  });

  it('merges the device list once: unknown codes skipped, existing kept, device order preserved', async () => {
    const citizen = await createCitizen(server.dbHandle.db);
    await send(server, 'POST', '/me/favourites', { auth: citizen.auth, body: { kind: 'item', code: itemCode } });
    const res = await send(server, 'POST', '/me/favourites/merge', {
      auth: citizen.auth,
      body: {
        favourites: [
          { kind: 'item', code: itemCode, savedAt: '2026-01-01T00:00:00.000Z' },
          { kind: 'item', code: otherItemCode, savedAt: '2026-01-03T00:00:00.000Z' },
          { kind: 'bundle', code: bundleCode, savedAt: '2026-01-02T00:00:00.000Z' },
          { kind: 'item', code: 'GONE-1', savedAt: '2026-01-04T00:00:00.000Z' },
        ],
      },
    });
    expect(res.status).toBe(200);
    const list = ZFavouriteList.parse(res.body).favourites;
    expect(list.map((f) => f.code)).toEqual([itemCode, otherItemCode, bundleCode]);
    expect(list[1]!.savedAt).toBe('2026-01-03T00:00:00.000Z');
    // Merging the same list again changes nothing.
    const twice = ZFavouriteList.parse((await send(server, 'POST', '/me/favourites/merge', { auth: citizen.auth, body: { favourites: [{ kind: 'item', code: otherItemCode }] } })).body);
    expect(twice.favourites).toEqual(list);
  });
});
