import type { TPaymentView } from '@shared/schemas/delivery';
import type { Db, DbTx } from '../../db/client';
import { presentPayment } from '../../presenters/delivery.presenter';

export const PAYMENT_VIEW_INCLUDE = { refunds: { orderBy: { createdAt: 'asc' } }, case: { select: { number: true } } } as const;

/** A payment as a receipt. */
export async function loadPaymentView(db: Db | DbTx, paymentId: string): Promise<TPaymentView> {
  return presentPayment(await db.payment.findUniqueOrThrow({ where: { id: paymentId }, include: PAYMENT_VIEW_INCLUDE }));
}
