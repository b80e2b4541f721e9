import type { Db } from '../../db/client';
import { presentPayment } from '../../presenters/delivery.presenter';
import { PAYMENT_VIEW_INCLUDE } from './load-payment';

/** GET /me/payments: the payments of the citizen's cases (as applicant or agent), newest first, with refunds. */
export async function listMyPayments(db: Db, userId: string) {
  const rows = await db.payment.findMany({
    where: { case: { OR: [{ applicantUserId: userId }, { agentUserId: userId }] } },
    include: PAYMENT_VIEW_INCLUDE,
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  return { items: rows.map(presentPayment) };
}
