import type { TComplaintSummary, TComplaintView } from '@shared/schemas/complaints';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { COMPLAINT_INCLUDE, presentComplaint, presentComplaintSummary } from '../../presenters/complaint.presenter';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET /me/complaints: my complaints and enquiries, newest first. */
export async function listMyComplaints(db: Db, userId: string): Promise<{ items: TComplaintSummary[] }> {
  const rows = await db.complaint.findMany({ where: { userId }, include: COMPLAINT_INCLUDE, orderBy: { createdAt: 'desc' }, take: 100 });
  return { items: rows.map((c) => presentComplaintSummary(c)) };
}

/** GET /me/complaints/:id: the tracking page (status, deadline, replies without internal notes). Others' → 404. */
export async function getMyComplaint(db: Db, userId: string, id: string): Promise<TComplaintView> {
  const c = UUID.test(id) ? await db.complaint.findFirst({ where: { id, userId }, include: COMPLAINT_INCLUDE }) : null;
  if (!c) throw errors.notFound('投诉或咨询不存在');
  return presentComplaint(c, 'citizen');
}
