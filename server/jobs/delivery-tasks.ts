import type { TaskList } from 'graphile-worker';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { CourierDeps } from '../services/courier/courier-deps';
import { pollShipments } from '../services/courier/poll-shipments';
import type { PayDeps } from '../services/payments/pay-deps';
import { reconcilePayments } from '../services/payments/reconcile-payments';

/** What the delivery timers need: WeChat Pay and the courier. */
export interface DeliveryJobConfig {
  pay: PayDeps;
  courier: CourierDeps;
}

/** Timers of postage and parcels (each task is idempotent and safe next to notifies and pushes). */
export const DELIVERY_CRONTAB = [
  // Close unpaid postage orders past their 30 minutes, refund ended cases, settle refunds whose notify was lost.
  '*/5 * * * * payments:reconcile ?max=1&jobKey=cron:payments:reconcile',
  // Ask the carrier about parcels not heard of for 30 minutes (lost pushes).
  '*/10 * * * * courier:poll ?max=1&jobKey=cron:courier:poll',
].join('\n');

export function deliveryTasks(db: Db, log: Logger, cfg: DeliveryJobConfig): TaskList {
  return {
    'payments:reconcile': async () => {
      const r = await reconcilePayments({ db, pay: cfg.pay });
      if (r.closed + r.refunded + r.refundsSettled > 0) log.info(r, 'payments reconciled');
    },
    'courier:poll': async () => {
      const added = await pollShipments({ db, courier: cfg.courier });
      if (added > 0) log.info({ added }, 'tracking events found by polling');
    },
  };
}
