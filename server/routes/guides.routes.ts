import Router from '@koa/router';
import { api, API_PREFIX } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { mount } from '../http/route';
import { getBundle } from '../services/catalog/get-bundle';
import { getGuide } from '../services/catalog/get-guide';
import { getGuidesHome } from '../services/catalog/get-guides-home';
import { readPublicFile } from '../services/catalog/read-public-file';
import { searchGuides } from '../services/catalog/search-guides';
import { tailorGuideMaterials } from '../services/catalog/tailor-guide-materials';

/** Citizen-facing guides (public): search, guide pages, tailored materials, bundles, blank forms and samples. */
export function guidesRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  // Fixed paths before /guides/:code, which would otherwise swallow them.
  mount(router, api.guideSearch, ({ query }) => searchGuides(deps.db, query), opts);
  mount(router, api.guidesHome, () => getGuidesHome(deps.db), opts);
  mount(router, api.guide, ({ params }) => getGuide(deps.db, params.code ?? ''), opts);
  mount(router, api.guideMaterials, ({ params, body }) => tailorGuideMaterials(deps.db, params.code ?? '', body), opts);
  mount(router, api.bundle, ({ params }) => getBundle(deps.db, params.code ?? ''), opts);
  router.get(`${API_PREFIX}/files/:id`, async (ctx) => {
    const file = await readPublicFile(deps.db, deps.env.DATA_DIR, ctx.params.id ?? '');
    ctx.type = file.mime;
    ctx.set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    // A stored file never changes (a new document is a new row), so browsers may keep it.
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.body = file.data;
  });
  return router;
}
