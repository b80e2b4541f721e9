import { matchToken, prepareTerm, prepareToken, type PreparedTerm, type PreparedToken, type TokenMatch } from './match';
import { tokenize } from './normalize';
import { expandEveryday } from './synonyms';

/** What the index needs of a document (an item or a bundle). */
export interface SearchDoc {
  name: string;
  /** Everyday words and aliases (开饭店...). */
  keywords: readonly string[];
  /** Higher ranks first among equally good matches. */
  popularity: number;
  /** The implementing department (市场监管 finds 保山市市场监督管理局's items), ranked below name matches. */
  department?: string;
}

export type MatchedBy = 'name' | 'pinyin' | 'initials' | 'synonym' | 'fuzzy' | 'department';

export interface SearchHit<D> {
  doc: D;
  score: number;
  matchedBy: MatchedBy;
  /** The keyword or everyday word that matched (synonym matches), else null. */
  matchedTerm: string | null;
  /** Merged [start, end) ranges of the name to highlight. */
  highlights: [number, number][];
}

interface Prepared<D> {
  doc: D;
  /** Index of the name in the term table. */
  name: number;
  keywords: number[];
  /** Index of the department name in the term table, or -1. */
  department: number;
  /** Popularity bonus, precomputed. */
  boost: number;
}

/**
 * An immutable in-memory index: built once per catalogue version, shared by all requests. Names and keywords are
 * kept once in a term table (an implementation list repeats the same name for every region), so a query matches
 * each distinct text once.
 */
export interface SearchIndex<D> {
  terms: PreparedTerm[];
  docs: Prepared<D>[];
  size: number;
}

export function buildSearchIndex<D extends SearchDoc>(docs: readonly D[]): SearchIndex<D> {
  const terms: PreparedTerm[] = [];
  const ids = new Map<string, number>();
  const term = (raw: string) => {
    let id = ids.get(raw);
    if (id === undefined) {
      id = terms.push(prepareTerm(raw)) - 1;
      ids.set(raw, id);
    }
    return id;
  };
  return {
    terms,
    docs: docs.map((doc) => ({
      doc,
      name: term(doc.name),
      keywords: doc.keywords.filter((k) => k.trim()).map(term),
      department: doc.department?.trim() ? term(doc.department) : -1,
      boost: Math.log10(Math.max(doc.popularity, 0) + 1) * 12,
    })),
    size: docs.length,
  };
}

interface DocMatch {
  score: number;
  matchedBy: MatchedBy;
  matchedTerm: string | null;
  ranges: [number, number][];
}

const KIND_WEIGHT = { name: 1000, pinyin: 960, initials: 930, fuzzy: 700 } as const;
// Below a literal name match (so 身份证 highlights 居民身份证申领) but above fragments and fuzzy matches.
const SYNONYM_WEIGHT = 880;
// Below every direct name, keyword and fuzzy match: the department says who handles an item, not what it is.
const DEPARTMENT_WEIGHT = 600;

/** One query token with its everyday expansions and per-term memo of match results. */
interface QueryToken {
  token: PreparedToken;
  expansions: { word: string; targets: string[] }[];
  asName: Map<number, TokenMatch | null>;
  asKeyword: Map<number, TokenMatch | null>;
  asDepartment: Map<number, TokenMatch | null>;
}

/**
 * A department name matches on its characters only (公安局; 市场监管 as in-order fragments of 市场监督管理局), never by
 * pinyin, initials or typos: "gaj" or a near-miss should find items, not a whole department's list.
 */
function departmentMatch(index: SearchIndex<unknown>, qt: QueryToken, id: number): TokenMatch | null {
  let m = qt.asDepartment.get(id);
  if (m === undefined) {
    const found = qt.token.text.length >= 2 ? matchToken(index.terms[id]!, qt.token, false) : null;
    m = found && found.kind === 'name' ? found : null;
    qt.asDepartment.set(id, m);
  }
  return m;
}

function nameMatch(index: SearchIndex<unknown>, qt: QueryToken, id: number, fuzzy: boolean): TokenMatch | null {
  let m = qt.asName.get(id);
  if (m === undefined) {
    m = matchToken(index.terms[id]!, qt.token, fuzzy);
    qt.asName.set(id, m);
  }
  return m;
}

