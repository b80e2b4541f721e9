import http from 'node:http';
import { ZErrorBody } from '@shared/errors';
import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ JSON_BODY_LIMIT: '1kb' });
});
afterAll(async () => {
  await server.stop();
});

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = ZErrorBody.parse(await res.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/); // a Chinese message for the user
  expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  return body;
}

describe('the error model', () => {
  it('returns 404 NOT_FOUND for an unknown API route', async () => {
    await expectError(await server.get('/api/v1/no-such-thing'), 404, 'NOT_FOUND');
  });

  it('returns 404 NOT_FOUND for a missing static asset instead of the app shell', async () => {
    await expectError(await server.get('/static/js/missing.123.js'), 404, 'NOT_FOUND');
  });

  it('returns 405 with Allow for a known route and a wrong method', async () => {
    const res = await server.fetch('/api/v1/home', { method: 'DELETE' });
    await expectError(res, 405, 'METHOD_NOT_ALLOWED');
    expect(res.headers.get('allow')).toContain('GET');
  });

  it('returns 400 BAD_REQUEST for malformed JSON, never 500', async () => {
    const res = await server.fetch('/api/v1/home', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a": ' });
    const body = await expectError(res, 400, 'BAD_REQUEST');
    expect(body.error.message).toContain('JSON');
  });

  it('returns 413 PAYLOAD_TOO_LARGE for a body over the limit', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(5_000) });
    await expectError(await server.fetch('/api/v1/home', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('returns 400 VALIDATION_FAILED with field details for bad query input', async () => {
    const body = await expectError(await server.get('/api/v1/regions?parent=abc'), 400, 'VALIDATION_FAILED');
    expect(body.error.details).toEqual([expect.objectContaining({ path: 'query.parent' })]);
  });

  it('keeps a sane incoming X-Request-Id and replaces an unsafe one', async () => {
    const kept = await server.get('/healthz', { headers: { 'x-request-id': 'abc12345-trace' } });
    expect(kept.headers.get('x-request-id')).toBe('abc12345-trace');
    const replaced = await server.get('/healthz', { headers: { 'x-request-id': 'bad id<script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets an in-flight request finish during graceful shutdown', async () => {
    const s2 = await startTestServer();
    const url = new URL(s2.url);
    // A request whose body is still arriving when shutdown starts.
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: '/api/v1/home', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 12 } },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write('{"a":');
      setTimeout(() => req.end(' 12345}'), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const stopped = s2.stop();
    const res = await response;
    await stopped;
    expect(res.status).toBe(405); // answered normally, not cut off
    expect(JSON.parse(res.body).error.code).toBe('METHOD_NOT_ALLOWED');
    await expect(fetch(s2.url + 'healthz')).rejects.toThrow();
  });
});
