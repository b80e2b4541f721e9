import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';

export interface LoopbackServer {
  url: string;
  /** Stops accepting, drops kept-alive connections and resolves when closed. */
  stop(): Promise<void>;
}

/**
 * Serve a simulator's Koa app on 127.0.0.1 (a free port unless one is given). Short keep-alive so a stopping test
 * server is not held open by an idle client connection.
 */
export async function listenOnLoopback(app: Koa, port = 0): Promise<LoopbackServer> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  server.keepAliveTimeout = 1000;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
