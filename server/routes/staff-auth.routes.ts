import Router from '@koa/router';
import { api, API_PREFIX } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { requireStaff } from '../http/auth';
import { mount } from '../http/route';
import { rateLimitByIp } from '../http/rate-limit';
import { getStaffMe, staffLogin } from '../services/identity/staff-login';
import { bindStaffWechat, staffLoginWithWechat } from '../services/identity/staff-wechat';
import { requestMeta } from './auth.routes';

/** Staff sign-in on hall PCs (username + password) or with a bound WeChat, and the signed-in staff member. */
export function staffAuthRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  // One budget for both staff sign-in routes, per IP, on top of the per-account lockout.
  const staffLimit = rateLimitByIp(deps.rateLimiter, 'staff-login', deps.env.LOGIN_RATE_LIMIT);
  router.post(API_PREFIX + api.staffLogin.path, staffLimit);
  router.post(API_PREFIX + api.staffWechatLogin.path, staffLimit);
  mount(router, api.staffLogin, ({ ctx, body }) => staffLogin(deps.db, body, requestMeta(ctx)), opts);
  mount(router, api.staffWechatLogin, ({ ctx, body }) => staffLoginWithWechat(deps, body.code, requestMeta(ctx)), opts);
  mount(router, api.staffWechatBind, ({ ctx, body }) => bindStaffWechat(deps, requireStaff(ctx).staffId, body.code), opts);
  mount(router, api.staffMe, ({ ctx }) => getStaffMe(deps.db, requireStaff(ctx).staffId), opts);
  return router;
}
