import type { TShipmentView } from '@shared/schemas/delivery';
import { CourierError } from '../../adapters/courier/courier.port';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { handlesCase } from '../../policies';
import { presentShipment } from '../../presenters/delivery.presenter';
import { shipmentAad } from '../delivery/choose-delivery';
import { loadDeliveryFacts } from '../delivery/get-case-delivery';
import { recordAudit } from '../identity/record-audit';
import { enqueueNotifications } from '../notifications/enqueue';
import { COURIER_PUSH_PATH, type CourierDeps } from './courier-deps';

type Staff = Extract<Actor, { kind: 'staff' }>;
export type WaybillDeps = { db: Db; pii: FieldCrypto; courier: CourierDeps };

/**
 * POST /staff/cases/:id/waybill: send a completed case's result by EMS. Needs the courier choice, the postage
 * settled (or free) and no waybill yet. The carrier keys orders by our shipment id, so two clerks pressing at once
 * get the same waybill; the guarded update records it once. The recipient is decrypted only to hand it to the
 * carrier, and that hand-over is audited. The applicant is told the waybill number.
 */
export async function createWaybill(deps: WaybillDeps, actor: Staff, caseId: string): Promise<TShipmentView> {
  const f = await loadDeliveryFacts(deps.db, caseId);
  if (!handlesCase(actor, f.c)) throw errors.forbidden('该办件不属于您所在的部门');
  if (f.c.status !== 'COMPLETED') throw errors.conflict('办件尚未办结或结果已送达，不能寄出');
  if (f.c.deliveryMethod !== 'COURIER' || !f.shipment) throw errors.conflict('申请人未选择邮寄送达');
  if (f.paymentDue) throw errors.conflict('申请人尚未支付邮费，暂不能寄出');
  const s = f.shipment;
  if (s.waybillNo) return presentShipment(s);

  const dept = await deps.db.department.findUniqueOrThrow({ where: { id: f.c.departmentId } });
  const { pii } = deps;
  let waybillNo: string;
  try {
    ({ waybillNo } = await deps.courier.client.createWaybill({
      orderNo: s.id,
      sender: { name: dept.name, phone: dept.phone ?? '0875-12345', address: dept.address ?? dept.name, regionCode: dept.regionCode },
      receiver: {
        name: pii.decrypt(s.recipientNameEnc, shipmentAad.name(s.id)),
        phone: pii.decrypt(s.recipientPhoneEnc, shipmentAad.phone(s.id)),
        address: pii.decrypt(s.addressEnc, shipmentAad.address(s.id)),
        regionCode: s.recipientRegionCode ?? '',
      },
      cargo: f.c.resultName ?? f.item.name,
      callbackUrl: deps.courier.pushBase() + COURIER_PUSH_PATH,
    }));
  } catch (e) {
    if (e instanceof CourierError) throw errors.unavailable(e);
    throw e;
  }

  await deps.db.$transaction(async (tx) => {
    const won = await tx.shipment.updateMany({ where: { id: s.id, waybillNo: null }, data: { waybillNo } });
    if (won.count === 0) return;
    await recordAudit(tx, {
      actor: { kind: 'staff', staffId: actor.staffId, label: actor.name },
      action: 'EXPORT_PERSONAL_DATA',
      subjectUserId: f.c.applicantUserId,
      caseId: f.c.id,
      entity: 'shipments',
      entityId: s.id,
      fields: ['recipientName', 'recipientPhone', 'address'],
      purpose: `交寄${deps.courier.client.carrierName}：运单号${waybillNo}`,
    });
    await enqueueNotifications(tx, [
      {
        template: 'case.dispatched',
        dedupeKey: `shipment:${s.id}:DISPATCHED:case.dispatched`,
        caseId: f.c.id,
        recipient: { userId: f.c.applicantUserId, agentUserId: f.c.agentUserId },
        data: { caseNumber: f.c.number, itemName: f.item.name, waybillNo, courierName: deps.courier.client.carrierName, eventTime: new Date().toISOString() },
      },
    ]);
  });
  const after = await deps.db.shipment.findUniqueOrThrow({ where: { id: s.id }, include: { events: true } });
  return presentShipment(after);
}
