import fs from 'node:fs';

/**
 * Chinese text on posters needs a CJK font on the machine (Debian: fonts-wqy-microhei or fonts-noto-cjk). The
 * PNG renderer finds it through fontconfig by family; the PDF embeds the file, so we need its path and, for a
 * font collection (.ttc), the face's PostScript/family name.
 */
const CANDIDATES: { path: string; family: string; face?: string }[] = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYi Micro Hei', face: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYi Zen Hei', face: 'WenQuanYiZenHei' },
];

export interface CjkFont {
  path: string;
  family: string;
  face?: string;
}

let cached: CjkFont | null | undefined;

/** The first CJK font found, or null (posters then cannot be rendered: the caller says so). */
export function findCjkFont(): CjkFont | null {
  if (cached === undefined) cached = CANDIDATES.find((c) => fs.existsSync(c.path)) ?? null;
  return cached;
}
