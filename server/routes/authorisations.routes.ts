import Router from '@koa/router';
import { api } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { requireCitizen, requireStaff } from '../http/auth';
import { mount } from '../http/route';
import { errors } from '../errors';
import { canVerifyAuthorisation } from '../policies';
import {
  confirmAuthorisation,
  createAuthorisation,
  listAuthorisations,
  revokeAuthorisation,
  verifyAuthorisation,
} from '../services/identity/agent-authorisations';

/** Agent authorisations (代办授权): recorded by the agent, confirmed by the principal or verified at a window. */
export function authorisationRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  mount(router, api.meAuthorisations, ({ ctx }) => listAuthorisations(deps.db, requireCitizen(ctx).userId), opts);
  mount(router, api.meAuthorisationCreate, ({ ctx, body }) => createAuthorisation(deps, requireCitizen(ctx).userId, body), opts);
  mount(router, api.meAuthorisationConfirm, ({ ctx, params }) => confirmAuthorisation(deps.db, requireCitizen(ctx).userId, params.id!), opts);
  mount(router, api.meAuthorisationRevoke, ({ ctx, params }) => revokeAuthorisation(deps.db, requireCitizen(ctx).userId, params.id!), opts);
  mount(
    router,
    api.staffAuthorisationVerify,
    ({ ctx, params }) => {
      const staff = requireStaff(ctx);
      if (!canVerifyAuthorisation(staff)) throw errors.forbidden();
      return verifyAuthorisation(deps.db, staff, params.id!, { requestId: ctx.state.requestId });
    },
    opts,
  );
  return router;
}
