import { CASE_STATUS_LABELS } from '@shared/domain/case/transitions';
import type { TCaseAfterAction } from '@shared/schemas/review';
import type { Case } from '../generated/prisma/client';

/** A case row as staff see it right after acting on it. */
export function presentCaseAfterAction(c: Case): TCaseAfterAction {
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    statusLabel: CASE_STATUS_LABELS[c.status],
    version: c.version,
    acceptedAt: c.acceptedAt?.toISOString() ?? null,
    promisedDueDate: c.promisedDueDate?.toISOString().slice(0, 10) ?? null,
    visitCount: c.visitCount,
  };
}
