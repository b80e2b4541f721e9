import { ZRegionLevel, type TRegionLevel } from '@shared/schemas/region';
import { ZSearchFlag, type TSearchFlag } from '@shared/schemas/catalog';

/** What the results page searches for; every part also travels in its URL so home shortcuts can link to it. */
export interface SearchState {
  q: string;
  flags: TSearchFlag[];
  level: TRegionLevel | null;
  /** Life-event theme code and its name (the name only labels the active filter). */
  theme: string | null;
  themeName: string | null;
  /** Department code and name. */
  department: string | null;
  departmentName: string | null;
}

export const EMPTY_SEARCH: SearchState = { q: '', flags: [], level: null, theme: null, themeName: null, department: null, departmentName: null };

/** Page params arrive URL-encoded on weapp and sometimes decoded on H5: decode when it looks encoded. */
function decoded(value: string | undefined): string | null {
  if (value === undefined) return null;
  let text = value;
  if (/%[0-9A-Fa-f]{2}/.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // Not an encoding after all: keep what was typed.
    }
  }
  text = text.trim();
  return text === '' || text === 'undefined' ? null : text;
}

/** Reads the results page's params; unknown flags and levels are dropped rather than failing the page. */
export function parseSearchParams(params: Readonly<Record<string, string | undefined>>): SearchState {
  const flags = (decoded(params.flags) ?? '')
    .split(',')
    .map((f) => ZSearchFlag.safeParse(f.trim()))
    .flatMap((r) => (r.success ? [r.data] : []));
  const level = ZRegionLevel.safeParse(decoded(params.level));
  return {
    q: (decoded(params.q) ?? '').slice(0, 100),
    flags: [...new Set(flags)],
    level: level.success ? level.data : null,
    theme: decoded(params.theme),
    themeName: decoded(params.themeName),
    department: decoded(params.department),
    departmentName: decoded(params.departmentName),
  };
}

/** `/pages/search/index?...` for a search state; empty parts are left out. */
export function searchUrl(state: Partial<SearchState>): string {
  const parts: string[] = [];
  const add = (key: string, value: string | null | undefined) => {
    if (value) parts.push(`${key}=${encodeURIComponent(value)}`);
  };
  add('q', state.q);
  add('flags', state.flags?.join(','));
  add('level', state.level);
  add('theme', state.theme);
  add('themeName', state.themeName);
  add('department', state.department);
  add('departmentName', state.departmentName);
  return `/pages/search/index${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
}

/** Adds or removes one flag, keeping the canonical order of the filter row. */
export function toggleFlag(flags: readonly TSearchFlag[], flag: TSearchFlag): TSearchFlag[] {
  const next = new Set(flags);
  if (next.has(flag)) next.delete(flag);
  else next.add(flag);
  return ZSearchFlag.options.filter((f) => next.has(f));
}
