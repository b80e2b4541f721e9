import { readString, STORAGE_KEYS, writeString } from '../../services/storage';

/** The citizen's place, picked once on the home page and remembered: search narrows results to it. */
export interface Place {
  /** Region code (county or township). */
  code: string;
  /** Name as shown, e.g. 隆阳区 永昌街道. */
  name: string;
}

/** The remembered place, or null (never picked, or unreadable). */
export function readPlace(): Place | null {
  const raw = readString(STORAGE_KEYS.place);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (value === null || typeof value !== 'object') return null;
    const { code, name } = value as Record<string, unknown>;
    if (typeof code !== 'string' || !/^\d{4,12}$/.test(code) || typeof name !== 'string' || name === '') return null;
    return { code, name };
  } catch {
    return null;
  }
}

/** Remembers the place (null forgets it). */
export function writePlace(place: Place | null): void {
  writeString(STORAGE_KEYS.place, place === null ? null : JSON.stringify(place));
}
