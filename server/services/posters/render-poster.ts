import sharp from 'sharp';
import { wrapText, type PosterContent } from '../../domain/catalog/poster-content';
import { cjkPdf, type CjkFont } from './cjk-font';

/** PNG poster size: A4 at 150 dpi. */
export const POSTER_PX = { width: 1240, height: 1754 } as const;
/** Where the two codes sit on the PNG (tests decode them from these boxes). */
export const CODE_BOXES = {
  wxa: { left: 110, top: 1090, size: 480 },
  url: { left: 650, top: 1090, size: 480 },
} as const;

const BLUE = '#0b57a4';
const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The poster as PNG: an SVG laid out here, rasterised by sharp (librsvg + fontconfig finds the CJK font). */
export async function renderPosterPng(c: PosterContent, codes: { wxa: Buffer; url: Buffer }, font: CjkFont): Promise<Buffer> {
  const f = `font-family="${esc(font.family)}, sans-serif"`;
  const parts: string[] = [
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect width="100%" height="220" fill="${BLUE}"/>`,
    `<text x="80" y="125" ${f} font-size="72" font-weight="bold" fill="#fff">最多跑一次</text>`,
    `<text x="80" y="190" ${f} font-size="36" fill="#dbe8f7">扫码查看办事指南 · 材料一次说清</text>`,
  ];
  let y = 350;
  for (const line of wrapText(c.title, 14).slice(0, 3)) {
    parts.push(`<text x="80" y="${y}" ${f} font-size="76" font-weight="bold" fill="#1a1a1a">${esc(line)}</text>`);
    y += 96;
  }
  parts.push(`<text x="80" y="${y}" ${f} font-size="40" fill="#555">${esc(c.department)}</text>`);
  y += 80;
  if (c.windowLine) {
    parts.push(`<text x="80" y="${y}" ${f} font-size="52" font-weight="bold" fill="#c0392b">${esc(c.windowLine)}</text>`);
    y += 90;
  }
  let x = 80;
  for (const b of c.badges) {
    const w = b.length * 38 + 40;
    parts.push(`<rect x="${x}" y="${y - 46}" width="${w}" height="62" rx="31" fill="#e8f1fb" stroke="${BLUE}" stroke-width="2"/>`);
    parts.push(`<text x="${x + 20}" y="${y}" ${f} font-size="36" fill="${BLUE}">${esc(b)}</text>`);
    x += w + 24;
  }
  y += 80;
  for (const fact of c.facts) {
    for (const line of wrapText(fact, 28).slice(0, 2)) {
      if (y > CODE_BOXES.wxa.top - 30) break;
      parts.push(`<text x="80" y="${y}" ${f} font-size="38" fill="#333">${esc(line)}</text>`);
      y += 56;
    }
  }
  for (const [key, caption] of [['wxa', '微信扫码 · 小程序'], ['url', '手机浏览器扫码 · 网页版']] as const) {
    const box = CODE_BOXES[key];
    const img = codes[key].toString('base64');
    parts.push(`<image x="${box.left}" y="${box.top}" width="${box.size}" height="${box.size}" href="data:image/png;base64,${img}"/>`);
    parts.push(`<text x="${box.left + box.size / 2}" y="${box.top + box.size + 60}" ${f} font-size="36" fill="#333" text-anchor="middle">${caption}</text>`);
  }
  parts.push(`<text x="80" y="${POSTER_PX.height - 50}" ${f} font-size="28" fill="#888">事项编码 ${esc(c.code)}</text>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER_PX.width}" height="${POSTER_PX.height}">${parts.join('')}</svg>`;
  return sharp(Buffer.from(svg), { density: 72 }).flatten({ background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer();
}

/** The poster as an A4 PDF with the CJK font embedded (subset), so it prints the same anywhere. */
export async function renderPosterPdf(c: PosterContent, codes: { wxa: Buffer; url: Buffer }, font: CjkFont): Promise<Buffer> {
  const { doc, bytes: done } = cjkPdf({ size: 'A4', margin: 0, info: { Title: c.title, Subject: `${c.department} 办事指南海报`, Creator: 'OneTrip 最多跑一次' } }, font);
  const W = 595.28;
  doc.rect(0, 0, W, 106).fill(BLUE);
  doc.fillColor('#ffffff').fontSize(34).text('最多跑一次', 38, 26);
  doc.fillColor('#dbe8f7').fontSize(16).text('扫码查看办事指南 · 材料一次说清', 38, 72);
  doc.fillColor('#1a1a1a').fontSize(34).text(c.title, 38, 140, { width: W - 76 });
  doc.moveDown(0.3).fillColor('#555555').fontSize(18).text(c.department, { width: W - 76 });
  if (c.windowLine) doc.moveDown(0.5).fillColor('#c0392b').fontSize(24).text(c.windowLine, { width: W - 76 });
  doc.moveDown(0.6).fillColor(BLUE).fontSize(18).text(c.badges.join('  ·  '), { width: W - 76 });
  doc.moveDown(0.6).fillColor('#333333').fontSize(16);
  for (const fact of c.facts) doc.text(fact, { width: W - 76 }).moveDown(0.2);
  const size = 220;
  const top = 842 - size - 110;
  doc.image(codes.wxa, 55, top, { width: size });
  doc.image(codes.url, W - 55 - size, top, { width: size });
  doc.fillColor('#333333').fontSize(15);
  doc.text('微信扫码 · 小程序', 55, top + size + 10, { width: size, align: 'center' });
  doc.text('手机浏览器扫码 · 网页版', W - 55 - size, top + size + 10, { width: size, align: 'center' });
  doc.fillColor('#888888').fontSize(12).text(`事项编码 ${c.code}`, 38, 842 - 40);
  doc.end();
  return done;
}
