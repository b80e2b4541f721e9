import type Router from '@koa/router';
import { api, API_PREFIX, type Endpoint } from '@shared/api';
import { loadEnv } from '../../../server/env';
import type { AppDeps, AppState } from '../../../server/http/context';
import { routeFactories } from '../../../server/routes';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { call } from './helpers';

/**
 * "Tests cover 401/403 for every route", kept true for future routes: every contract entry is checked from its
 * own `auth`, and every route registered outside the contract (file downloads, posters, health) must be listed
 * in RAW_ROUTES with who may call it, or this file fails.
 */
type Auth = Endpoint['auth'];

/** Routes outside the JSON contract, with the kind of caller each admits. */
const RAW_ROUTES: Record<string, Auth> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  [`GET ${API_PREFIX}/openapi.json`]: 'public',
  [`GET ${API_PREFIX}/files/:id`]: 'public',
  // Decided per file by readFileContent (a signed, expiring link, or the owner's/handler's session); an
  // anonymous caller gets 404 for a file they may not know exists. Covered by tests/integration/files.
  [`GET ${API_PREFIX}/files/:id/content`]: 'public',
  // The PNG of a case QR: the signed, 5-minute token in ?t= is the capability (tests/integration/review/lookup).
  [`GET ${API_PREFIX}/case-qr.png`]: 'public',
  [`GET ${API_PREFIX}/admin/catalog/export`]: 'staff',
  [`GET ${API_PREFIX}/admin/catalog/items/:itemId/poster`]: 'staff',
  [`GET ${API_PREFIX}/admin/catalog/posters`]: 'staff',
  // WeChat Pay and the courier call these: no session, the signature over the raw body decides (tests/integration/delivery).
  [`POST ${API_PREFIX}/pay/wechat/notify`]: 'public',
  [`POST ${API_PREFIX}/pay/wechat/refund-notify`]: 'public',
  [`POST ${API_PREFIX}/courier/ems/push`]: 'public',
  [`GET ${API_PREFIX}/staff/cases/:id/label.pdf`]: 'staff',
  // XLSX/CSV download of the supervision figures (desensitised, audited: tests/integration/supervision).
  [`GET ${API_PREFIX}/staff/supervision/export`]: 'staff',
};

const NIL = '00000000-0000-0000-0000-000000000000';
const fill = (path: string) => path.replace(/:[A-Za-z]+/g, NIL);

/** Every (method, path) the routers register, read from the routers themselves (deps are never touched). */
function registeredRoutes(): string[] {
  const env = loadEnv({ NODE_ENV: 'test', DEMO: '1', DATABASE_URL: 'postgresql://u:p@127.0.0.1:1/none' });
  const deps = new Proxy({ env, demo: true } as unknown as AppDeps, {
    get: (t, k) => (k in t ? (t as unknown as Record<string | symbol, unknown>)[k] : new Proxy({}, {})),
  });
  const out = new Set<string>();
  for (const router of routeFactories.map((f) => f(deps)) as Router<AppState>[]) {
    for (const layer of router.stack) {
      for (const m of layer.methods.filter((x) => x !== 'HEAD')) out.add(`${m} ${layer.path}`);
    }
  }
  return [...out];
}

const contract = Object.entries(api).map(([name, e]) => ({ name, method: e.method as string, path: API_PREFIX + e.path, auth: e.auth as Auth }));
const contractKeys = new Set(contract.map((c) => `${c.method} ${c.path}`));
const raw = Object.entries(RAW_ROUTES).map(([key, auth]) => {
  const [method, path] = key.split(' ') as [string, string];
  return { name: key, method, path, auth };
});
const protectedRoutes = [...contract, ...raw].filter((r) => r.auth !== 'public');

let server: TestServer;
let citizenToken: string;
let staffToken: string;
beforeAll(async () => {
  server = await startTestServer();
  citizenToken = (await createCitizen(server.dbHandle.db)).token;
  // A staff member with no roles: the contract's kind check must not depend on a role check further in.
  staffToken = (await createStaff(server.dbHandle.db, [])).token;
}, 60_000);
afterAll(() => server.stop());

describe('every route is covered', () => {
  it('each registered route is in the contract or listed in RAW_ROUTES', () => {
    const unknown = registeredRoutes().filter((k) => !contractKeys.has(k) && !(k in RAW_ROUTES));
    expect(unknown).toEqual([]);
  });

  it('RAW_ROUTES lists only routes that exist', () => {
    const registered = new Set(registeredRoutes());
    expect(Object.keys(RAW_ROUTES).filter((k) => !registered.has(k))).toEqual([]);
  });
});

describe.each(protectedRoutes)('$method $path ($auth)', ({ method, path, auth }) => {
  const body = ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined;
  const url = fill(path);

  it('returns 401 without a session', async () => {
    const r = await call(server, method, url, { body });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('returns 401 with an unknown token', async () => {
    expect((await call(server, method, url, { body, token: 'x'.repeat(43) })).status).toBe(401);
  });

  if (auth === 'staff') {
    it('returns 403 for a citizen', async () => {
      const r = await call(server, method, url, { body, token: citizenToken });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('FORBIDDEN');
    });
  }
  if (auth === 'citizen') {
    it('returns 403 for staff', async () => {
      expect((await call(server, method, url, { body, token: staffToken })).status).toBe(403);
    });
  }
});
