import { pinyin } from 'pinyin-pro';

/**
 * Per UTF-16 position of `text`: the toneless pinyin syllable of a Han character (context-aware for polyphones,
 * e.g. 银行 → yin hang), or '' for anything else. Index i describes text[i], so matches map back to highlights.
 */
export function syllablesOf(text: string): string[] {
  const out: string[] = [];
  for (const c of pinyin(text, { toneType: 'none', type: 'all' })) {
    const s = c.isZh ? c.pinyin.toLowerCase().replace(/ü/g, 'v') : '';
    // Astral characters (emoji) are two UTF-16 units but one entry: pad so indices stay aligned.
    for (let k = 0; k < c.origin.length; k++) out.push(k === 0 ? s : '');
  }
  return out;
}

/** Full pinyin without spaces and pinyin initials of a text: 营业执照 → yingyezhizhao, yyzz. */
export function pinyinOf(text: string): { full: string; initials: string } {
  const syl = syllablesOf(text);
  return { full: syl.join(''), initials: syl.map((s) => s.charAt(0)).join('') };
}
