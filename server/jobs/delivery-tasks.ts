import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { CourierDeps } from '../services/courier/courier-deps';
import { pollShipments } from '../services/courier/poll-shipments';
import type { PayDeps } from '../services/payments/pay-deps';
import { reconcilePayments } from '../services/payments/reconcile-payments';
import { REFUND_CASE_TASK } from '../services/payments/enqueue-postage-refund';
import { refundOwedPostage } from '../services/payments/refund-owed-postage';

/** What the delivery timers need: WeChat Pay and the courier. */
export interface DeliveryJobConfig {
  pay: PayDeps;
  courier: CourierDeps;
}

/** Payload of the refund job (enqueuePostageRefund). */
const ZRefundCasePayload = z.object({ caseId: z.uuid() });

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
    // Queued by the transaction that withdrew the case or dropped the courier: the money goes back at once.
    [REFUND_CASE_TASK]: async (payload) => {
      const parsed = ZRefundCasePayload.safeParse(payload);
      if (!parsed.success) throw new Error('refund job without a valid caseId');
      const r = await refundOwedPostage({ db, pay: cfg.pay }, { caseId: parsed.data.caseId });
      if (r.refunded > 0) log.info({ caseId: parsed.data.caseId, refunded: r.refunded }, 'postage refunded');
      // Retried with backoff by the worker (refunds already started are not repeated).
      if (r.failed > 0) throw new Error(`${r.failed} postage refund(s) could not be started`);
    },
    'courier:poll': async () => {
      const added = await pollShipments({ db, courier: cfg.courier });
      if (added > 0) log.info({ added }, 'tracking events found by polling');
    },
  };
}
