import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ CORS_ORIGINS: 'https://admin.onetrip.example.gov.cn' });
});
afterAll(async () => {
  await server.stop();
});

describe('security headers and CORS', () => {
  it('sends security headers on API and page responses', async () => {
    for (const p of ['/api/v1/home', '/']) {
      const res = await server.get(p);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('lets the H5 page read picked photos from blob: URLs for uploading, and nothing else off-site', async () => {
    const csp = (await server.get('/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self' blob:");
    expect(csp).toContain("script-src 'self'");
  });

  it('allows a configured origin', async () => {
    const res = await server.get('/api/v1/home', { headers: { origin: 'https://admin.onetrip.example.gov.cn' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://admin.onetrip.example.gov.cn');
    const pre = await server.fetch('/api/v1/home', {
      method: 'OPTIONS',
      headers: { origin: 'https://admin.onetrip.example.gov.cn', 'access-control-request-method': 'GET' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('gives no CORS headers to any other origin', async () => {
    const res = await server.get('/api/v1/home', { headers: { origin: 'https://evil.example.com' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
