import Router from '@koa/router';
import { api, API_PREFIX } from '@shared/api';
import type { AppDeps, AppState } from '../http/context';
import { requireCitizen, requireStaff } from '../http/auth';
import { mount } from '../http/route';
import { fileLinkKey } from '../services/files/file-links';
import { caseQrKey } from '../services/review/case-qr';
import { decideMaterial } from '../services/review/decide-material';
import { getCaseQr } from '../services/review/get-case-qr';
import { issueCorrectionNotice } from '../services/review/issue-correction-notice';
import { listQueue } from '../services/review/list-queue';
import { lookUpCase } from '../services/review/look-up-case';
import { renderCaseQr } from '../services/review/render-case-qr';
import { takeCaseAction } from '../services/review/take-case-action';
import { viewStaffCase } from '../services/review/view-staff-case';
import { requestMeta } from './auth.routes';

/** Staff pre-review and handling (queue, case view, verdicts, correction notice, transitions, window lookup) and the citizen's case QR. */
export function reviewRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  const linkKey = fileLinkKey(deps.env);
  const qrKey = caseQrKey(deps.env);

  mount(router, api.staffQueue, ({ ctx, query }) => listQueue(deps.db, requireStaff(ctx), query.status), opts);
  mount(
    router,
    api.staffCaseView,
    ({ ctx, params, query }) => {
      const { requestId, ip } = requestMeta(ctx);
      return viewStaffCase({ db: deps.db, pii: deps.pii, linkKey }, requireStaff(ctx), params.id ?? '', query.purpose, { requestId, ip });
    },
    opts,
  );
  mount(router, api.staffMaterialVerdict, ({ ctx, params, body }) => decideMaterial(deps.db, requireStaff(ctx), params.id ?? '', params.materialId ?? '', body), opts);
  mount(router, api.staffCorrectionNotice, ({ ctx, params, body }) => issueCorrectionNotice(deps.db, requireStaff(ctx), params.id ?? '', body), opts);
  mount(router, api.staffCaseTransition, ({ ctx, params, body }) => takeCaseAction(deps.db, requireStaff(ctx), params.id ?? '', body), opts);
  mount(router, api.staffCaseLookup, ({ ctx, body }) => lookUpCase(deps.db, qrKey, requireStaff(ctx), body), opts);
  mount(router, api.meCaseQr, ({ ctx, params }) => getCaseQr(deps.db, qrKey, requireCitizen(ctx), params.id ?? ''), opts);

  // Not JSON, so outside the typed contract: the PNG of a case QR token (meCaseQr's imageUrl), valid as long as the token.
  router.get(`${API_PREFIX}/case-qr.png`, async (ctx) => {
    const t = typeof ctx.query.t === 'string' ? ctx.query.t : undefined;
    const { png, maxAgeSeconds } = await renderCaseQr(qrKey, t);
    ctx.type = 'image/png';
    ctx.set('Cache-Control', `private, max-age=${maxAgeSeconds}`);
    ctx.set('Content-Security-Policy', "default-src 'none'");
    ctx.body = png;
  });
  return router;
}
