import { countPdfPages, pdfHasActiveContent, sanitiseDisplayName, sniffType } from '../../../server/domain/files/sniff';

const bytes = (...b: number[]) => Buffer.from(b);

describe('sniffType', () => {
  it('recognises JPEG, PNG, WebP, HEIC and PDF by content', () => {
    expect(sniffType(bytes(0xff, 0xd8, 0xff, 0xdb, 0, 0))?.mime).toBe('image/jpeg');
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.mime).toBe('image/png');
    expect(sniffType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))?.mime).toBe('image/webp');
    expect(sniffType(Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1'))?.mime).toBe('image/heic');
    expect(sniffType(Buffer.from('\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00', 'latin1'))?.mime).toBe('image/heic');
    expect(sniffType(Buffer.from('%PDF-1.7\n'))?.mime).toBe('application/pdf');
  });

  it('refuses everything else, including disguises and near misses', () => {
    expect(sniffType(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'))).toBeNull(); // Windows .exe
    expect(sniffType(Buffer.from('<!doctype html><p>%PDF-1.4'))).toBeNull();
    expect(sniffType(Buffer.from('  %PDF-1.4 leading spaces'))).toBeNull();
    expect(sniffType(Buffer.from('\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00', 'latin1'))).toBeNull(); // MP4 video
    expect(sniffType(Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
    expect(sniffType(Buffer.from('GIF89a......'))).toBeNull();
    expect(sniffType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffType(Buffer.alloc(0))).toBeNull();
  });
});

describe('countPdfPages', () => {
  it('reads the page tree count, or counts page objects when the count is hidden', () => {
    expect(countPdfPages(Buffer.from('%PDF-1.4\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 12 >> endobj'))).toBe(12);
    expect(countPdfPages(Buffer.from('%PDF-1.4\n2 0 obj << /Count 7 /Type /Pages >> endobj'))).toBe(7);
    expect(countPdfPages(Buffer.from('%PDF-1.4\n<< /Type /Page >> << /Type/Page >> << /Type /Pages >>'))).toBe(2);
    expect(countPdfPages(Buffer.from('%PDF-1.4\n%%EOF'))).toBe(0);
  });

  it('flags JavaScript, launch actions and embedded files', () => {
    expect(pdfHasActiveContent(Buffer.from('<< /S /JavaScript /JS (x) >>'))).toBe(true);
    expect(pdfHasActiveContent(Buffer.from('<< /S /Launch /F (cmd.exe) >>'))).toBe(true);
    expect(pdfHasActiveContent(Buffer.from('<< /Type /EmbeddedFile >>'))).toBe(true);
    expect(pdfHasActiveContent(Buffer.from('<< /Type /Page /JSON 1 >>'))).toBe(false);
  });
});

describe('sanitiseDisplayName', () => {
  it('keeps only the base name, strips control and bidi characters, and uses the sniffed extension', () => {
    expect(sanitiseDisplayName('../../etc/passwd', 'jpg')).toBe('passwd.jpg');
    expect(sanitiseDisplayName('C:\\Windows\\system32\\evil.exe', 'png')).toBe('evil.png');
    expect(sanitiseDisplayName('invoice\u202Efdp.exe', 'pdf')).toBe('invoicefdp.pdf');
    expect(sanitiseDisplayName('a\u0000b\nc<d>.jpg', 'jpg')).toBe('abcd.jpg');
    expect(sanitiseDisplayName('.htaccess', 'png')).toBe('htaccess.png');
    expect(sanitiseDisplayName('营业执照 扫描件.PDF', 'pdf')).toBe('营业执照 扫描件.pdf');
    expect(sanitiseDisplayName(undefined, 'jpg')).toBe('文件.jpg');
    expect(sanitiseDisplayName('../..', 'jpg')).toBe('文件.jpg');
    expect([...sanitiseDisplayName('长'.repeat(300), 'pdf')]).toHaveLength(84);
  });
});
