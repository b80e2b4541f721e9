/**
 * Code 128 (ISO/IEC 15417) as bar/space module widths, for the waybill barcode on shipping labels. Code set B covers
 * every printable ASCII character; runs of 4+ digits switch to code set C (two digits per symbol), which keeps EMS's
 * 13-digit numbers short enough to scan from a label. Pure: the label renderer draws the bars.
 */

/** Symbol values 0..106 as six (stop: seven) alternating bar/space widths in modules. */
export const CODE128_PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

const START_B = 104;
const START_C = 105;
const CODE_B = 100;
const CODE_C = 99;
const STOP = 106;

/** The symbol values (start, data, checksum, stop) for a text of printable ASCII. */
export function code128Values(text: string): number[] {
  if (!/^[\x20-\x7e]+$/.test(text)) throw new Error('Code 128 label text must be printable ASCII');
  const values: number[] = [];
  let set: 'B' | 'C' | null = null;
  let i = 0;
  const digitRun = (from: number) => /^\d*/.exec(text.slice(from))![0].length;
  while (i < text.length) {
    const run = digitRun(i);
    // Set C pays off for 4+ digits (or the whole text when it is an even run of 2+ digits).
    const useC = run >= 4 || (i === 0 && run === text.length && run >= 2 && run % 2 === 0);
    if (useC) {
      if (set !== 'C') values.push(set === null ? START_C : CODE_C);
      set = 'C';
      const pairs = Math.floor(run / 2);
      for (let k = 0; k < pairs; k += 1) values.push(Number(text.slice(i + 2 * k, i + 2 * k + 2)));
      i += pairs * 2;
      continue;
    }
    if (set !== 'B') values.push(set === null ? START_B : CODE_B);
    set = 'B';
    values.push(text.charCodeAt(i) - 32);
    i += 1;
  }
  const checksum = values.reduce((sum, v, k) => sum + v * (k === 0 ? 1 : k), 0) % 103;
  return [...values, checksum, STOP];
}

/** Module widths, starting with a bar and alternating bar/space (quiet zones not included). */
export function code128Modules(text: string): number[] {
  return code128Values(text).flatMap((v) => [...CODE128_PATTERNS[v]!].map(Number));
}
