import Router from '@koa/router';
import { api } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { requireCitizen, requireStaff } from '../http/auth';
import { mount } from '../http/route';
import { getMyCaseRating } from '../services/ratings/get-my-case-rating';
import { listRectifications } from '../services/ratings/list-rectifications';
import { rateCase } from '../services/ratings/rate-case';
import { appealRating, decideAppeal, listAppeals } from '../services/ratings/rating-appeals';
import { getRectification, recordCallback, recordOutcome } from '../services/ratings/record-callback';

/** 好差评: the applicant's rating, bad-rating follow-ups (回访, 整改) and appeals against malicious ratings. */
export function ratingsRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  const cfg = { rectificationWorkingDays: deps.env.RECTIFICATION_WORKING_DAYS };

  mount(router, api.meCaseRating, ({ ctx, params }) => getMyCaseRating(deps.db, requireCitizen(ctx).userId, params.id ?? ''), opts);
  mount(router, api.meRateCase, ({ ctx, params, body }) => rateCase(deps.db, cfg, requireCitizen(ctx), params.id ?? '', body), opts);
  mount(router, api.staffRectifications, ({ ctx, query }) => listRectifications(deps.db, requireStaff(ctx), query), opts);
  mount(router, api.staffRectification, ({ ctx, params }) => getRectification(deps.db, requireStaff(ctx), params.id ?? ''), opts);
  mount(router, api.staffRectificationCallback, ({ ctx, params, body }) => recordCallback(deps.db, requireStaff(ctx), params.id ?? '', body), opts);
  mount(router, api.staffRectificationOutcome, ({ ctx, params, body }) => recordOutcome(deps.db, requireStaff(ctx), params.id ?? '', body), opts);
  mount(router, api.staffRatingAppeal, ({ ctx, params, body }) => appealRating(deps.db, requireStaff(ctx), params.id ?? '', body.reason), opts);
  mount(router, api.staffRatingAppeals, ({ ctx, query }) => listAppeals(deps.db, requireStaff(ctx), query), opts);
  mount(router, api.staffRatingAppealDecision, ({ ctx, params, body }) => decideAppeal(deps.db, requireStaff(ctx), params.id ?? '', body), opts);
  return router;
}
