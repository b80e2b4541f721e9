import type { TFavourite } from '@shared/schemas/favourites';
import { listFavorites, parseFavorites, removeFavorite, toggleFavorite, type Favorite, type FavoriteKind } from './favorites';
import { call } from './request';
import { isSignedIn } from './session';
import { readString, STORAGE_KEYS, writeString } from './storage';

/**
 * Favourites that follow the citizen: signed out, they live on the device (favorites.ts); signed in, the account on
 * the server is the truth and the device keeps a copy so stars render at once. The device's own list is merged
 * into the account once after sign-in, then cleared (its entries now live on the account).
 */

const fromServer = (f: TFavourite): Favorite & { available: boolean } => ({
  kind: f.kind,
  code: f.code,
  name: f.name,
  department: f.department,
  savedAt: f.savedAt,
  available: f.available,
});

function cache(list: TFavourite[]): Favorite[] {
  const mapped = list.map(fromServer);
  writeString(STORAGE_KEYS.accountFavorites, JSON.stringify(mapped));
  return mapped;
}

/** The favourites to show now, without a request: the account's copy when signed in, the device's list otherwise. */
export function currentFavorites(): Favorite[] {
  return isSignedIn() ? parseFavorites(readString(STORAGE_KEYS.accountFavorites)) : listFavorites();
}

/** True when this guide or bundle is starred (from the copy; call syncFavorites to refresh it). */
export function isStarred(kind: FavoriteKind, code: string): boolean {
  return currentFavorites().some((f) => f.kind === kind && f.code === code);
}

/**
 * Refresh the list. Signed in: merge the device's list into the account (once; kept for a retry when offline),
 * then read the account. Signed out: the device's list.
 */
export async function syncFavorites(): Promise<Favorite[]> {
  if (!isSignedIn()) return listFavorites();
  const local = listFavorites();
  if (local.length) {
    const merged = await call('favouritesMerge', { body: { favourites: local.map((f) => ({ kind: f.kind, code: f.code, savedAt: f.savedAt })) } });
    writeString(STORAGE_KEYS.favorites, null);
    return cache(merged.favourites);
  }
  return cache((await call('favouritesList')).favourites);
}

/** Flip the star; returns whether it is now on. Signed in, the server decides and the copy follows. */
export async function toggleStar(entry: Omit<Favorite, 'savedAt'>): Promise<boolean> {
  if (!isSignedIn()) return toggleFavorite(entry);
  const on = isStarred(entry.kind, entry.code);
  const res = on
    ? await call('favouritesRemove', { pathParams: { kind: entry.kind, code: entry.code } })
    : await call('favouritesAdd', { body: { kind: entry.kind, code: entry.code } });
  cache(res.favourites);
  return !on;
}

/** Remove a star from the list page. */
export async function unstar(kind: FavoriteKind, code: string): Promise<Favorite[]> {
  if (!isSignedIn()) return removeFavorite(kind, code);
  return cache((await call('favouritesRemove', { pathParams: { kind, code } })).favourites);
}
