import { allowedActions } from '@shared/domain/case/rules';
import { CASE_STATUS_LABELS, transitionOf, type CaseRole, type TCaseStatus } from '@shared/domain/case/transitions';
import { errors } from '../../errors';

/**
 * May these roles review materials of a case in this status? Material review is the work before 受理, so the
 * transition table answers it: whoever may `accept` the case now may judge its materials (403 without the role,
 * 409 when the case is past or before pre-review).
 */
export function assertCanPreReview(status: TCaseStatus, roles: readonly CaseRole[], what: string): void {
  if (!transitionOf('accept').by.some((r) => roles.includes(r))) throw errors.forbidden(`您没有权限${what}`);
  if (!allowedActions(status, roles).includes('accept')) throw errors.conflict(`办件当前状态为“${CASE_STATUS_LABELS[status]}”，不能${what}`);
}
