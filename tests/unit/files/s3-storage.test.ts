import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { S3Storage } from '../../../server/adapters/storage/s3.storage';
import { signV4, sha256Hex, EMPTY_SHA256 } from '../../../server/adapters/storage/sigv4';
import { StorageNotFound } from '../../../server/adapters/storage/storage.port';
import { createStorage } from '../../../server/adapters/storage/create-storage';
import { LocalDiskStorage } from '../../../server/adapters/storage/local-disk.storage';

const AWS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' };

describe('signV4', () => {
  it('matches the GET Object example of the Amazon S3 SigV4 documentation', () => {
    const h = signV4({ method: 'GET', host: 'examplebucket.s3.amazonaws.com', path: '/test.txt', headers: { range: 'bytes=0-9' }, payloadHash: EMPTY_SHA256, now: new Date('2013-05-24T00:00:00Z') }, AWS);
    expect(h.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    expect(h['x-amz-date']).toBe('20130524T000000Z');
  });
});

/**
 * A local fake of the S3 REST API: path-style bucket/key, objects in memory, and every request's SigV4 signature
 * recomputed from what arrived on the wire (the signer itself is pinned by the documented example above).
 */
function fakeS3(secretAccessKey: string) {
  const objects = new Map<string, Buffer>();
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const auth = req.headers.authorization ?? '';
    const signed = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';') ?? [];
    const headers = Object.fromEntries(signed.filter((k) => !['host', 'x-amz-date', 'x-amz-content-sha256'].includes(k)).map((k) => [k, String(req.headers[k])]));
    const payloadHash = String(req.headers['x-amz-content-sha256']);
    const d = String(req.headers['x-amz-date']);
    const now = new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(9, 11)}:${d.slice(11, 13)}:${d.slice(13, 15)}Z`);
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const expected = signV4({ method: req.method!, host: req.headers.host!, path, headers, payloadHash, now }, { ...AWS, secretAccessKey }).authorization;
    if (auth !== expected || (body.length > 0 && sha256Hex(body) !== payloadHash)) {
      res.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
      return;
    }
    const key = path.replace(/^\/onetrip\//, '');
    if (req.method === 'PUT') {
      objects.set(key, body);
      res.writeHead(200).end();
    } else if (!objects.has(key)) {
      res.writeHead(404, { 'content-type': 'application/xml' }).end(req.method === 'HEAD' ? undefined : '<Error><Code>NoSuchKey</Code></Error>');
    } else if (req.method === 'GET') res.writeHead(200).end(objects.get(key));
    else if (req.method === 'HEAD') res.writeHead(200).end();
    else if (req.method === 'DELETE') {
      objects.delete(key);
      res.writeHead(204).end();
    } else res.writeHead(405).end();
  });
  return { server, objects };
}

describe('S3Storage against a local fake S3', () => {
  const fake = fakeS3(AWS.secretAccessKey);
  let endpoint: string;
  beforeAll(async () => {
    await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => fake.server.close(() => r())));

  it('puts, gets, checks and deletes objects with signed requests', async () => {
    const s3 = new S3Storage({ ...AWS, endpoint, bucket: 'onetrip', prefix: 'test' });
    await s3.put('uploads/2026/11/a.pdf', Buffer.from('%PDF-1.4 hello'));
    expect(fake.objects.get('test/uploads/2026/11/a.pdf')?.toString()).toBe('%PDF-1.4 hello');
    expect(await s3.exists('uploads/2026/11/a.pdf')).toBe(true);
    expect(await text(await s3.get('uploads/2026/11/a.pdf'))).toBe('%PDF-1.4 hello');
    await s3.delete('uploads/2026/11/a.pdf');
    await s3.delete('uploads/2026/11/a.pdf');
    expect(await s3.exists('uploads/2026/11/a.pdf')).toBe(false);
    await expect(s3.get('uploads/2026/11/a.pdf')).rejects.toBeInstanceOf(StorageNotFound);
  });

  it('fails loudly with a wrong secret and refuses keys that are not the server\'s own', async () => {
    const wrong = new S3Storage({ ...AWS, secretAccessKey: 'not-the-secret', endpoint, bucket: 'onetrip' });
    await expect(wrong.put('uploads/x.pdf', Buffer.from('x'))).rejects.toThrow('HTTP 403 SignatureDoesNotMatch');
    const s3 = new S3Storage({ ...AWS, endpoint, bucket: 'onetrip' });
    await expect(s3.put('../other-bucket/x', Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
  });
});

describe('createStorage', () => {
  it('uses the local disk by default and S3 when an endpoint is configured, refusing half a configuration', () => {
    expect(createStorage({ DATA_DIR: '/tmp/x' })).toBeInstanceOf(LocalDiskStorage);
    expect(createStorage({ DATA_DIR: '/tmp/x', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' })).toBeInstanceOf(S3Storage);
    expect(() => createStorage({ DATA_DIR: '/tmp/x', S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow('S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY');
  });
});
