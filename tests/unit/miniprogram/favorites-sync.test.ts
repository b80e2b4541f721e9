import { taroMock, type MockRequestOptions } from '../../mocks/taro';
import type { TFavourite } from '@shared/schemas/favourites';
import { addFavorite, listFavorites } from '../../../miniprogram/src/services/favorites';
import { currentFavorites, isStarred, syncFavorites, toggleStar, unstar } from '../../../miniprogram/src/services/favorites-sync';
import { STORAGE_KEYS, writeString } from '../../../miniprogram/src/services/storage';

beforeEach(() => taroMock.reset());

const food = { kind: 'item' as const, code: 'SC-001', name: '食品经营许可', department: '市场监管局' };
const account: TFavourite[] = [{ kind: 'bundle', code: 'KBQY', name: '开办企业一件事', department: '市场监管局', savedAt: '2026-11-25T03:00:00.000Z', available: true }];

/** A tiny account server: records requests, answers the favourites endpoints. */
function server(initial: TFavourite[]) {
  let list = [...initial];
  const seen: MockRequestOptions[] = [];
  taroMock.respondWith((o) => {
    seen.push(o);
    const body = typeof o.data === 'string' ? JSON.parse(o.data) : o.data;
    if (o.url.endsWith('/me/favourites/merge')) {
      for (const f of body.favourites) if (!list.some((x) => x.code === f.code)) list.push({ ...f, name: f.code, available: true });
    } else if (o.method === 'POST') list = [{ ...body, name: body.code, savedAt: '2026-11-25T04:00:00.000Z', available: true }, ...list];
    else if (o.method === 'DELETE') list = list.filter((x) => !o.url.endsWith(`/${x.kind}/${x.code}`));
    return { statusCode: 200, data: JSON.stringify({ favourites: list }), header: { 'Content-Type': 'application/json' } };
  });
  return seen;
}

describe('favourites signed out', () => {
  it('stay on the device and never call the server', async () => {
    const seen = server([]);
    expect(await toggleStar(food)).toBe(true);
    expect(isStarred('item', food.code)).toBe(true);
    expect((await syncFavorites()).map((f) => f.code)).toEqual([food.code]);
    expect(await unstar('item', food.code)).toEqual([]);
    expect(seen).toHaveLength(0);
  });
});

describe('favourites signed in', () => {
  beforeEach(() => writeString(STORAGE_KEYS.token, 'token-1'));

  it('merges the device list once after sign-in, then clears it and shows the account', async () => {
    addFavorite(food, new Date('2026-11-25T01:00:00Z'));
    const seen = server(account);
    const list = await syncFavorites();
    expect(list.map((f) => f.code)).toEqual(['KBQY', 'SC-001']);
    expect(seen.map((r) => `${r.method} ${r.url.replace(/^.*\/api\/v1/, '')}`)).toEqual(['POST /me/favourites/merge']);
    expect(listFavorites()).toEqual([]);
    await syncFavorites();
    expect(seen.map((r) => r.url.replace(/^.*\/api\/v1/, ''))).toEqual(['/me/favourites/merge', '/me/favourites']);
    expect(currentFavorites().map((f) => f.code)).toEqual(['KBQY', 'SC-001']);
  });

  it('keeps the device list for a retry when the merge fails', async () => {
    addFavorite(food);
    taroMock.respondWith(() => Promise.reject({ errMsg: 'request:fail timeout' }));
    await expect(syncFavorites()).rejects.toBeTruthy();
    expect(listFavorites().map((f) => f.code)).toEqual([food.code]);
  });

  it('stars and unstars on the account, keeping the copy in step', async () => {
    server(account);
    await syncFavorites();
    expect(isStarred('item', food.code)).toBe(false);
    expect(await toggleStar(food)).toBe(true);
    expect(isStarred('item', food.code)).toBe(true);
    expect(await toggleStar(food)).toBe(false);
    expect((await unstar('bundle', 'KBQY')).map((f) => f.code)).toEqual([]);
    expect(listFavorites()).toEqual([]);
  });
});
