import Router from '@koa/router';
import type { AppDeps, AppState } from '../http/context';
import { requireStaff } from '../http/auth';
import { mount } from '../http/route';
import { COURIER_PUSH_PATH } from '../services/courier/courier-deps';
import { createWaybill } from '../services/courier/create-waybill';
import { batchDispatch, listDispatch } from '../services/courier/dispatch-list';
import { handleCourierPush } from '../services/courier/handle-courier-push';
import { renderShippingLabel } from '../services/courier/shipping-label';
import { API_PREFIX, api } from '@shared/api';
import { requestMeta } from './auth.routes';

/** Staff dispatch (waybills, batch) and the carrier's signed tracking pushes. */
export function courierRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  const waybillDeps = { db: deps.db, pii: deps.pii, courier: deps.courier };

  mount(router, api.staffDispatchList, ({ ctx }) => listDispatch(deps.db, requireStaff(ctx)), opts);
  mount(router, api.staffCaseWaybill, ({ ctx, params }) => createWaybill(waybillDeps, requireStaff(ctx), params.id ?? ''), opts);
  mount(router, api.staffDispatchBatch, ({ ctx, body }) => batchDispatch(waybillDeps, requireStaff(ctx), body.caseIds), opts);

  // A PDF, not JSON: outside the typed contract like other file downloads.
  router.get(`${API_PREFIX}/staff/cases/:id/label.pdf`, async (ctx) => {
    const { requestId, ip } = requestMeta(ctx);
    const pdf = await renderShippingLabel({ db: deps.db, pii: deps.pii }, requireStaff(ctx), ctx.params.id ?? '', { requestId, ip });
    ctx.type = 'application/pdf';
    ctx.set('Content-Disposition', `inline; filename="ems-label-${encodeURIComponent(ctx.params.id ?? '')}.pdf"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = pdf;
  });

  router.post(COURIER_PUSH_PATH, async (ctx) => {
    const raw = (ctx.request as { rawBody?: string }).rawBody ?? '';
    const reply = await handleCourierPush({ db: deps.db, courier: deps.courier, log: ctx.state.log }, raw, (h) => ctx.get(h) || undefined);
    ctx.status = reply.status;
    ctx.body = reply.body;
  });
  return router;
}
