import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from '../../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('serving the H5 build', () => {
  it('serves index.html at / and for app routes (browser history)', async () => {
    for (const p of ['/', '/pages/index/index', '/staff/pages/workbench/index']) {
      const res = await server.get(p);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('fixture-h5-shell');
    }
  });

  it('serves assets that exist', async () => {
    const res = await server.get('/app.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('fixture asset');
  });

  it('does not escape the build folder', async () => {
    const res = await server.get('/..%2f..%2fpackage.json');
    expect([400, 403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('"name": "onetrip"');
  });

  it('explains how to build when the H5 build is missing', async () => {
    const s2 = await startTestServer({ H5_DIR: '/nonexistent-h5' });
    try {
      const res = await s2.get('/');
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build:h5');
      expect((await s2.get('/api/v1/home')).status).toBe(200);
    } finally {
      await s2.stop();
    }
  });
});

describe('caching and compression', () => {
  let s: TestServer;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onetrip-h5-'));
  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    fs.mkdirSync(path.join(dir, 'js'));
    fs.writeFileSync(path.join(dir, 'js', 'app.e8e1eb92.js'), `console.log(${JSON.stringify('保山'.repeat(2000))});`);
    s = await startTestServer({ H5_DIR: dir });
  });
  afterAll(async () => {
    await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('caches content-hashed assets for a year and revalidates the shell', async () => {
    const asset = await s.get('/js/app.e8e1eb92.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const shell = await s.get('/pages/index/index');
    expect(shell.headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses large responses for clients that accept it', async () => {
    const res = await s.get('/js/app.e8e1eb92.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect((await res.text()).length).toBeGreaterThan(4000); // fetch decodes it transparently
  });
});

describe('the shell and the content security policy', () => {
  let s: TestServer;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onetrip-h5-csp-'));
  const writeShell = (script: string, mtime: Date) => {
    const file = path.join(dir, 'index.html');
    fs.writeFileSync(file, `<!doctype html><html><head><script>${script}</script><script defer="defer" src="/js/app.e8e1eb92.js"></script></head><body></body></html>`);
    fs.utimesSync(file, mtime, mtime);
  };
  const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const scriptSrc = (res: Response) =>
    (res.headers.get('content-security-policy') ?? '')
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src '));
  beforeAll(async () => {
    writeShell('document.documentElement.style.fontSize="20px"', new Date('2026-01-01T00:00:00Z'));
    s = await startTestServer({ H5_DIR: dir });
  });
  afterAll(async () => {
    await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // Taro's shell sizes the root font (every rem of the app) with an inline script; blocked, the app drew at 80%.
  it("allows exactly the shell's inline script by hash, on every app route and on /index.html", async () => {
    for (const p of ['/', '/pages/index/index', '/index.html']) {
      const res = await s.get(p);
      expect(res.status).toBe(200);
      expect(scriptSrc(res)).toBe(`script-src 'self' ${sha256('document.documentElement.style.fontSize="20px"')}`);
    }
  });

  it('follows a rebuilt shell without a restart', async () => {
    writeShell('document.documentElement.style.fontSize="24px"', new Date('2026-01-02T00:00:00Z'));
    expect(scriptSrc(await s.get('/'))).toBe(`script-src 'self' ${sha256('document.documentElement.style.fontSize="24px"')}`);
  });

  it('keeps inline scripts refused everywhere else', async () => {
    expect(scriptSrc(await s.get('/api/v1/home'))).toBe("script-src 'self'");
    expect(scriptSrc(await s.get('/js/missing.e8e1eb92.js'))).toBe("script-src 'self'");
  });
});
