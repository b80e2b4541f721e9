import { randomUUID } from 'node:crypto';
import { chinaDate, dateToColumn } from '@shared/domain/calendar/working-days';
import { maskPhone } from '@shared/domain/identity/masking';
import { COMPLAINT_KIND_LABELS, type TComplaintCreate, type TComplaintView } from '@shared/schemas/complaints';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors } from '../../errors';
import { COMPLAINT_INCLUDE, presentComplaint } from '../../presenters/complaint.presenter';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { allocateCaseNumber } from '../cases/case-number';
import { enqueueNotifications } from '../notifications/enqueue';

/** The AAD of a complaint's encrypted contact phone (rotation rewrites with the same). */
export const complaintAad = { contactPhone: (id: string) => `complaints.contact_phone:${id}` };

type Citizen = Extract<Actor, { kind: 'citizen' }>;

/** Where a complaint goes: the case's handling department, the item's implementing body, or the department named. */
async function resolveSubject(db: Db, userId: string, b: TComplaintCreate) {
  if (b.caseId) {
    const c = await db.case.findFirst({ where: { id: b.caseId, OR: [{ applicantUserId: userId }, { agentUserId: userId }] }, select: { id: true, departmentId: true, regionCode: true, itemVersion: { select: { itemId: true } } } });
    if (!c) throw errors.validation([{ path: 'caseId', message: '只能就本人的办件投诉或咨询' }]);
    return { caseId: c.id, departmentId: c.departmentId, itemId: c.itemVersion?.itemId ?? null, regionCode: c.regionCode };
  }
  if (b.itemId) {
    const i = await db.serviceItem.findUnique({ where: { id: b.itemId }, select: { id: true, departmentId: true, regionCode: true } });
    if (!i) throw errors.validation([{ path: 'itemId', message: '事项不存在' }]);
    return { caseId: null, departmentId: i.departmentId, itemId: i.id, regionCode: i.regionCode };
  }
  const d = b.departmentId ? await db.department.findUnique({ where: { id: b.departmentId }, select: { id: true, regionCode: true } }) : null;
  if (!d) throw errors.validation([{ path: 'departmentId', message: '部门不存在' }]);
  return { caseId: null, departmentId: d.id, itemId: null, regionCode: d.regionCode };
}

/**
 * POST /me/complaints: a complaint or enquiry about a case of mine, an item or a department, with files uploaded
 * before (purpose ATTACHMENT, by this citizen). The reply is due in working days; the department is notified in the
 * same transaction. Spam is held back by the route's per-user and per-IP rate limit.
 */
export async function createComplaint(
  deps: { db: Db; pii: FieldCrypto; replyWorkingDays: number },
  actor: Citizen,
  body: TComplaintCreate,
  now = new Date(),
): Promise<TComplaintView> {
  const { db, pii } = deps;
  const subject = await resolveSubject(db, actor.userId, body);
  const fileIds = [...new Set(body.attachmentFileIds)];
  if (fileIds.length > 0) {
    const own = await db.storedFile.findMany({ where: { id: { in: fileIds }, uploadedByUserId: actor.userId, deletedAt: null }, select: { purpose: true } });
    if (own.length !== fileIds.length) throw errors.validation([{ path: 'attachmentFileIds', message: '附件不存在或不是您上传的，请重新上传' }]);
    // A material (an ID card scan of some case) would become readable by the department complained to: only files
    // uploaded as complaint attachments may be attached.
    if (own.some((f) => f.purpose !== 'ATTACHMENT')) throw errors.validation([{ path: 'attachmentFileIds', message: '只能附上为咨询投诉上传的文件，请重新添加附件' }]);
  }
  const profile = body.contactPhone ? null : await db.user.findUnique({ where: { id: actor.userId }, select: { phoneMasked: true } });
  const id = randomUUID();
  const cal = await loadWorkingCalendar(db);
  const due = cal.addWorkingDays(chinaDate(now), deps.replyWorkingDays);
  const created = await db.$transaction(async (tx) => {
    const number = await allocateCaseNumber(tx, chinaDate(now), 'TS');
    const c = await tx.complaint.create({
      data: {
        id,
        number,
        kind: body.kind,
        userId: actor.userId,
        caseId: subject.caseId,
        departmentId: subject.departmentId,
        itemId: subject.itemId,
        title: body.title,
        content: body.content,
        contactPhoneEnc: body.contactPhone ? pii.encrypt(body.contactPhone, complaintAad.contactPhone(id)) : null,
        contactPhoneMasked: body.contactPhone ? maskPhone(body.contactPhone) : (profile?.phoneMasked ?? null),
        dueDate: dateToColumn(due),
        createdAt: now,
        attachments: { create: fileIds.map((fileId, i) => ({ fileId, sortOrder: i })) },
      },
      include: COMPLAINT_INCLUDE,
    });
    await enqueueNotifications(tx, [
      {
        template: 'staff.complaintReceived',
        dedupeKey: `complaint:${c.id}:received`,
        caseId: subject.caseId,
        recipient: { departmentId: subject.departmentId, regionCode: subject.regionCode },
        data: { complaintNumber: number, kind: COMPLAINT_KIND_LABELS[body.kind], dueDate: due },
      },
    ]);
    return c;
  });
  return presentComplaint(created, 'citizen', now);
}
