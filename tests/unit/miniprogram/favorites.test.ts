import { taroMock } from '../../mocks/taro';
import { STORAGE_KEYS } from '../../../miniprogram/src/services/storage';
import {
  addFavorite,
  hasFavorite,
  listFavorites,
  MAX_FAVORITES,
  removeFavorite,
  toggleFavorite,
} from '../../../miniprogram/src/services/favorites';

beforeEach(() => taroMock.reset());

const food = { kind: 'item' as const, code: '11530500MB0000001X4000112001000', name: '食品经营许可', department: '保山市市场监督管理局' };
const bundle = { kind: 'bundle' as const, code: 'KBQY', name: '开办企业一件事' };

describe('favourites kept on the device', () => {
  it('starts empty and remembers what was starred, newest first', () => {
    expect(listFavorites()).toEqual([]);
    addFavorite(food, new Date('2026-11-25T01:00:00Z'));
    addFavorite(bundle, new Date('2026-11-25T02:00:00Z'));
    expect(listFavorites().map((f) => f.name)).toEqual(['开办企业一件事', '食品经营许可']);
    expect(hasFavorite('item', food.code)).toBe(true);
    expect(hasFavorite('bundle', food.code)).toBe(false);
  });

  it('does not duplicate a guide starred twice and moves it to the top', () => {
    addFavorite(food, new Date('2026-11-25T01:00:00Z'));
    addFavorite(bundle, new Date('2026-11-25T02:00:00Z'));
    addFavorite({ ...food, name: '食品经营许可（新）' }, new Date('2026-11-25T03:00:00Z'));
    const list = listFavorites();
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ code: food.code, name: '食品经营许可（新）' });
  });

  it('toggles and removes, clearing the key when the list is empty', () => {
    expect(toggleFavorite(food)).toBe(true);
    expect(toggleFavorite(food)).toBe(false);
    expect(taroMock.storage.has(STORAGE_KEYS.favorites)).toBe(false);
    addFavorite(bundle);
    removeFavorite('bundle', 'unknown');
    expect(listFavorites()).toHaveLength(1);
    removeFavorite('bundle', bundle.code);
    expect(listFavorites()).toEqual([]);
  });

  it('reads corrupt or foreign storage as an empty list and drops malformed entries', () => {
    taroMock.storage.set(STORAGE_KEYS.favorites, '{not json');
    expect(listFavorites()).toEqual([]);
    taroMock.storage.set(STORAGE_KEYS.favorites, JSON.stringify({ code: 'x' }));
    expect(listFavorites()).toEqual([]);
    taroMock.storage.set(
      STORAGE_KEYS.favorites,
      JSON.stringify([{ kind: 'item', code: 'A', name: '甲', savedAt: '2026-01-01T00:00:00Z' }, { kind: 'nope', code: 'B' }, null]),
    );
    expect(listFavorites().map((f) => f.code)).toEqual(['A']);
  });

  it(`keeps at most ${MAX_FAVORITES} entries`, () => {
    for (let i = 0; i < MAX_FAVORITES + 5; i++) addFavorite({ kind: 'item', code: `C${i}`, name: `事项${i}` }, new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    const list = listFavorites();
    expect(list).toHaveLength(MAX_FAVORITES);
    expect(list[0]?.code).toBe(`C${MAX_FAVORITES + 4}`);
  });
});
