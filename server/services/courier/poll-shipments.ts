import type { Db } from '../../db/client';
import type { CourierDeps } from './courier-deps';
import { recordTracking } from './record-tracking';

/** Parcels not heard of for this long are asked about (pushes get lost). */
export const POLL_AFTER_MS = 30 * 60 * 1000;

/**
 * The polling that covers missing pushes: every parcel on its way whose last change is older than POLL_AFTER_MS is
 * tracked at the carrier and its events recorded (the same idempotent path as pushes). Returns events added.
 */
export async function pollShipments(deps: { db: Db; courier: CourierDeps }, now = new Date(), opts: { olderThanMs?: number } = {}): Promise<number> {
  const due = await deps.db.shipment.findMany({
    where: {
      carrier: deps.courier.client.carrier,
      waybillNo: { not: null },
      status: { in: ['CREATED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED'] },
      updatedAt: { lt: new Date(now.getTime() - (opts.olderThanMs ?? POLL_AFTER_MS)) },
    },
    select: { waybillNo: true },
    orderBy: { updatedAt: 'asc' },
    take: 200,
  });
  let added = 0;
  for (const s of due) {
    const events = await deps.courier.client.track(s.waybillNo!).catch(() => null);
    if (!events) continue;
    const r = await recordTracking(deps.db, deps.courier.client.carrier, s.waybillNo!, events);
    if (r.kind !== 'recorded') continue;
    added += r.added;
    // Touch a quiet parcel so it is not asked about again on every run.
    if (r.added === 0) await deps.db.shipment.update({ where: { carrier_waybillNo: { carrier: deps.courier.client.carrier, waybillNo: s.waybillNo! } }, data: { updatedAt: now } });
  }
  return added;
}
