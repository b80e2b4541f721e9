import Router from '@koa/router';
import { api, API_PREFIX } from '@shared/api';
import { requestSimLoginCode } from '../adapters/wechat/simulator/sim-control.client';
import type { AppContext, AppDeps, AppState } from '../http/context';
import { mount } from '../http/route';
import { rateLimitByIp } from '../http/rate-limit';
import { errors } from '../errors';
import { DEMO_PERSONAS, DEMO_STAFF_PASSWORD } from '../services/identity/demo-personas';
import { loginWithWechat } from '../services/identity/login-with-wechat';
import { refreshSession, revokeSession } from '../services/identity/refresh-session';

/** Request facts kept with a session or an audit row. */
export const requestMeta = (ctx: AppContext) => ({ userAgent: ctx.get('User-Agent') || undefined, ip: ctx.ip, requestId: ctx.state.requestId });

function requireSession(ctx: AppContext): string {
  const a = ctx.state.actor;
  if (a.kind === 'anonymous') throw errors.unauthenticated();
  return a.sessionId;
}

/** WeChat sign-in, refresh and logout; in demo mode also the persona picker's endpoints. */
export function authRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  // Per-IP budgets on top of the per-account lockout (counted before validation, so junk counts too).
  router.post(API_PREFIX + api.authWechat.path, rateLimitByIp(deps.rateLimiter, 'citizen-login', deps.env.LOGIN_RATE_LIMIT));
  mount(router, api.authWechat, ({ body, ctx }) => loginWithWechat(deps, body.code, requestMeta(ctx)), opts);
  mount(router, api.authRefresh, ({ ctx }) => refreshSession(deps.db, requireSession(ctx), requestMeta(ctx)), opts);
  mount(
    router,
    api.authLogout,
    async ({ ctx }) => {
      await revokeSession(deps.db, requireSession(ctx));
      return { ok: true as const };
    },
    opts,
  );

  // Demo mode only: these routes are not registered at all otherwise (404, like any unknown path).
  if (deps.demo) {
    router.post(API_PREFIX + api.demoLoginCode.path, rateLimitByIp(deps.rateLimiter, 'demo-login', deps.env.LOGIN_RATE_LIMIT));
    mount(
      router,
      api.demoPersonas,
      async () => ({
        items: DEMO_PERSONAS.map((p) => ({
          key: p.key,
          name: p.name,
          kind: p.kind,
          description: p.description,
          ...(p.kind === 'staff' ? { username: p.username!, password: DEMO_STAFF_PASSWORD } : {}),
        })),
      }),
      opts,
    );
    mount(
      router,
      api.demoLoginCode,
      async ({ body }) => {
        const p = DEMO_PERSONAS.find((x) => x.key === body.persona && x.kind === 'citizen');
        if (!p) throw errors.notFound('没有这个演示市民');
        return { code: await requestSimLoginCode(deps.wechatBaseUrl, p.openid!) };
      },
      opts,
    );
  }
  return router;
}
