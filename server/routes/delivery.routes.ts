import Router from '@koa/router';
import { api } from '@shared/api';
import type { AppContext, AppDeps, AppState } from '../http/context';
import { requireCitizen } from '../http/auth';
import { mount } from '../http/route';
import { addAddress, deleteAddress, getAddress, listAddresses, updateAddress } from '../services/delivery/address-book';
import { chooseDelivery } from '../services/delivery/choose-delivery';
import { getCaseDelivery } from '../services/delivery/get-case-delivery';
import { createPostageOrder } from '../services/payments/create-postage-order';
import { handlePayNotify } from '../services/payments/handle-pay-notify';
import { listMyPayments } from '../services/payments/my-payments';
import { PAY_NOTIFY_PATH, REFUND_NOTIFY_PATH } from '../services/payments/pay-deps';
import { syncMyPayment } from '../services/payments/sync-payment';

/** The raw request bytes: signatures cover them, never a re-serialised copy (stack-facts.md). */
const rawBodyOf = (ctx: AppContext) => (ctx.request as { rawBody?: string }).rawBody ?? '';

/** Citizen delivery choice, postage payment and receipts; WeChat Pay's payment and refund notifications. */
export function deliveryRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  const payDeps = { db: deps.db, pay: deps.pay };

  const book = { db: deps.db, pii: deps.pii };
  mount(router, api.meAddresses, ({ ctx }) => listAddresses(deps.db, requireCitizen(ctx).userId), opts);
  mount(router, api.meAddressCreate, ({ ctx, body }) => addAddress(book, requireCitizen(ctx).userId, body), opts);
  mount(router, api.meAddress, ({ ctx, params }) => getAddress(book, requireCitizen(ctx).userId, params.id ?? ''), opts);
  mount(router, api.meAddressUpdate, ({ ctx, params, body }) => updateAddress(book, requireCitizen(ctx).userId, params.id ?? '', body), opts);
  mount(router, api.meAddressDelete, ({ ctx, params }) => deleteAddress(deps.db, requireCitizen(ctx).userId, params.id ?? ''), opts);
  mount(router, api.meCaseDelivery, ({ ctx, params }) => getCaseDelivery(deps.db, requireCitizen(ctx).userId, params.id ?? ''), opts);
  mount(router, api.meCaseDeliveryChoose, ({ ctx, params, body }) => chooseDelivery({ db: deps.db, pii: deps.pii, pay: deps.pay }, requireCitizen(ctx).userId, params.id ?? '', body), opts);
  mount(router, api.meCasePostagePay, ({ ctx, params }) => createPostageOrder(payDeps, requireCitizen(ctx).userId, params.id ?? ''), opts);
  mount(router, api.mePaymentSync, ({ ctx, params }) => syncMyPayment(payDeps, requireCitizen(ctx).userId, params.id ?? ''), opts);
  mount(router, api.mePayments, ({ ctx }) => listMyPayments(deps.db, requireCitizen(ctx).userId), opts);

  for (const [path, kind] of [[PAY_NOTIFY_PATH, 'payment'], [REFUND_NOTIFY_PATH, 'refund']] as const) {
    router.post(path, async (ctx) => {
      const reply = await handlePayNotify({ ...payDeps, log: ctx.state.log }, kind, rawBodyOf(ctx), (h) => ctx.get(h) || undefined);
      ctx.status = reply.status;
      if (reply.body) ctx.body = reply.body;
    });
  }
  return router;
}
