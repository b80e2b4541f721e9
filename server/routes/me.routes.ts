import Router from '@koa/router';
import { api } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { requireCitizen } from '../http/auth';
import { mount } from '../http/route';
import { deleteAccount } from '../services/identity/delete-account';
import { exportMyData } from '../services/identity/export-my-data';
import { getMyProfile, recordConsent, updateMyProfile } from '../services/identity/my-profile';
import { requestMeta } from './auth.routes';

/** The citizen's own account: real-name profile, consents, data export and deletion. Always the caller's own: no ids in URLs. */
export function meRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  mount(router, api.meProfile, ({ ctx }) => getMyProfile(deps, requireCitizen(ctx).userId), opts);
  mount(router, api.meProfileUpdate, ({ ctx, body }) => updateMyProfile(deps, requireCitizen(ctx).userId, body), opts);
  mount(router, api.meConsent, ({ ctx, body }) => recordConsent(deps.db, requireCitizen(ctx).userId, body, requestMeta(ctx)), opts);
  mount(
    router,
    api.meExport,
    async ({ ctx }) => {
      const data = await exportMyData(deps, requireCitizen(ctx).userId);
      ctx.set('Content-Disposition', `attachment; filename="onetrip-my-data-${data.exportedAt.slice(0, 10)}.json"`);
      ctx.set('Cache-Control', 'no-store');
      return data;
    },
    opts,
  );
  mount(router, api.meDelete, ({ ctx }) => deleteAccount(deps.db, requireCitizen(ctx).userId), opts);
  return router;
}
