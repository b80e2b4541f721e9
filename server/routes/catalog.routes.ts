import Router from '@koa/router';
import { api } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { mount } from '../http/route';
import { getHome } from '../services/home/get-home';
import { listRegionChildren } from '../services/regions/list-region-children';

/** Public catalogue reads: the home page and the region tree. */
export function catalogRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  mount(router, api.home, () => getHome(deps.db), opts);
  mount(router, api.regionChildren, ({ query }) => listRegionChildren(deps.db, query.parent), opts);
  return router;
}
