import type { TTrackEvent, TTrackStatus } from '../../adapters/courier/courier.port';
import type { Db } from '../../db/client';
import type { ShipmentStatus } from '../../generated/prisma/client';
import { applyTransition } from '../cases/apply-transition';
import { enqueueNotifications, type NotificationIntent } from '../notifications/enqueue';

/** Statuses a parcel never leaves: a late or reordered scan must not move it back. */
const FINAL: readonly ShipmentStatus[] = ['DELIVERED', 'RETURNED', 'CANCELLED'];
/** Later in the journey wins a tie on the carrier's clock (two scans in the same second). */
const RANK: Record<TTrackStatus, number> = { PICKED_UP: 1, IN_TRANSIT: 2, OUT_FOR_DELIVERY: 3, FAILED: 4, DELIVERED: 5, RETURNED: 5 };

/** Which message an event status sends the applicant (dedupe key per shipment and status). */
const NOTICE: Partial<Record<TTrackStatus, string>> = { DELIVERED: 'case.signed', FAILED: 'case.deliveryFailed', RETURNED: 'case.deliveryFailed' };

export type RecordResult = { kind: 'unknown' } | { kind: 'recorded'; shipmentId: string; added: number; status: ShipmentStatus };

/**
 * Record tracking events for a waybill, from a push or a poll, in one transaction with the shipment locked.
 * Idempotent (events are unique per shipment, time and status: duplicates are dropped) and order-independent (the
 * status is the latest event by the carrier's time, and final statuses stick). Signing for the parcel applies the
 * case's `deliver` transition as the system, once; key points notify the applicant once each.
 */
export async function recordTracking(db: Db, carrier: string, waybillNo: string, events: readonly TTrackEvent[]): Promise<RecordResult> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM shipments WHERE carrier = ${carrier} AND waybill_no = ${waybillNo} FOR UPDATE`;
    if (!locked[0]) return { kind: 'unknown' };
    const s = await tx.shipment.findUniqueOrThrow({
      where: { id: locked[0].id },
      include: { events: true, case: { select: { id: true, number: true, status: true, applicantUserId: true, agentUserId: true, itemVersion: { select: { name: true } } } } },
    });
    const before = new Set(s.events.map((e) => e.status));
    const fresh = events.filter((e) => !s.events.some((x) => x.status === e.status && x.occurredAt.getTime() === new Date(e.occurredAt).getTime()));
    if (fresh.length > 0) {
      await tx.shipmentEvent.createMany({
        data: fresh.map((e) => ({ shipmentId: s.id, occurredAt: new Date(e.occurredAt), status: e.status, description: e.description.slice(0, 200), location: e.location })),
        skipDuplicates: true,
      });
    }
    const all = [...s.events.map((e) => ({ status: e.status as TTrackStatus, at: e.occurredAt.getTime() })), ...fresh.map((e) => ({ status: e.status, at: new Date(e.occurredAt).getTime() }))];
    const latest = all.sort((a, b) => b.at - a.at || RANK[b.status] - RANK[a.status])[0];
    const final = all.find((e) => e.status === 'DELIVERED' || e.status === 'RETURNED');
    const status: ShipmentStatus = FINAL.includes(s.status) ? s.status : (final?.status ?? latest?.status ?? s.status);
    const at = (st: TTrackStatus) => all.filter((e) => e.status === st).sort((a, b) => a.at - b.at)[0]?.at;
    if (status !== s.status || fresh.length > 0) {
      const picked = at('PICKED_UP');
      const delivered = at('DELIVERED');
      await tx.shipment.update({
        where: { id: s.id },
        data: { status, ...(picked ? { pickedUpAt: new Date(picked) } : {}), ...(delivered ? { deliveredAt: new Date(delivered) } : {}) },
      });
    }

    const c = s.case;
    const intents: NotificationIntent[] = [];
    for (const st of new Set(fresh.map((e) => e.status))) {
      const template = NOTICE[st];
      if (!template || before.has(st)) continue;
      intents.push({
        template,
        dedupeKey: `shipment:${s.id}:${st}:${template}`,
        caseId: c.id,
        recipient: { userId: c.applicantUserId, agentUserId: c.agentUserId },
        data: { caseNumber: c.number, itemName: c.itemVersion?.name ?? '', waybillNo, courierName: '中国邮政EMS', eventTime: new Date(at(st) ?? Date.now()).toISOString() },
      });
    }
    await enqueueNotifications(tx, intents);
    if (status === 'DELIVERED' && c.status === 'COMPLETED') {
      await applyTransition(db, { caseId: c.id, action: 'deliver', actor: { kind: 'system' }, input: { deliveryMethod: 'COURIER' }, eventData: { waybillNo } }, { tx });
    }
    return { kind: 'recorded', shipmentId: s.id, added: fresh.length, status };
  });
}
