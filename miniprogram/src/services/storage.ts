import Taro from '@tarojs/taro';

/**
 * Every key this app keeps in Taro storage (wx storage on weapp, localStorage on H5), in one place so a later
 * "clear my data" feature can find them all.
 */
export const STORAGE_KEYS = {
  /** Bearer token of the signed-in user (set by the sign-in flow of a later issue). */
  token: 'onetrip.token',
  /** '1' when the large-font (适老化) mode is on. */
  largeFont: 'onetrip.pref.large-font',
  /** Region code of the county the citizen picked on the home page. */
  county: 'onetrip.pref.county',
  /** JSON {code, name} of the citizen's place (county or township) that search results are narrowed to. */
  place: 'onetrip.pref.place',
  /** JSON list of the guides and bundles the citizen starred (services/favorites.ts). */
  favorites: 'onetrip.favorites',
  /** JSON copy of the signed-in account's favourites (services/favorites-sync.ts), so stars render without a request. */
  accountFavorites: 'onetrip.favorites.account',
  /** Department id a staff member picked on the workbench. */
  staffDepartment: 'onetrip.staff.department',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** Reads a string; missing, non-string or unreadable storage all read as null (storage is a convenience, never fatal). */
export function readString(key: StorageKey): string | null {
  try {
    const value: unknown = Taro.getStorageSync(key);
    return typeof value === 'string' && value !== '' ? value : null;
  } catch {
    return null;
  }
}

/** Writes a string, or removes the key for null. Failures (quota, private mode) are ignored on purpose. */
export function writeString(key: StorageKey, value: string | null): void {
  try {
    if (value === null) Taro.removeStorageSync(key);
    else Taro.setStorageSync(key, value);
  } catch {
    // A preference that cannot be saved is only forgotten next time; the page keeps working.
  }
}
