import { quotePostage } from '@shared/domain/delivery/postage';
import type { TDeliveryView } from '@shared/schemas/delivery';
import type { Db, DbTx } from '../../db/client';
import { errors } from '../../errors';
import type { CaseStatus } from '../../generated/prisma/client';
import { presentPayment, presentShipment } from '../../presenters/delivery.presenter';

/** Statuses in which the applicant may still choose or change how the result reaches them. */
export const DELIVERY_OPEN_STATUSES: readonly CaseStatus[] = ['DRAFT', 'SUBMITTED', 'CORRECTION_REQUIRED', 'RESUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED'];

export const EMS = 'EMS';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case's delivery facts: item flags, the live result shipment (not cancelled) and its payments. */
export async function loadDeliveryFacts(db: Db | DbTx, caseId: string) {
  const c = UUID.test(caseId)
    ? await db.case.findUnique({
        where: { id: caseId },
        include: {
          itemVersion: { select: { name: true, courierDelivery: true, postageFree: true } },
          shipments: { where: { direction: 'TO_APPLICANT', status: { not: 'CANCELLED' } }, orderBy: { createdAt: 'desc' }, take: 1, include: { events: true } },
          payments: { orderBy: { createdAt: 'desc' }, include: { refunds: { orderBy: { createdAt: 'asc' } }, case: { select: { number: true } } } },
        },
      })
    : null;
  if (!c || !c.itemVersion) throw errors.notFound('办件不存在');
  const shipment = c.shipments[0] ?? null;
  const paid = c.payments.find((p) => p.status === 'PAID' && p.refundedFen < p.amountFen) ?? null;
  const open = c.payments.find((p) => p.status === 'PENDING') ?? null;
  const feeFen = shipment?.feeFen ?? 0;
  const paymentDue = c.deliveryMethod === 'COURIER' && shipment !== null && feeFen > 0 && !paid;
  return { c, item: c.itemVersion, shipment, paid, open, feeFen, paymentDue };
}

export type DeliveryFacts = Awaited<ReturnType<typeof loadDeliveryFacts>>;

/** The applicant's view: choice, postage, payment (receipt) and tracking. */
export function presentDelivery(f: DeliveryFacts, departmentRegionCode: string, recipientRegionCode: string | null): TDeliveryView {
  const { c, item, shipment, paid, open } = f;
  const quote = shipment && recipientRegionCode ? quotePostage({ fromRegionCode: departmentRegionCode, toRegionCode: recipientRegionCode, postageFree: item.postageFree }) : null;
  const payment = paid ?? open ?? c.payments[0] ?? null;
  return {
    caseId: c.id,
    caseNumber: c.number,
    courierAvailable: item.courierDelivery,
    changeable: DELIVERY_OPEN_STATUSES.includes(c.status) && !paid && !shipment?.waybillNo,
    method: c.deliveryMethod,
    postage: shipment ? { amountFen: f.feeFen, free: item.postageFree, zoneLabel: quote?.zoneLabel ?? '' } : null,
    paymentDue: f.paymentDue,
    payment: payment ? presentPayment(payment) : null,
    shipment: shipment ? presentShipment(shipment) : null,
  };
}

/** The sending department's region (postage is quoted from there). */
export async function departmentRegion(db: Db | DbTx, departmentId: string): Promise<string> {
  const d = await db.department.findUniqueOrThrow({ where: { id: departmentId }, select: { regionCode: true } });
  return d.regionCode;
}

/** GET /me/cases/:id/delivery for the applicant (or agent); anyone else gets 404. */
export async function getCaseDelivery(db: Db, userId: string, caseId: string): Promise<TDeliveryView> {
  const f = await loadDeliveryFacts(db, caseId);
  if (f.c.applicantUserId !== userId && f.c.agentUserId !== userId) throw errors.notFound('办件不存在');
  return presentDelivery(f, await departmentRegion(db, f.c.departmentId), f.shipment?.recipientRegionCode ?? null);
}
