import Router from '@koa/router';
import { API_PREFIX } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { buildOpenApi } from '../openapi';

export function openapiRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const doc = buildOpenApi(deps.version); // built once: the contract does not change at run time
  router.get(`${API_PREFIX}/openapi.json`, (ctx) => {
    ctx.body = doc;
  });
  return router;
}
