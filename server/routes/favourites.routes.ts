import Router from '@koa/router';
import { api } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { requireCitizen } from '../http/auth';
import { mount } from '../http/route';
import { addFavourite } from '../services/favourites/add-favourite';
import { listFavourites } from '../services/favourites/list-favourites';
import { mergeFavourites } from '../services/favourites/merge-favourites';
import { removeFavourite } from '../services/favourites/remove-favourite';

/** A signed-in citizen's favourites (收藏). */
export function favouritesRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  mount(router, api.favouritesMerge, ({ ctx, body }) => mergeFavourites(deps.db, requireCitizen(ctx).userId, body), opts);
  mount(router, api.favouritesList, ({ ctx }) => listFavourites(deps.db, requireCitizen(ctx).userId), opts);
  mount(router, api.favouritesAdd, ({ ctx, body }) => addFavourite(deps.db, requireCitizen(ctx).userId, body), opts);
  mount(router, api.favouritesRemove, ({ ctx, params }) => removeFavourite(deps.db, requireCitizen(ctx).userId, params.kind ?? '', params.code ?? ''), opts);
  return router;
}
