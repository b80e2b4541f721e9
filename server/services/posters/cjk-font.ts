import fs from 'node:fs';
import PDFDocument from 'pdfkit';

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

/**
 * A PDF document with the CJK font registered and selected, and the promise of its bytes once `doc.end()` is called.
 */
export function cjkPdf(options: PDFKit.PDFDocumentOptions, font: CjkFont): { doc: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font.path, font.face);
  doc.font('cjk');
  return { doc, bytes };
}
