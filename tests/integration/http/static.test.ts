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
