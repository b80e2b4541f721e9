import zlib from 'node:zlib';

/**
 * The decoded contents of every FlateDecode stream in a PDF, cut by each stream's declared /Length.
 *
 * Why not a regex up to "endstream": pdfkit writes `stream\n<bytes>\nendstream`, and compressed bytes are arbitrary;
 * when the last one happens to be \r (about one stream in 256), `\r?\nendstream` swallows it and the stream no longer
 * inflates. That made the poster test fail at random in CI.
 */
export function pdfStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const head = /<<((?:(?!>>\s*stream)[\s\S])*?)>>\s*stream\r?\n/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const dict = m[1]!;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    if (!length) throw new Error(`PDF stream at byte ${m.index} has no direct /Length`);
    const start = m.index + m[0].length;
    const bytes = pdf.subarray(start, start + Number(length[1]));
    out.push(/\/FlateDecode/.test(dict) ? zlib.inflateSync(bytes).toString('latin1') : bytes.toString('latin1'));
    head.lastIndex = start + bytes.length;
  }
  return out;
}
