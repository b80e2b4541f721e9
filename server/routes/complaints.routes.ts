import Router from '@koa/router';
import type { Middleware } from 'koa';
import { API_PREFIX, api } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { requireCitizen, requireStaff } from '../http/auth';
import { mount } from '../http/route';
import { errors } from '../errors';
import { createComplaint } from '../services/complaints/create-complaint';
import { getMyComplaint, listMyComplaints } from '../services/complaints/my-complaints';
import { getStaffComplaint, listStaffComplaints, replyToComplaint } from '../services/complaints/staff-complaints';

/**
 * Complaint spam guard: a signed-in citizen gets COMPLAINT_RATE_LIMIT filings per window, an IP three times that
 * (several family members on one line). Anonymous callers pass on to the 401 of the contract check.
 */
function complaintRateLimit(deps: AppDeps): Middleware<AppState> {
  const { count, windowMs } = deps.env.COMPLAINT_RATE_LIMIT;
  return async (ctx, next) => {
    const actor = ctx.state.actor;
    if (actor.kind === 'citizen') {
      for (const [key, limit] of [[`complaint:user:${actor.userId}`, count], [`complaint:ip:${ctx.ip}`, count * 3]] as const) {
        const d = await deps.rateLimiter.hit(key, limit, windowMs);
        if (!d.allowed) {
          ctx.state.log?.warn({ limiter: 'complaint' }, 'rate limited');
          throw errors.rateLimited(d.retryAfterMs);
        }
      }
    }
    await next();
  };
}

/** 咨询/投诉: citizens file and track; the addressed department replies. */
export function complaintsRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  const replyWorkingDays = deps.env.COMPLAINT_REPLY_WORKING_DAYS;

  router.post(API_PREFIX + api.meCreateComplaint.path, complaintRateLimit(deps));
  mount(router, api.meCreateComplaint, ({ ctx, body }) => createComplaint({ db: deps.db, pii: deps.pii, replyWorkingDays }, requireCitizen(ctx), body), opts);
  mount(router, api.meComplaints, ({ ctx }) => listMyComplaints(deps.db, requireCitizen(ctx).userId), opts);
  mount(router, api.meComplaint, ({ ctx, params }) => getMyComplaint(deps.db, requireCitizen(ctx).userId, params.id ?? ''), opts);
  mount(router, api.staffComplaints, ({ ctx, query }) => listStaffComplaints(deps.db, requireStaff(ctx), query), opts);
  mount(router, api.staffComplaint, ({ ctx, params }) => getStaffComplaint(deps.db, requireStaff(ctx), params.id ?? ''), opts);
  mount(router, api.staffComplaintReply, ({ ctx, params, body }) => replyToComplaint(deps.db, requireStaff(ctx), params.id ?? '', body), opts);
  return router;
}
