import { readString, STORAGE_KEYS, writeString } from './storage';

/** What a favourite points at: a single item's guide or a bundle (一件事). */
export type FavoriteKind = 'item' | 'bundle';

/** A starred guide: on the device while signed out, on the account once signed in (see favorites-sync.ts). */
export interface Favorite {
  kind: FavoriteKind;
  /** Implementation code of the item, or the bundle code. */
  code: string;
  /** Name at the time it was saved, so the list renders without a request. */
  name: string;
  /** Department (or lead department) shown under the name. */
  department?: string;
  /** ISO time it was saved; the list shows the newest first. */
  savedAt: string;
  /** From the account: false when the guide is no longer published. */
  available?: boolean;
}

/** A long list is of no use on a phone and storage is small (weapp: 1 MB per key). */
export const MAX_FAVORITES = 100;

function isFavorite(value: unknown): value is Favorite {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    (v.kind === 'item' || v.kind === 'bundle') &&
    typeof v.code === 'string' &&
    v.code !== '' &&
    typeof v.name === 'string' &&
    typeof v.savedAt === 'string' &&
    (v.department === undefined || typeof v.department === 'string')
  );
}

/** All favourites kept on the device, newest first. */
export function listFavorites(): Favorite[] {
  return parseFavorites(readString(STORAGE_KEYS.favorites));
}

/** A stored list, newest first. Corrupt storage (an old format, a half-written value) reads as an empty list. */
export function parseFavorites(raw: string | null): Favorite[] {
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isFavorite).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  } catch {
    return [];
  }
}

function save(list: Favorite[]): void {
  writeString(STORAGE_KEYS.favorites, list.length === 0 ? null : JSON.stringify(list.slice(0, MAX_FAVORITES)));
}

/** True when this guide or bundle is starred. */
export function hasFavorite(kind: FavoriteKind, code: string): boolean {
  return listFavorites().some((f) => f.kind === kind && f.code === code);
}

/** Stars a guide or bundle (again: moves it to the top with its current name). */
export function addFavorite(entry: Omit<Favorite, 'savedAt'>, now: Date = new Date()): Favorite[] {
  const rest = listFavorites().filter((f) => !(f.kind === entry.kind && f.code === entry.code));
  const next = [{ ...entry, savedAt: now.toISOString() }, ...rest];
  save(next);
  return next.slice(0, MAX_FAVORITES);
}

/** Removes a star; unknown codes are ignored. */
export function removeFavorite(kind: FavoriteKind, code: string): Favorite[] {
  const next = listFavorites().filter((f) => !(f.kind === kind && f.code === code));
  save(next);
  return next;
}

/** Flips the star and returns whether it is now on. */
export function toggleFavorite(entry: Omit<Favorite, 'savedAt'>, now: Date = new Date()): boolean {
  if (hasFavorite(entry.kind, entry.code)) {
    removeFavorite(entry.kind, entry.code);
    return false;
  }
  addFavorite(entry, now);
  return true;
}
