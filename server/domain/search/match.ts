import { approxFind } from './approx';
import { foldName, isHan } from './normalize';
import { syllablesOf } from './pinyin';

/** How a token matched a term. 'name' covers Chinese substring and in-order fragments. */
export type TokenMatchKind = 'name' | 'pinyin' | 'initials' | 'fuzzy';

/** A text prepared once for matching: folded characters, per-character syllables and their offsets. */
export interface PreparedTerm {
  raw: string;
  text: string;
  /** Per character: pinyin syllable, the character itself for a-z/0-9, '' otherwise. */
  syl: string[];
  /** Concatenated syllables, and the offset in it where each character's syllable starts. */
  full: string;
  starts: number[];
  /** First letters, and the character index each one belongs to. */
  initials: string;
  initialsAt: number[];
}

export function prepareTerm(raw: string): PreparedTerm {
  const text = foldName(raw);
  const syl = syllablesOf(text).map((s, i) => s || (/[a-z0-9]/.test(text[i]!) ? text[i]! : ''));
  let full = '';
  let initials = '';
  const starts: number[] = [];
  const initialsAt: number[] = [];
  syl.forEach((s, i) => {
    starts.push(full.length);
    full += s;
    if (s) {
      initials += s[0];
      initialsAt.push(i);
    }
  });
  return { raw, text, syl, full, starts, initials, initialsAt };
}

export interface TokenMatch {
  kind: TokenMatchKind;
  /** 0..1: how good the match is. */
  quality: number;
  /** [start, end) character ranges of the term. */
  ranges: [number, number][];
}

/** Character range [from, to) of the term covering full-pinyin offsets [a, b). */
function pinyinRange(t: PreparedTerm, a: number, b: number): [number, number] {
  let from = 0;
  let to = t.text.length;
  for (let i = 0; i < t.syl.length; i++) {
    if (!t.syl[i]) continue;
    if (t.starts[i]! <= a) from = i;
    if (t.starts[i]! < b) to = i + 1;
  }
  return [from, to];
}

/** In-order fragments: every character of the token appears in the term in order (企业登记 → 企业设立登记). */
function subsequence(t: PreparedTerm, token: string): [number, number][] | null {
  const ranges: [number, number][] = [];
  let pos = 0;
  for (const ch of token) {
    const at = t.text.indexOf(ch, pos);
    if (at < 0) return null;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === at) last[1] = at + 1;
    else ranges.push([at, at + 1]);
    pos = at + 1;
  }
  return ranges;
}

/** A query token prepared once per search (not once per document). */
export interface PreparedToken {
  text: string;
  han: boolean;
  /** Joined pinyin syllables of a Han token, for homophone typos. */
  syllables: string;
}

export function prepareToken(text: string): PreparedToken {
  const han = isHan(text[0]!);
  return { text, han, syllables: han ? syllablesOf(text).join('') : '' };
}

/**
 * Match one normalised token against a term. `fuzzy` also tries typo-tolerant matching (homophones, one wrong
 * character, a slip in pinyin), which is slower and noisier, so callers use it only when exact matching found little.
 */
export function matchToken(t: PreparedTerm, prepared: PreparedToken, fuzzy: boolean): TokenMatch | null {
  const token = prepared.text;
  if (prepared.han) {
    const at = t.text.indexOf(token);
    if (at >= 0) {
      const quality = token.length === t.text.length ? 1 : at === 0 ? 0.95 : 0.88;
      return { kind: 'name', quality, ranges: [[at, at + token.length]] };
    }
    if (token.length >= 2) {
      const ranges = subsequence(t, token);
      // Fragments must not be scattered across a long name: at most two gaps.
      if (ranges && ranges.length <= 3) return { kind: 'name', quality: 0.7 - 0.05 * ranges.length, ranges };
    }
    if (!fuzzy || token.length < 2) return null;
    // Homophone typo (营业执招 → 营业执照): compare syllables.
    const tokenSyl = prepared.syllables;
    const pAt = tokenSyl ? t.full.indexOf(tokenSyl) : -1;
    if (pAt >= 0 && t.starts.includes(pAt)) return { kind: 'fuzzy', quality: 0.55, ranges: [pinyinRange(t, pAt, pAt + tokenSyl.length)] };
    if (token.length >= 3) {
      const hit = approxFind(token, t.text, 1);
      if (hit && hit.end - hit.start >= 2) return { kind: 'fuzzy', quality: 0.45, ranges: [[hit.start, hit.end]] };
    }
    return null;
  }
  if (/^[0-9]+$/.test(token)) {
    const at = t.text.indexOf(token);
    return at >= 0 ? { kind: 'name', quality: 0.8, ranges: [[at, at + token.length]] } : null;
  }
  // One letter while typing: names whose first syllable starts with it.
  if (token.length < 2) return t.initials.startsWith(token) ? { kind: 'initials', quality: 0.6, ranges: [[t.initialsAt[0]!, t.initialsAt[0]! + 1]] } : null;
  const pAt = t.full.indexOf(token);
  if (pAt >= 0 && t.starts.includes(pAt) && token.length >= 3) {
    const quality = token.length === t.full.length ? 1 : pAt === 0 ? 0.92 : 0.85;
    return { kind: 'pinyin', quality, ranges: [pinyinRange(t, pAt, pAt + token.length)] };
  }
  // Two letters are too ambiguous to match in the middle of a name's initials ("xx" in 上小学 sxx).
  const iAt = token.length === 2 ? (t.initials.startsWith(token) ? 0 : -1) : t.initials.indexOf(token);
  if (iAt >= 0) {
    const from = t.initialsAt[iAt]!;
    const to = t.initialsAt[iAt + token.length - 1]! + 1;
    const quality = token.length === t.initials.length ? 0.95 : iAt === 0 ? 0.85 : 0.78;
    return { kind: 'initials', quality, ranges: [[from, to]] };
  }
  if (!fuzzy || token.length < 5) return null;
  const hit = approxFind(token, t.full, token.length >= 9 ? 2 : 1);
  if (hit) return { kind: 'fuzzy', quality: 0.4, ranges: [pinyinRange(t, hit.start, Math.max(hit.end, hit.start + 1))] };
  return null;
}
