/** A run of text, marked when it matched the search. */
export interface TextSegment {
  text: string;
  hit: boolean;
}

/**
 * Splits `text` into plain and matched runs from [start, end) ranges (the API's highlight ranges, in UTF-16
 * code units as JavaScript counts them). Ranges may overlap, touch, come unsorted or stick out of the text:
 * they are clamped and merged, so a bad range can never drop or repeat characters.
 */
export function highlightSegments(text: string, ranges: ReadonlyArray<readonly [number, number]>): TextSegment[] {
  const clamped = ranges
    .map(([start, end]) => [Math.max(0, Math.floor(start)), Math.min(text.length, Math.floor(end))] as const)
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end) && end > start)
    .sort((a, b) => a[0] - b[0]);

  const merged: Array<[number, number]> = [];
  for (const [start, end] of clamped) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }

  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), hit: false });
  return segments;
}
