import fs from 'node:fs';
import PDFDocument from 'pdfkit';

/** A generated blank form or filled sample for a material. */
export interface DocumentSpec {
  /** Stable key: template base code, material index, kind. */
  key: string;
  kind: 'blank' | 'sample';
  itemName: string;
  materialName: string;
}

// CJK fonts that may be installed (Debian: fonts-wqy-microhei, fonts-noto-cjk). Without one, SVG documents are made
// instead: browsers and WeChat render their text with the phone's own fonts.
const CJK_FONTS = [
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHei'],
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
] as const;

let fontCache: { data: Buffer; family: string } | null | undefined;
function cjkFont(): { data: Buffer; family: string } | null {
  if (fontCache !== undefined) return fontCache;
  const found = CJK_FONTS.find(([file]) => fs.existsSync(file));
  fontCache = found ? { data: fs.readFileSync(found[0]), family: found[1] } : null;
  return fontCache;
}

const SAMPLE_VALUES: Record<string, string> = {
  '申请人（单位）名称': '张伟 / 保山市隆阳区张记米线店',
  '证件类型及号码': '居民身份证 5305**********1234',
  联系电话: '138****5678',
  联系地址: '云南省保山市隆阳区永昌街道正阳北路88号',
  申请事项: '',
  '申请内容及理由': '本人申请办理该事项，所填内容及所附材料真实有效。',
  '申请人签字（盖章）': '张伟',
  日期: '2026年11月25日',
};

/** Field rows of a form: the common applicant block plus the material's own name. */
function rows(spec: DocumentSpec): [string, string][] {
  return Object.entries(SAMPLE_VALUES).map(([label, value]) => [label, spec.kind === 'sample' ? (label === '申请事项' ? spec.itemName : value) : '']);
}

function title(spec: DocumentSpec): string {
  return `${spec.materialName}${spec.kind === 'blank' ? '（空白表）' : '（填写示例）'}`;
}

/** Render a document: PDF with an embedded CJK font when one is installed, else SVG. Deterministic bytes. */
export function renderDocument(spec: DocumentSpec): Promise<{ data: Buffer; mime: string; ext: string }> {
  const font = cjkFont();
  if (!font) return Promise.resolve({ data: renderSvg(spec), mime: 'image/svg+xml', ext: 'svg' });
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      // A fixed date keeps the bytes (and so the sha256) stable across seeds.
      info: { Title: title(spec), Producer: 'OneTrip', Creator: 'OneTrip', CreationDate: new Date('2026-01-01T00:00:00Z') },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => resolve({ data: Buffer.concat(chunks), mime: 'application/pdf', ext: 'pdf' }));
    doc.registerFont('cjk', font.data, font.family);
    doc.font('cjk').fontSize(18).text(title(spec), { align: 'center' });
    doc.moveDown(0.5).fontSize(10).fillColor('#555').text(`适用事项：${spec.itemName}`, { align: 'center' });
    doc.moveDown(1).fillColor('#000').fontSize(12);
    const x = 56;
    let y = doc.y;
    for (const [label, value] of rows(spec)) {
      doc.rect(x, y, 150, 34).stroke().rect(x + 150, y, 333, 34).stroke();
      doc.text(label, x + 8, y + 10, { width: 136 });
      if (value) doc.fillColor('#1a4fa0').text(value, x + 158, y + 10, { width: 318 }).fillColor('#000');
      y += 34;
    }
    doc.fontSize(10).text(
      spec.kind === 'sample'
        ? '说明：本示例中的个人信息均为虚构，仅供参考填写格式。'
        : '填表说明：请用黑色签字笔或钢笔填写，字迹清楚；也可在小程序中在线填写，无需打印。',
      x,
      y + 20,
      { width: 483 },
    );
    if (spec.kind === 'sample') doc.fontSize(60).fillColor('#e33', 0.15).text('样 表', x, 380, { width: 483, align: 'center' });
    doc.end();
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function renderSvg(spec: DocumentSpec): Buffer {
  const lines = rows(spec).map(
    ([label, value], i) =>
      `<rect x="40" y="${110 + i * 40}" width="160" height="40" fill="none" stroke="#000"/><rect x="200" y="${110 + i * 40}" width="355" height="40" fill="none" stroke="#000"/>` +
      `<text x="48" y="${135 + i * 40}" font-size="14">${escapeXml(label)}</text><text x="208" y="${135 + i * 40}" font-size="14" fill="#1a4fa0">${escapeXml(value)}</text>`,
  );
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="595" height="842" viewBox="0 0 595 842"><rect width="595" height="842" fill="#fff"/>` +
      `<text x="297" y="60" font-size="22" text-anchor="middle">${escapeXml(title(spec))}</text>` +
      `<text x="297" y="88" font-size="12" fill="#555" text-anchor="middle">适用事项：${escapeXml(spec.itemName)}</text>${lines.join('')}</svg>`,
    'utf8',
  );
}