function keywordMatch(index: SearchIndex<unknown>, qt: QueryToken, id: number, fuzzy: boolean): TokenMatch | null {
  let m = qt.asKeyword.get(id);
  if (m === undefined) {
    const k = index.terms[id]!;
    const token = qt.token.text;
    // The query may contain the keyword ("我想开饭店") or match it like a name ("饭店", "kfd").
    const whole = k.text.length >= 2 && token.includes(k.text);
    m = whole ? { kind: 'name', quality: token === k.text ? 0.98 : 0.85, ranges: [] } : matchToken(k, qt.token, fuzzy);
    qt.asKeyword.set(id, m);
  }
  return m;
}

/** Best match of one token (or its everyday expansions) against a document. */
function matchOne<D>(index: SearchIndex<D>, p: Prepared<D>, qt: QueryToken, fuzzy: boolean): DocMatch | null {
  let best: DocMatch | null = null;
  const consider = (m: DocMatch) => {
    if (!best || m.score > best.score) best = m;
  };
  const n = nameMatch(index, qt, p.name, fuzzy);
  if (n) consider({ score: KIND_WEIGHT[n.kind] * n.quality, matchedBy: n.kind, matchedTerm: null, ranges: n.ranges });
  for (const id of p.keywords) {
    const m = keywordMatch(index, qt, id, fuzzy);
    if (m) {
      const isFuzzy = m.kind === 'fuzzy';
      consider({ score: SYNONYM_WEIGHT * m.quality * (isFuzzy ? 0.7 : 1), matchedBy: isFuzzy ? 'fuzzy' : 'synonym', matchedTerm: index.terms[id]!.raw, ranges: [] });
    }
  }
  if (!best && p.department >= 0) {
    const d = departmentMatch(index, qt, p.department);
    if (d) consider({ score: DEPARTMENT_WEIGHT * d.quality, matchedBy: 'department', matchedTerm: index.terms[p.department]!.raw, ranges: [] });
  }
  const name = index.terms[p.name]!.text;
  for (const { word, targets } of qt.expansions) {
    for (const target of targets) {
      const at = name.indexOf(target);
      if (at >= 0) consider({ score: SYNONYM_WEIGHT * 0.9, matchedBy: 'synonym', matchedTerm: word, ranges: [[at, at + target.length]] });
    }
  }
  return best;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function matchDoc<D>(index: SearchIndex<D>, p: Prepared<D>, tokens: QueryToken[], fuzzy: boolean): SearchHit<D> | null {
  let total = 0;
  let lead: DocMatch | null = null;
  const ranges: [number, number][] = [];
  for (const token of tokens) {
    const m = matchOne(index, p, token, fuzzy);
    if (!m) return null; // every token must match
    total += m.score;
    ranges.push(...m.ranges);
    if (!lead || m.score > lead.score) lead = m;
  }
  if (!lead) return null;
  const highlights = mergeRanges(ranges);
  const covered = highlights.reduce((n, [a, b]) => n + b - a, 0);
  // Prefer names the query covers more of (身份证 → 居民身份证申领 before 临时身份证明...), then popular items.
  const length = index.terms[p.name]!.text.length;
  const coverage = length ? (covered / length) * 60 : 0;
  const score = total / tokens.length + coverage + p.boost;
  return { doc: p.doc, score, matchedBy: lead.matchedBy, matchedTerm: lead.matchedTerm, highlights };
}

/**
 * Search the index. Returns every matching document (after `filter`), best first. Typo-tolerant matching runs
 * only when exact matching finds fewer than `fuzzyBelow` documents (by default: none). Without usable tokens (empty, only emoji or
 * punctuation) returns null so the caller can list instead.
 */
export function searchIndex<D>(index: SearchIndex<D>, query: string, filter: (d: D) => boolean = () => true, fuzzyBelow = 1): SearchHit<D>[] | null {
  const words = tokenize(query);
  if (words.length === 0) return null;
  const candidates = index.docs.filter((p) => filter(p.doc));
  const run = (fuzzy: boolean) => {
    // Fresh memos per pass: a term that failed exactly may still match with typos.
    const tokens: QueryToken[] = words.map((w) => ({ token: prepareToken(w), expansions: expandEveryday(w), asName: new Map(), asKeyword: new Map(), asDepartment: new Map() }));
    const hits: SearchHit<D>[] = [];
    for (const p of candidates) {
      const h = matchDoc(index, p, tokens, fuzzy);
      if (h) hits.push(h);
    }
    return hits;
  };
  let hits = run(false);
  if (hits.length < fuzzyBelow) {
    const seen = new Set(hits.map((h) => h.doc));
    hits = hits.concat(run(true).filter((h) => !seen.has(h.doc)));
  }
  return hits.sort((a, b) => b.score - a.score);
}
