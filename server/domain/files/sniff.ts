/**
 * Content sniffing by magic numbers. The name and the Content-Type a client sends are never trusted: an .exe
 * renamed .jpg or an HTML page renamed .pdf must be refused, and the type we serve back is the one found here.
 * Only the formats a citizen's phone produces are accepted (photos and PDF scans).
 */
export type SniffedType = { mime: 'image/jpeg'; ext: 'jpg' } | { mime: 'image/png'; ext: 'png' } | { mime: 'image/webp'; ext: 'webp' } | { mime: 'image/heic'; ext: 'heic' } | { mime: 'application/pdf'; ext: 'pdf' };

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

function ascii(buf: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...buf.subarray(start, end));
}

/** The accepted type of the bytes, or null when they are anything else. */
export function sniffType(buf: Uint8Array): SniffedType | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return { mime: 'image/jpeg', ext: 'jpg' };
  if (buf.length >= 8 && buf[0] === 0x89 && ascii(buf, 1, 4) === 'PNG' && buf[4] === 0x0d && buf[5] === 0x0a && buf[6] === 0x1a && buf[7] === 0x0a) {
    return { mime: 'image/png', ext: 'png' };
  }
  if (buf.length >= 12 && ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WEBP') return { mime: 'image/webp', ext: 'webp' };
  // ISO-BMFF: [size]['ftyp'][major brand]…; iPhones write heic/mif1.
  if (buf.length >= 12 && ascii(buf, 4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(buf, 8, 12))) return { mime: 'image/heic', ext: 'heic' };
  // PDF readers accept the header anywhere in the first 1024 bytes; we require it at the start so a polyglot
  // (an HTML page with a PDF header further down) is refused.
  if (buf.length >= 8 && ascii(buf, 0, 5) === '%PDF-') return { mime: 'application/pdf', ext: 'pdf' };
  return null;
}

/** True for the image types (they get the image size limit and may be compressed on the phone). */
export function isImage(t: SniffedType): boolean {
  return t.mime.startsWith('image/');
}

/**
 * Page count of a PDF without a PDF library: the largest /Count of a page tree node, or the number of /Type /Page
 * objects when no page tree count is readable (object streams hide them). 0 means "no pages found": not a real PDF.
 */
export function countPdfPages(buf: Uint8Array): number {
  const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
  let maxCount = 0;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    maxCount = Math.max(maxCount, Number(m[1] ?? m[2]));
  }
  const pageObjects = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  return Math.max(maxCount, pageObjects);
}

/** True when the PDF carries active content (JavaScript, launch actions, embedded files) that a reviewer's viewer might run. */
export function pdfHasActiveContent(buf: Uint8Array): boolean {
  const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
  return /\/(JavaScript|JS|Launch|EmbeddedFile)\b/.test(text);
}

function unsafeChar(c: number): boolean {
  return c < 0x20 || c === 0x7f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * A display name safe to show and to put in Content-Disposition: no directories (../ or C:\), no control or
 * bidi-override characters, no leading dots, at most 80 characters, with the extension of the sniffed type.
 * It is only ever metadata: storage keys are random and never derived from it.
 */
export function sanitiseDisplayName(raw: string | undefined, ext: string): string {
  let base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters, bidi overrides (which make "gnp.exe" read as "exe.png") and characters Windows forbids.
  base = [...base].filter((ch) => !unsafeChar(ch.codePointAt(0)!)).join('');
  base = base.replace(/["<>:|?*]/g, '').trim();
  base = base.replace(/^\.+/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  if (!base) base = '文件';
  return `${[...base].slice(0, 80).join('')}.${ext}`;
}
