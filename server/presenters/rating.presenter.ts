import { chinaDate, dateFromColumn } from '@shared/domain/calendar/working-days';
import { isRectificationOverdue, RATING_GRADE_LABELS, RECTIFICATION_OUTCOME_LABELS, RECTIFICATION_STATUS_LABELS } from '@shared/domain/ratings/grades';
import type { TRatingView, TRectificationView } from '@shared/schemas/ratings';
import type { Rating, RectificationTask } from '../generated/prisma/client';

/** A rating as its author and staff see it. */
export function presentRating(r: Rating): TRatingView {
  return {
    id: r.id,
    grade: r.grade,
    gradeLabel: RATING_GRADE_LABELS[r.grade],
    efficiencyScore: r.efficiencyScore,
    guideScore: r.guideScore,
    convenienceScore: r.convenienceScore,
    usabilityScore: r.usabilityScore,
    comment: r.comment,
    isDefault: r.isDefault,
    excluded: r.excludedAt !== null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The follow-up of a bad rating; staff names are resolved by the caller (ids are stored, like the audit log). */
export function presentRectification(t: RectificationTask, names: { departmentName: string; staff: Map<string, string> }, now = new Date()): TRectificationView {
  const dueDate = dateFromColumn(t.dueDate);
  const staffName = (id: string | null) => (id ? (names.staff.get(id) ?? '工作人员') : null);
  return {
    id: t.id,
    status: t.status,
    statusLabel: RECTIFICATION_STATUS_LABELS[t.status],
    dueDate,
    overdue: isRectificationOverdue({ status: t.status, dueDate }, chinaDate(now)),
    escalatedAt: t.escalatedAt?.toISOString() ?? null,
    departmentName: names.departmentName,
    calledBackAt: t.calledBackAt?.toISOString() ?? null,
    calledBackBy: staffName(t.calledBackByStaffId),
    callbackReached: t.callbackReached,
    callbackNote: t.callbackNote,
    outcome: t.outcome,
    outcomeLabel: t.outcome ? RECTIFICATION_OUTCOME_LABELS[t.outcome] : null,
    outcomeText: t.outcomeText,
    scheduledFor: t.scheduledFor ? dateFromColumn(t.scheduledFor) : null,
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    resolvedBy: staffName(t.resolvedByStaffId),
  };
}
