/**
 * Best approximate occurrence of `pattern` inside `text` (Sellers' algorithm): the substring with the fewest
 * edits (substitutions, insertions, deletions), at most `maxEdits`. Rows stop early once every cell exceeds the
 * limit, so misses are cheap. Returns [start, end) in text and the number of edits, or null.
 */
export function approxFind(pattern: string, text: string, maxEdits: number): { start: number; end: number; edits: number } | null {
  const m = pattern.length;
  const n = text.length;
  if (m === 0 || n === 0 || m - maxEdits > n || !mayMatch(pattern, text, maxEdits)) return null;
  let prev = new Array<number>(n + 1).fill(0);
  let prevStart = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1);
  let curStart = new Array<number>(n + 1);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    curStart[0] = 0;
    let rowMin = i;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      let best = prev[j - 1]! + (pc === text.charCodeAt(j - 1) ? 0 : 1);
      let start = prevStart[j - 1]!;
      if (prev[j]! + 1 < best) {
        best = prev[j]! + 1;
        start = prevStart[j]!;
      }
      if (cur[j - 1]! + 1 < best) {
        best = cur[j - 1]! + 1;
        start = curStart[j - 1]!;
      }
      cur[j] = best;
      curStart[j] = start;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > maxEdits) return null;
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  let bestJ = -1;
  for (let j = 1; j <= n; j++) {
    if (prev[j]! > maxEdits) continue;
    // Fewest edits wins; on a tie from the same start, the longer span (a wrong last character is still covered).
    if (bestJ < 0 || prev[j]! < prev[bestJ]! || (prev[j] === prev[bestJ] && prevStart[j] === prevStart[bestJ])) bestJ = j;
  }
  return bestJ < 0 ? null : { start: prevStart[bestJ]!, end: bestJ, edits: prev[bestJ]! };
}

/**
 * Pigeonhole filter: with at most k edits, one of k+1 disjoint pieces of the pattern occurs unchanged in the text.
 * Cheap indexOf calls rule out most texts before the quadratic algorithm runs.
 */
export function mayMatch(pattern: string, text: string, k: number): boolean {
  const size = Math.floor(pattern.length / (k + 1));
  if (size === 0) return true;
  for (let i = 0; i <= k; i++) if (text.includes(pattern.slice(i * size, i === k ? undefined : (i + 1) * size))) return true;
  return false;
}
