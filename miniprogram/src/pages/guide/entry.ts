/**
 * Which guide a page open asks for. Three ways in:
 * - the search results and favourites: `?code=<implementation code>`;
 * - a hall poster's plain-URL QR (H5): `/pages/guide/index?code=<code>`;
 * - a hall poster's mini-program code: WeChat passes the code's `scene` (≤ 32 characters, URL-encoded) as
 *   `query.scene`; it holds the item code, or `key=value` pairs (`code=…`, `c=…`, `id=…`) for a short id.
 * Returns the code or short id to look up, or null when the page was opened without one.
 */
export function guideCodeFromParams(params: Readonly<Record<string, string | undefined>>): string | null {
  const direct = clean(params.code) ?? clean(params.c) ?? clean(params.id);
  if (direct) return direct;
  const scene = clean(params.scene);
  if (!scene) return null;
  if (!scene.includes('=')) return scene;
  for (const pair of scene.split('&')) {
    const [key, value] = pair.split('=');
    if (key === 'code' || key === 'c' || key === 'id') {
      const found = clean(value);
      if (found) return found;
    }
  }
  return null;
}

/** Decodes once or twice (WeChat encodes the scene; a URL that went through a QR generator may be encoded again). */
function clean(value: string | undefined): string | null {
  if (value === undefined) return null;
  let text = value.trim();
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(text); i++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      break;
    }
  }
  text = text.trim();
  return text === '' || text === 'undefined' ? null : text;
}

/** The page path a poster or share points at, with the code URL-encoded. */
export function guidePath(code: string): string {
  return `/pages/guide/index?code=${encodeURIComponent(code)}`;
}
