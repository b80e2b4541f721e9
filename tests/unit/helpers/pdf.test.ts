import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { pdfStreams } from '../../helpers/pdf';

function pdfWith(streamBytes: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`%PDF-1.3\n1 0 obj\n<<\n/Length ${streamBytes.length}\n/Filter /FlateDecode\n>>\nstream\n`, 'latin1'),
    streamBytes,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
}

describe('pdfStreams', () => {
  it('keeps a compressed stream whose last byte is \\r (the poster test used to drop it and fail at random)', () => {
    // Find a payload whose deflated form ends in 0x0D, as one in 256 do.
    let payload = '';
    let deflated = Buffer.alloc(0);
    for (let i = 0; ; i += 1) {
      payload = `beginbfchar <${i.toString(16).padStart(4, '0')}> <98DF> endbfchar`;
      deflated = zlib.deflateSync(payload);
      if (deflated[deflated.length - 1] === 0x0d) break;
    }
    expect(pdfStreams(pdfWith(deflated))).toEqual([payload]);
  });

  it('reads every stream of a real pdfkit document', async () => {
    const doc = new PDFDocument({ compress: true });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    doc.text('hello poster');
    doc.end();
    await done;
    const streams = pdfStreams(Buffer.concat(chunks));
    expect(streams.some((s) => s.includes('Tj') || s.includes('TJ'))).toBe(true);
  });
});
