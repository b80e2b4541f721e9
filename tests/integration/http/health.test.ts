import { ZHealth } from '@shared/schemas/health';
import { ZErrorBody } from '@shared/errors';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { TcpProxy } from '../../helpers/tcp-proxy';

describe('GET /healthz and /readyz', () => {
  let server: TestServer;
  afterEach(async () => {
    await server?.stop();
  });

  it('reports liveness and a checked database', async () => {
    server = await startTestServer();
    const live = ZHealth.parse(await (await server.get('/healthz')).json());
    expect(live.status).toBe('ok');
    const res = await server.get('/readyz');
    expect(res.status).toBe(200);
    expect(ZHealth.parse(await res.json()).checks).toEqual({ database: true });
  });

  it('answers 503 while the database is down and recovers by itself when it returns', async () => {
    const target = new URL(process.env.ONETRIP_TEST_DB_URL!);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    const port = await proxy.start();
    const viaProxy = new URL(target.toString());
    viaProxy.port = String(port);
    server = await startTestServer({ DATABASE_URL: viaProxy.toString() });
    expect((await server.get('/api/v1/home')).status).toBe(200);

    await proxy.cut();
    const ready = await server.get('/readyz');
    expect(ready.status).toBe(503);
    expect(ZHealth.parse(await ready.json())).toMatchObject({ status: 'unavailable', checks: { database: false } });
    const api = await server.get('/api/v1/home');
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('5');
    expect(ZErrorBody.parse(await api.json()).error.code).toBe('SERVICE_UNAVAILABLE');
    expect((await server.get('/healthz')).status).toBe(200); // the process itself is alive

    await proxy.restore();
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await server.get('/readyz')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect((await server.get('/api/v1/home')).status).toBe(200);
    await server.stop();
    await proxy.cut();
  });
});
