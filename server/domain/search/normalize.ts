/** Longest query the matcher looks at; longer input is cut (a pasted paragraph still finds something). */
export const MAX_QUERY_CHARS = 40;

const HAN = /\p{Script=Han}/u;

/** True for a Han (Chinese) character. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * Normalise text for matching: NFKC (full-width letters and digits become ASCII), lower case, ü → v, and every
 * character that is not Han, a letter or a digit (punctuation, emoji, SQL quotes, spaces) becomes a token
 * separator. Returns the tokens, at most MAX_QUERY_CHARS characters in all.
 */
export function tokenize(text: string): string[] {
  const cleaned = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^\p{Script=Han}a-z0-9]+/gu, ' ')
    .trim();
  if (!cleaned) return [];
  const tokens: string[] = [];
  let budget = MAX_QUERY_CHARS;
  for (const raw of cleaned.split(' ')) {
    // Split "yyzz营业" style mixes into runs of Han and of Latin/digits: they are matched differently.
    for (const run of raw.match(/\p{Script=Han}+|[a-z0-9]+/gu) ?? []) {
      if (budget <= 0) break;
      const t = run.slice(0, budget);
      budget -= t.length;
      if (!tokens.includes(t)) tokens.push(t);
    }
  }
  return tokens;
}

/** Lower-cased NFKC form of a name, same length as the input for BMP text (so indices map to highlights). */
export function foldName(name: string): string {
  let out = '';
  for (const ch of name) {
    const n = ch.normalize('NFKC').toLowerCase();
    out += n.length === ch.length ? n : ch;
  }
  return out;
}
