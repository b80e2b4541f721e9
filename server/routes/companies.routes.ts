import Router from '@koa/router';
import { api } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { requireCitizen } from '../http/auth';
import { mount } from '../http/route';
import { listActingIdentities } from '../services/company/list-acting-identities';
import { listMyCompanies } from '../services/company/list-my-companies';
import { addCompanyMember, revokeCompanyMember } from '../services/company/manage-company-members';
import { registerCompany } from '../services/company/register-company';

/** Company accounts (企业) and the "acting for" choices: always the caller's own, the services check roles. */
export function companyRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  mount(router, api.meCompanies, ({ ctx }) => listMyCompanies(deps.db, requireCitizen(ctx).userId), opts);
  mount(router, api.meCompanyRegister, ({ ctx, body }) => registerCompany(deps, requireCitizen(ctx).userId, body), opts);
  mount(router, api.meCompanyMemberAdd, ({ ctx, params, body }) => addCompanyMember(deps, requireCitizen(ctx).userId, params.companyId!, body), opts);
  mount(router, api.meCompanyMemberRevoke, ({ ctx, params }) => revokeCompanyMember(deps.db, requireCitizen(ctx).userId, params.companyId!, params.userId!), opts);
  mount(router, api.meIdentities, ({ ctx }) => listActingIdentities(deps.db, requireCitizen(ctx).userId), opts);
  return router;
}
