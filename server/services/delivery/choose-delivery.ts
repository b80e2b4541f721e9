import { randomUUID } from 'node:crypto';
import { maskName, maskPhone, maskAddress } from '@shared/domain/identity/masking';
import { quotePostage } from '@shared/domain/delivery/postage';
import type { TDeliveryChoiceBody, TDeliveryView } from '@shared/schemas/delivery';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { regionPath } from '../identity/my-profile';
import type { PayDeps } from '../payments/pay-deps';
import { closeOpenOrder } from '../payments/close-stale-orders';
import { enqueuePostageRefund } from '../payments/enqueue-postage-refund';
import { MAX_ADDRESSES, addAddress, loadOwnAddress } from './address-book';
import { DELIVERY_OPEN_STATUSES, EMS, departmentRegion, getCaseDelivery, loadDeliveryFacts } from './get-case-delivery';

/** Where a recipient field is encrypted: bound to the shipment row and column. */
export const shipmentAad = {
  name: (id: string) => `shipments.recipient_name:${id}`,
  phone: (id: string) => `shipments.recipient_phone:${id}`,
  address: (id: string) => `shipments.address:${id}`,
};

/**
 * PUT /me/cases/:id/delivery: window pickup, or EMS to a saved address of the address book or a new one picked
 * down the region tree (saved to the book on request). The recipient is
 * encrypted at rest and kept masked for lists; the postage is quoted by destination (zero when the item's policy
 * says the government pays). Refused once the postage is paid or the parcel has a waybill.
 */
export async function chooseDelivery(deps: { db: Db; pii: FieldCrypto; pay: PayDeps }, userId: string, caseId: string, choice: TDeliveryChoiceBody): Promise<TDeliveryView> {
  const { db, pii } = deps;
  const recipient = choice.method === 'COURIER' ? (choice.addressId ? await loadOwnAddress(deps, userId, choice.addressId) : choice.recipient) : undefined;
  const body = { method: choice.method, recipient };
  const path = body.method === 'COURIER' && body.recipient ? await regionPath(db, body.recipient.address.regionCode).catch(() => {
    throw errors.validation([{ path: 'body.recipient.address.regionCode', message: '请选择到乡镇或村（社区）' }]);
  }) : null;

  const superseded = await db.$transaction(async (tx) => {
    // One choice at a time per case: a double tap or two devices cannot leave two live shipments.
    await tx.$queryRaw`SELECT id FROM cases WHERE id = ${caseId} FOR UPDATE`;
    const f = await loadDeliveryFacts(tx, caseId);
    if (f.c.applicantUserId !== userId && f.c.agentUserId !== userId) throw errors.notFound('办件不存在');
    if (!DELIVERY_OPEN_STATUSES.includes(f.c.status)) throw errors.conflict('该办件已结束，不能再更改送达方式');
    if (f.paid || f.shipment?.waybillNo) throw errors.conflict('邮费已支付或结果已寄出，如需更改请联系办理窗口');
    if (body.method === 'COURIER' && !f.item.courierDelivery) throw errors.badRequest('该事项不支持邮寄送达，请选择窗口领取');

    if (f.shipment) await tx.shipment.update({ where: { id: f.shipment.id }, data: { status: 'CANCELLED' } });
    if (body.method === 'COURIER' && body.recipient && path) {
      const r = body.recipient;
      const id = randomUUID();
      const quote = quotePostage({ fromRegionCode: await departmentRegion(tx, f.c.departmentId), toRegionCode: r.address.regionCode, postageFree: f.item.postageFree });
      const fullAddress = path.map((p) => p.name).join('') + r.address.detail;
      await tx.shipment.create({
        data: {
          id,
          caseId: f.c.id,
          direction: 'TO_APPLICANT',
          carrier: EMS,
          recipientNameEnc: pii.encrypt(r.name, shipmentAad.name(id)),
          recipientNameMasked: maskName(r.name),
          recipientPhoneEnc: pii.encrypt(r.phone, shipmentAad.phone(id)),
          recipientPhoneMasked: maskPhone(r.phone),
          addressEnc: pii.encrypt(fullAddress, shipmentAad.address(id)),
          addressMasked: maskAddress(path),
          recipientRegionCode: r.address.regionCode,
          feeFen: quote.amountFen,
        },
      });
    }
    await tx.case.update({ where: { id: f.c.id }, data: { deliveryMethod: body.method } });
    // Postage paid for the courier goes back at once (a payment notify can settle between the check above and here).
    if (body.method !== 'COURIER') await enqueuePostageRefund(tx, f.c.id);
    // A new address goes into the address book when asked (and there is room): next time it is one tap.
    if (choice.recipient && choice.saveAddress && !choice.addressId) {
      if ((await tx.userAddress.count({ where: { userId } })) < MAX_ADDRESSES) await addAddress(deps, userId, choice.recipient, tx);
    }
    return f.open;
  });
  // An open order for the old choice must not be paid any more (outside the transaction: it is a WeChat call).
  if (superseded) {
    const closed = await closeOpenOrder(deps, superseded.id).catch(() => undefined);
    // It was paid after all: a notify settling it while this choice committed saw the courier and refunded nothing.
    if (closed === 'paid' || closed === 'not_open') await enqueuePostageRefund(db, caseId).catch(() => undefined);
  }
  return getCaseDelivery(db, userId, caseId);
}
