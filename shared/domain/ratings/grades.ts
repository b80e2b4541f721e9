/**
 * 好差评 rules shared by server and client (国办发〔2019〕51号; GB/T 39734-2020): five grades, one rating per case,
 * bad ratings (不满意 and below) go to the handling unit for a call back and a fix, a schedule or an explanation.
 */

export const RATING_GRADES = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'] as const;
export type TRatingGrade = (typeof RATING_GRADES)[number];

export const RATING_GRADE_LABELS: Record<TRatingGrade, string> = {
  VERY_SATISFIED: '非常满意',
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
  VERY_DISSATISFIED: '非常不满意',
};

/** The four online sub-indicators (1..5 each), in the order the form shows them. */
export const RATING_SUB_INDICATORS = [
  { key: 'efficiencyScore', label: '办事效率' },
  { key: 'guideScore', label: '办事指南准确' },
  { key: 'convenienceScore', label: '办事便捷' },
  { key: 'usabilityScore', label: '平台好用' },
] as const;
export type TSubIndicatorKey = (typeof RATING_SUB_INDICATORS)[number]['key'];

/** 差评: 不满意 or 非常不满意. Opens a rectification task. */
export function isBadGrade(grade: TRatingGrade): boolean {
  return grade === 'DISSATISFIED' || grade === 'VERY_DISSATISFIED';
}

/** 满意 in the satisfaction rate: 非常满意, 满意 and 基本满意 (the national platform's definition). */
export function isSatisfiedGrade(grade: TRatingGrade): boolean {
  return !isBadGrade(grade);
}

/** The grade given when the applicant did not rate in time (a local rule, e.g. Guangdong's 7 days → 基本满意). */
export const DEFAULT_GRADE: TRatingGrade = 'BASICALLY_SATISFIED';

export const RECTIFICATION_OUTCOMES = ['FIXED', 'SCHEDULED', 'EXPLAINED'] as const;
export type TRectificationOutcome = (typeof RECTIFICATION_OUTCOMES)[number];
export const RECTIFICATION_OUTCOME_LABELS: Record<TRectificationOutcome, string> = {
  FIXED: '已整改',
  SCHEDULED: '限期整改',
  EXPLAINED: '已解释说明',
};

export const RECTIFICATION_STATUSES = ['OPEN', 'CALLED_BACK', 'RESOLVED'] as const;
export type TRectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABELS: Record<TRectificationStatus, string> = {
  OPEN: '待回访',
  CALLED_BACK: '已回访，整改中',
  RESOLVED: '已办结',
};

/** Overdue: not resolved and the due date (YYYY-MM-DD, China time) is before today. */
export function isRectificationOverdue(t: { status: TRectificationStatus; dueDate: string }, today: string): boolean {
  return t.status !== 'RESOLVED' && t.dueDate < today;
}

/**
 * Who sees appeals against malicious ratings: supervisors (they decide them, over their region) and a department's
 * approvers and admins (their own department's). Others are refused, so the client does not ask for them.
 */
export const APPEAL_VIEW_ROLES = ['SUPERVISOR', 'APPROVER', 'DEPARTMENT_ADMIN'] as const;

export function seesAppeals(roles: readonly string[]): boolean {
  return roles.some((r) => (APPEAL_VIEW_ROLES as readonly string[]).includes(r));
}
