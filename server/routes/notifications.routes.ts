import Router from '@koa/router';
import { api } from '@shared/api';
import { loadNotificationTemplates } from '../config/notification-templates';
import type { AppDeps, AppState } from '../http/context';
import { requireCitizen, requireStaff } from '../http/auth';
import { mount } from '../http/route';
import { listDeliveryFailures } from '../services/notifications/list-delivery-failures';
import { countUnread, listMessages } from '../services/notifications/list-messages';
import { markAllMessagesRead, markMessageRead } from '../services/notifications/mark-messages-read';
import { recordSubscriptionAccepts, subscribeTemplatesFor } from '../services/notifications/record-subscription-accepts';

/** Message centre (citizen and staff), subscription accepts, failed deliveries for operators. */
export function notificationsRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const opts = { checkResponse: deps.env.NODE_ENV !== 'production' };
  // Validated at server start already (server.ts); read once here.
  const templates = loadNotificationTemplates(deps.env.NOTIFICATION_TEMPLATES_FILE);
  const citizen = (ctx: Parameters<typeof requireCitizen>[0]) => ({ userId: requireCitizen(ctx).userId });
  const staff = (ctx: Parameters<typeof requireStaff>[0]) => ({ staffId: requireStaff(ctx).staffId });

  mount(router, api.meMessagesUnread, async ({ ctx }) => ({ unread: await countUnread(deps.db, citizen(ctx)) }), opts);
  mount(router, api.meMessagesReadAll, ({ ctx }) => markAllMessagesRead(deps.db, citizen(ctx)), opts);
  mount(router, api.meMessages, ({ ctx, query }) => listMessages(deps.db, citizen(ctx), query), opts);
  mount(router, api.meMessageRead, ({ ctx, params }) => markMessageRead(deps.db, citizen(ctx), params.id ?? ''), opts);
  mount(router, api.meSubscribeTemplates, async ({ ctx, query }) => {
    requireCitizen(ctx);
    return subscribeTemplatesFor(templates, query.moment);
  }, opts);
  mount(router, api.meSubscriptionAccepts, ({ ctx, body }) => recordSubscriptionAccepts(deps.db, templates, requireCitizen(ctx).userId, body), opts);

  mount(router, api.staffMessagesUnread, async ({ ctx }) => ({ unread: await countUnread(deps.db, staff(ctx)) }), opts);
  mount(router, api.staffMessagesReadAll, ({ ctx }) => markAllMessagesRead(deps.db, staff(ctx)), opts);
  mount(router, api.staffMessages, ({ ctx, query }) => listMessages(deps.db, staff(ctx), query), opts);
  mount(router, api.staffMessageRead, ({ ctx, params }) => markMessageRead(deps.db, staff(ctx), params.id ?? ''), opts);
  mount(router, api.staffDeliveryFailures, ({ ctx, query }) => listDeliveryFailures(deps.db, requireStaff(ctx), query), opts);
  return router;
}
