import type { Db, DbTx } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';
import type { PayDeps } from './pay-deps';
import { refundPayment } from './refund-payment';
import { REFUND_CASE_STATUSES } from './settle-payment';

type Deps = { db: Db; pay: PayDeps };

/**
 * Paid postage that is owed back: the case ended without sending anything (withdrawn, not accepted) or the result
 * no longer goes by courier, something is left to refund and no refund is already on its way.
 */
export function owedPostageWhere(db: Db | DbTx, caseId?: string): Prisma.PaymentWhereInput {
  return {
    ...(caseId ? { caseId } : {}),
    status: 'PAID',
    refundedFen: { lt: db.payment.fields.amountFen },
    refunds: { none: { status: { in: ['PENDING', 'PROCESSING'] } } },
    case: { OR: [{ status: { in: [...REFUND_CASE_STATUSES] } }, { deliveryMethod: { not: 'COURIER' } }] },
  };
}

/**
 * Refund the owed postage of one case (the refund job) or of any case (the sweep, `take` at a time). Safe to run
 * twice or next to a payment notify: refundPayment locks the payment row and refunds only what is left.
 * A payment whose refund could not be started is counted as failed (the job retries, the sweep tries next time).
 */
export async function refundOwedPostage(deps: Deps, scope: { caseId?: string; take?: number } = {}): Promise<{ refunded: number; failed: number }> {
  const owed = await deps.db.payment.findMany({
    where: owedPostageWhere(deps.db, scope.caseId),
    include: { case: { select: { status: true } } },
    take: scope.take ?? 100,
  });
  let refunded = 0;
  let failed = 0;
  for (const p of owed) {
    const reason = REFUND_CASE_STATUSES.includes(p.case.status) ? '办件已撤回或不予受理，邮费退回' : '已改为窗口领取，邮费退回';
    const id = await refundPayment(deps, p.id, reason).catch(() => undefined);
    if (id === undefined) failed += 1;
    else if (id !== null) refunded += 1;
  }
  return { refunded, failed };
}
