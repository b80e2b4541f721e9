import bwipjs from 'bwip-js/node';
import { PNG } from 'pngjs';
import { CODE128_PATTERNS, code128Modules, code128Values } from '../../../server/domain/courier/code128';

/** Decode module widths back to text (sets B and C), checking the checksum: an independent reading of the bars. */
function decode(modules: number[]): string {
  const symbols: number[] = [];
  for (let i = 0; i < modules.length; ) {
    const len = symbols.length === 0 || modules.length - i > 7 ? 6 : 7;
    const pattern = modules.slice(i, i + len).join('');
    const v = CODE128_PATTERNS.indexOf(pattern);
    if (v < 0) throw new Error(`no symbol ${pattern}`);
    symbols.push(v);
    i += len;
  }
  const data = symbols.slice(0, -2);
  const check = data.reduce((s, v, k) => s + v * (k === 0 ? 1 : k), 0) % 103;
  if (check !== symbols.at(-2)) throw new Error('checksum mismatch');
  let set = data[0] === 105 ? 'C' : 'B';
  let out = '';
  for (const v of data.slice(1)) {
    if (v === 99) set = 'C';
    else if (v === 100) set = 'B';
    else out += set === 'C' ? String(v).padStart(2, '0') : String.fromCharCode(v + 32);
  }
  return out;
}

/** Bar/space run lengths of one row of a PNG, in modules (the narrowest run is one module). */
function modulesOfPng(png: Buffer): number[] {
  const img = PNG.sync.read(png);
  const y = Math.floor(img.height / 3);
  const dark = (x: number) => img.data[(y * img.width + x) * 4]! < 128;
  const runs: number[] = [];
  let x = 0;
  while (x < img.width && !dark(x)) x += 1;
  let end = img.width - 1;
  while (end > 0 && !dark(end)) end -= 1;
  while (x <= end) {
    const d = dark(x);
    let n = 0;
    while (x <= end && dark(x) === d) {
      n += 1;
      x += 1;
    }
    runs.push(n);
  }
  const unit = Math.min(...runs);
  return runs.map((r) => Math.round(r / unit));
}

describe('Code 128 for waybill labels', () => {
  it('has 107 distinct symbols of 11 modules (stop: 13), three bars and three spaces each', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
    CODE128_PATTERNS.forEach((p, i) => expect([...p].reduce((s, c) => s + Number(c), 0)).toBe(i === 106 ? 13 : 11));
  });

  it('encodes EMS numbers in set C and mixed text in B with a switch, and decodes back', () => {
    expect(code128Values('1100000000101').slice(0, 2)).toEqual([105, 11]);
    for (const text of ['1100000000101', 'EA123456789CN', 'A1', '5305-20261125-000123']) expect(decode(code128Modules(text))).toBe(text);
  });

  it('reads bwip-js barcodes (an independent encoder) with the same symbol table, and matches its bars for EMS numbers', async () => {
    const render = (text: string) => bwipjs.toBuffer({ bcid: 'code128', text, scale: 2, height: 8, includetext: false, paddingwidth: 4, backgroundcolor: 'FFFFFF' });
    for (const text of ['EA123456789CN', 'Shipment-42', '5305-20261125-000123']) expect(decode(modulesOfPng(await render(text)))).toBe(text);
    // An all-digit number has one optimal encoding (set C throughout): the bars must be identical.
    expect(modulesOfPng(await render('1100000000101'))).toEqual(code128Modules('1100000000101'));
  });
});
