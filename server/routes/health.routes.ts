import Router from '@koa/router';
import type { THealth } from '@shared/schemas/health';
import type { AppDeps, AppState } from '../http/context';

/** Liveness (process answers) and readiness (every dependency answers; 503 otherwise, for load balancers). */
export function healthRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  router.get('/healthz', (ctx) => {
    const body: THealth = { status: 'ok', version: deps.version };
    ctx.body = body;
  });
  router.get('/readyz', async (ctx) => {
    const names = Object.keys(deps.readiness);
    const results = await Promise.all(names.map((n) => deps.readiness[n]!().catch(() => false)));
    const checks = Object.fromEntries(names.map((n, i) => [n, results[i]!]));
    const ok = results.every(Boolean);
    const body: THealth = { status: ok ? 'ok' : 'unavailable', checks, version: deps.version };
    ctx.status = ok ? 200 : 503;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
  });
  return router;
}
