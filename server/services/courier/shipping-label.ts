import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { code128Modules } from '../../domain/courier/code128';
import { errors } from '../../errors';
import { handlesCase } from '../../policies';
import { shipmentAad } from '../delivery/choose-delivery';
import { loadDeliveryFacts } from '../delivery/get-case-delivery';
import { recordAudit } from '../identity/record-audit';
import { cjkPdf, findCjkFont } from '../posters/cjk-font';

type Staff = Extract<Actor, { kind: 'staff' }>;

/** 100 × 150 mm thermal label, in points. */
const W = 283.46;
const H = 425.2;

/** Draw a Code 128 barcode with vector bars (crisp at any printer resolution). */
function drawBarcode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, height: number): void {
  const modules = code128Modules(text);
  const total = modules.reduce((s, m) => s + m, 0);
  const unit = width / total;
  let cx = x;
  modules.forEach((m, i) => {
    if (i % 2 === 0) doc.rect(cx, y, m * unit, height).fill('#000');
    cx += m * unit;
  });
}

/**
 * GET /staff/cases/:id/label.pdf: the EMS shipping label of a dispatched case, with the waybill barcode (Code 128),
 * recipient, sender, contents and case number. The recipient's full details are printed, so the print is audited.
 */
export async function renderShippingLabel(deps: { db: Db; pii: FieldCrypto }, actor: Staff, caseId: string, meta: { requestId?: string; ip?: string }): Promise<Buffer> {
  const f = await loadDeliveryFacts(deps.db, caseId);
  if (!handlesCase(actor, f.c)) throw errors.forbidden('该办件不属于您所在的部门');
  const s = f.shipment;
  if (!s?.waybillNo) throw errors.conflict('该办件尚未生成运单，请先寄出');
  const font = findCjkFont();
  if (!font) throw errors.unavailable(new Error('no CJK font installed'));
  const dept = await deps.db.department.findUniqueOrThrow({ where: { id: f.c.departmentId } });
  const recipient = {
    name: deps.pii.decrypt(s.recipientNameEnc, shipmentAad.name(s.id)),
    phone: deps.pii.decrypt(s.recipientPhoneEnc, shipmentAad.phone(s.id)),
    address: deps.pii.decrypt(s.addressEnc, shipmentAad.address(s.id)),
  };
  await recordAudit(deps.db, {
    actor: { kind: 'staff', staffId: actor.staffId, label: actor.name },
    action: 'VIEW_PERSONAL_DATA',
    subjectUserId: f.c.applicantUserId,
    caseId: f.c.id,
    entity: 'shipments',
    entityId: s.id,
    fields: ['recipientName', 'recipientPhone', 'address'],
    purpose: `打印邮寄面单（运单号${s.waybillNo}）`,
    ...meta,
  });

  const { doc, bytes: done } = cjkPdf({ size: [W, H], margin: 0, info: { Title: `EMS面单 ${s.waybillNo}`, Creator: 'OneTrip 最多跑一次' } }, font);
  const pad = 12;
  doc.rect(0, 0, W, 36).fill('#006633');
  doc.fillColor('#fff').fontSize(16).text('中国邮政 EMS · 政务特快', pad, 10);
  drawBarcode(doc, s.waybillNo, pad + 8, 48, W - 2 * pad - 16, 62);
  doc.fillColor('#000').fontSize(13).text(s.waybillNo.split('').join(' '), pad, 116, { width: W - 2 * pad, align: 'center' });
  doc.moveTo(pad, 138).lineTo(W - pad, 138).lineWidth(1).stroke('#000');
  doc.fontSize(10).text('收件人', pad, 146);
  doc.fontSize(15).text(`${recipient.name}  ${recipient.phone}`, pad, 160, { width: W - 2 * pad });
  doc.fontSize(12).text(recipient.address, pad, 182, { width: W - 2 * pad, height: 54 });
  doc.moveTo(pad, 242).lineTo(W - pad, 242).stroke('#000');
  doc.fontSize(10).text('寄件人', pad, 250);
  doc.fontSize(11).text(`${dept.name}  ${dept.phone ?? ''}`, pad, 264, { width: W - 2 * pad });
  doc.fontSize(10).text(dept.address ?? '', pad, 280, { width: W - 2 * pad, height: 30 });
  doc.moveTo(pad, 316).lineTo(W - pad, 316).stroke('#000');
  doc.fontSize(10).text(`内件：${f.c.resultName ?? f.item.name}（政务文书）`, pad, 324, { width: W - 2 * pad });
  doc.text(`办件编号：${f.c.number}`, pad, 340, { width: W - 2 * pad });
  doc.text(`邮费：${(s.feeFen ?? 0) === 0 ? '政府承担' : '寄件人已付'}`, pad, 356, { width: W - 2 * pad });
  drawBarcode(doc, f.c.number, pad + 40, 378, W - 2 * pad - 80, 26);
  doc.end();
  return done;
}
