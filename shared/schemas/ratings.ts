import { z } from 'zod';
import { RATING_GRADES, RECTIFICATION_OUTCOMES, RECTIFICATION_STATUSES } from '../domain/ratings/grades';

export const ZRatingGrade = z.enum(RATING_GRADES);
export const ZRectificationOutcome = z.enum(RECTIFICATION_OUTCOMES);
export const ZRectificationStatus = z.enum(RECTIFICATION_STATUSES);

const ZScore = z.number().int().min(1, '评分为1到5分').max(5, '评分为1到5分');

/** POST /me/cases/:id/rating: one rating per case (一事一评). */
export const ZRatingBody = z.object({
  /** 非常满意 … 非常不满意. */
  grade: ZRatingGrade,
  /** Online sub-indicators, 1..5 each (optional). */
  efficiencyScore: ZScore.optional(),
  guideScore: ZScore.optional(),
  convenienceScore: ZScore.optional(),
  usabilityScore: ZScore.optional(),
  /** What went well or wrong; a bad rating without a word is accepted but harder to fix. */
  comment: z.string().trim().max(500, '评价内容不能超过500个字').optional(),
});

/** The handling unit's follow-up of a bad rating, as the applicant sees it. */
export const ZRectificationView = z.object({
  id: z.string(),
  status: ZRectificationStatus,
  statusLabel: z.string(),
  /** Deadline to call back and resolve (YYYY-MM-DD). */
  dueDate: z.string(),
  overdue: z.boolean(),
  /** Escalated to the department head and the supervisor (ISO), null when not. */
  escalatedAt: z.string().nullable(),
  departmentName: z.string(),
  calledBackAt: z.string().nullable(),
  /** Staff member who called back (name). */
  calledBackBy: z.string().nullable(),
  callbackReached: z.boolean().nullable(),
  callbackNote: z.string().nullable(),
  outcome: ZRectificationOutcome.nullable(),
  outcomeLabel: z.string().nullable(),
  outcomeText: z.string().nullable(),
  /** For a scheduled fix: the promised date (YYYY-MM-DD). */
  scheduledFor: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
});

/** A rating as shown to its author and to staff. */
export const ZRatingView = z.object({
  id: z.string(),
  grade: ZRatingGrade,
  gradeLabel: z.string(),
  efficiencyScore: z.number().int().nullable(),
  guideScore: z.number().int().nullable(),
  convenienceScore: z.number().int().nullable(),
  usabilityScore: z.number().int().nullable(),
  comment: z.string().nullable(),
  /** Given by the system after the rating period (kept apart in the figures). */
  isDefault: z.boolean(),
  /** Excluded from the figures after an upheld appeal (the rating itself stays). */
  excluded: z.boolean(),
  createdAt: z.string(),
});

/** GET /me/cases/:id/rating: may the applicant rate now, their rating and the follow-up of a bad one. */
export const ZMyCaseRating = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  itemName: z.string().nullable(),
  canRate: z.boolean(),
  /** Why not (already rated, not yet delivered), for the page. */
  cannotRateReason: z.string().nullable(),
  rating: ZRatingView.nullable(),
  rectification: ZRectificationView.nullable(),
});

/** GET /staff/rectifications. */
export const ZRectificationQuery = z.object({
  /** OPEN, CALLED_BACK or RESOLVED; absent = not yet resolved. */
  status: ZRectificationStatus.optional(),
});

/** One task in the department's rectification list (applicant masked). */
export const ZRectificationEntry = ZRectificationView.extend({
  caseId: z.string(),
  caseNumber: z.string(),
  itemName: z.string().nullable(),
  applicantNameMasked: z.string().nullable(),
  contactPhoneMasked: z.string().nullable(),
  rating: ZRatingView,
  /** The appeal against this rating, if any. */
  appeal: z.object({ id: z.string(), status: z.enum(['PENDING', 'UPHELD', 'REJECTED']), reason: z.string(), decisionNote: z.string().nullable() }).nullable(),
});
export const ZRectificationList = z.object({ items: z.array(ZRectificationEntry) });

/** POST /staff/rectifications/:id/callback: the call back to the applicant (100% for real-name ratings). */
export const ZCallbackBody = z.object({
  /** Was the applicant reached? */
  reached: z.boolean(),
  note: z.string().trim().min(2, '请填写回访情况').max(500, '回访情况不能超过500个字'),
});

/** POST /staff/rectifications/:id/outcome: fixed, scheduled (with the date) or explained. */
export const ZOutcomeBody = z
  .object({
    outcome: ZRectificationOutcome,
    text: z.string().trim().min(2, '请填写整改或解释说明').max(1000, '说明不能超过1000个字'),
    /** Required for SCHEDULED: the date the fix is promised for (YYYY-MM-DD). */
    scheduledFor: z.iso.date('日期格式应为YYYY-MM-DD').optional(),
  })
  .refine((b) => b.outcome !== 'SCHEDULED' || !!b.scheduledFor, { path: ['scheduledFor'], message: '限期整改请填写整改完成日期' });

/** POST /staff/ratings/:id/appeal: the department disputes a malicious rating. */
export const ZAppealBody = z.object({ reason: z.string().trim().min(5, '请说明申诉理由（至少5个字）').max(1000) });

/** POST /staff/rating-appeals/:id/decision: the supervisor's decision, recorded; nothing is deleted. */
export const ZAppealDecisionBody = z.object({
  /** true: the rating is found malicious and leaves the figures (it stays visible). */
  uphold: z.boolean(),
  note: z.string().trim().min(2, '请填写审核意见').max(1000),
});

export const ZAppealEntry = z.object({
  id: z.string(),
  status: z.enum(['PENDING', 'UPHELD', 'REJECTED']),
  reason: z.string(),
  requestedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  caseNumber: z.string(),
  departmentName: z.string(),
  rating: ZRatingView,
});
export const ZAppealList = z.object({ items: z.array(ZAppealEntry) });
export const ZAppealQuery = z.object({ status: z.enum(['PENDING', 'UPHELD', 'REJECTED']).optional() });

export type TRatingBody = z.infer<typeof ZRatingBody>;
export type TMyCaseRating = z.infer<typeof ZMyCaseRating>;
export type TRatingView = z.infer<typeof ZRatingView>;
export type TRectificationView = z.infer<typeof ZRectificationView>;
export type TRectificationEntry = z.infer<typeof ZRectificationEntry>;
export type TCallbackBody = z.infer<typeof ZCallbackBody>;
export type TOutcomeBody = z.infer<typeof ZOutcomeBody>;
export type TAppealEntry = z.infer<typeof ZAppealEntry>;
