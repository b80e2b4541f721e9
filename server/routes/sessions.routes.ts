import Router from '@koa/router';
import { api } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { requireCitizen } from '../http/auth';
import { mount } from '../http/route';
import { listMySessions, revokeMySession, revokeOtherSessions } from '../services/identity/my-sessions';

/** 我的登录设备: the citizen sees where they are signed in and signs devices out. */
export function sessionRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  mount(router, api.meSessions, ({ ctx }) => {
    const me = requireCitizen(ctx);
    return listMySessions(deps.db, me.userId, me.sessionId);
  }, opts);
  mount(router, api.meSessionsRevokeOthers, ({ ctx }) => {
    const me = requireCitizen(ctx);
    return revokeOtherSessions(deps.db, me.userId, me.sessionId);
  }, opts);
  mount(router, api.meSessionRevoke, ({ ctx, params }) => revokeMySession(deps.db, requireCitizen(ctx).userId, params.id!), opts);
  return router;
}
