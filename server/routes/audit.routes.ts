import Router from '@koa/router';
import { api } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { requireCitizen, requireStaff } from '../http/auth';
import { mount } from '../http/route';
import { listDataAccess } from '../services/identity/data-access';
import { viewCaseApplicant } from '../services/identity/view-case-applicant';
import { viewCitizenProfile } from '../services/identity/view-citizen-profile';
import { requestMeta } from './auth.routes';

/** Audited access to personal data: staff look-ups (recorded) and the citizen's view of who looked (谁查看了我的数据). */
export function auditRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  mount(router, api.meDataAccess, async ({ ctx }) => ({ items: await listDataAccess(deps.db, requireCitizen(ctx).userId) }), opts);
  mount(
    router,
    api.staffUserProfile,
    ({ ctx, params, query }) => {
      const { requestId, ip } = requestMeta(ctx);
      return viewCitizenProfile(deps.db, requireStaff(ctx), params.userId!, query.purpose, { requestId, ip });
    },
    opts,
  );
  mount(
    router,
    api.staffCaseApplicant,
    ({ ctx, params, query }) => {
      const { requestId, ip } = requestMeta(ctx);
      return viewCaseApplicant(deps, requireStaff(ctx), params.caseId!, query.purpose, { requestId, ip });
    },
    opts,
  );
  return router;
}
