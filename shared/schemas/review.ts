import { z } from 'zod';
import { ZRealNameProfile } from './identity';

/** Statuses of the pre-review queue (received, waiting for the department's first look). */
export const ZQueueStatus = z.enum(['SUBMITTED', 'RESUBMITTED']);

/** GET /staff/queue: filter by one pre-review status (default: both). */
export const ZQueueQuery = z.object({
  /** SUBMITTED (新收件) or RESUBMITTED (补正后重新提交); absent = both. */
  status: ZQueueStatus.optional(),
});

/** Where a queued case stands against the 5-working-day pre-review deadline (行政许可法 Art. 32). */
export const ZPreReviewStanding = z.object({
  /** Last day to tell corrections or refuse (YYYY-MM-DD); null when no deadline runs. */
  dueDate: z.string().nullable(),
  /** Past the due date: by law the application counts as accepted on receipt. */
  overdue: z.boolean(),
  /** Working days after today up to and including the due date; null when overdue or no deadline. */
  workingDaysLeft: z.number().int().nullable(),
  /** DEEMED_ACCEPTED when overdue (视为受理): staff can no longer return it or refuse it. */
  consequence: z.literal('DEEMED_ACCEPTED').nullable(),
  /** The consequence in words, for the queue row. */
  consequenceLabel: z.string().nullable(),
});

/** One case in the pre-review queue. */
export const ZQueueEntry = z.object({
  /** Case id. */
  id: z.string(),
  /** Case number (provisional until acceptance). */
  number: z.string(),
  /** Item name. */
  itemName: z.string().nullable(),
  /** The 一件事 bundle this case is a part of (other departments review its other parts in parallel). */
  bundleName: z.string().nullable(),
  /** SUBMITTED or RESUBMITTED. */
  status: ZQueueStatus,
  /** Status in Chinese. */
  statusLabel: z.string(),
  /** When the application was first submitted (ISO). */
  submittedAt: z.string().nullable(),
  /** Correction rounds so far. */
  correctionRounds: z.number().int(),
  /** Version for optimistic concurrency (pass back as expectedVersion). */
  version: z.number().int(),
  /** Pre-review deadline standing. */
  preReview: ZPreReviewStanding,
});

/** GET /staff/queue response, oldest first. */
export const ZQueue = z.object({ items: z.array(ZQueueEntry) });

/** GET /staff/cases/:id: why the case (and its personal data) is opened; recorded in the audit log. */
export const ZStaffCaseQuery = z.object({
  /** Why the case is viewed; shown to the citizen under 谁查看了我的数据. */
  purpose: z.string().trim().min(2, '请说明查看原因').max(100, '查看原因不能超过100个字'),
});

/** A file of a material, with a short-lived signed link (null for read-only viewers such as supervisors). */
export const ZReviewFile = z.object({
  id: z.string(),
  name: z.string().nullable(),
  mime: z.string(),
  size: z.number().int(),
  /** Signed same-origin link (10 minutes); null when the viewer may not open personal documents. */
  url: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

/** A material of the case with its current verdict. */
export const ZReviewMaterial = z.object({
  id: z.string(),
  name: z.string(),
  /** PENDING, PASSED, NEEDS_CORRECTION, TOLERATED or NOT_APPLICABLE. */
  verdict: z.string(),
  verdictReason: z.string().nullable(),
  /** The item's common mistakes for this material, offered as ready-made correction reasons. */
  commonMistakes: z.array(z.string()),
  files: z.array(ZReviewFile),
});

/** One entry of the case timeline. */
export const ZReviewEvent = z.object({
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  actorKind: z.string(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});

/** An action the viewer may take now, with the inputs it needs. */
export const ZAllowedAction = z.object({
  action: z.string(),
  label: z.string(),
  requires: z.array(z.string()),
});

/** GET /staff/cases/:id response. */
export const ZStaffCaseView = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  version: z.number().int(),
  itemName: z.string().nullable(),
  departmentName: z.string(),
  /** True for viewers without a role on the case (supervisors): no actions, personal data masked. */
  readOnly: z.boolean(),
  /** Applicant's real-name data: full for handlers (audited), masked otherwise; null when none on file. */
  applicant: ZRealNameProfile.nullable(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  promisedDueDate: z.string().nullable(),
  preReview: ZPreReviewStanding,
  visitCount: z.number().int(),
  materials: z.array(ZReviewMaterial),
  events: z.array(ZReviewEvent),
  allowedActions: z.array(ZAllowedAction),
});

/** PUT /staff/cases/:id/materials/:materialId/verdict. */
export const ZVerdictBody = z
  .object({
    /** ACCEPTED (合格) or NEEDS_CORRECTION (需补正). */
    verdict: z.enum(['ACCEPTED', 'NEEDS_CORRECTION']),
    /** Required for NEEDS_CORRECTION: what is wrong and what to hand in (may be one of the common mistakes). */
    reason: z.string().trim().max(500, '原因不能超过500个字').optional(),
  })
  .superRefine((b, ctx) => {
    if (b.verdict === 'NEEDS_CORRECTION' && !b.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '需补正的材料必须写明原因' });
  });

/** PUT verdict response: the material as now decided. */
export const ZVerdictResult = z.object({ id: z.string(), verdict: z.string(), verdictReason: z.string().nullable() });

/** POST /staff/cases/:id/correction-notice. */
export const ZCorrectionNoticeBody = z.object({
  /** Optional covering note to the applicant. */
  message: z.string().trim().max(500).optional(),
  /** The case version the reviewer saw. */
  expectedVersion: z.number().int().optional(),
});

/** The one complete correction notice (一次性告知). */
export const ZCorrectionNotice = z.object({
  id: z.string(),
  round: z.number().int(),
  status: z.string(),
  version: z.number().int(),
  items: z.array(z.object({ caseMaterialId: z.string().nullable(), name: z.string(), reason: z.string() })),
});

/** Staff actions taken through POST /staff/cases/:id/transition (correction goes through the notice endpoint). */
export const ZStaffAction = z.enum(['accept', 'acceptWithPledge', 'notAccept', 'acceptAndComplete', 'startProcessing', 'suspend', 'resume', 'complete', 'deliver', 'pickUp']);

/** POST /staff/cases/:id/transition: the action and the inputs the transition table requires for it. */
export const ZTransitionBody = z.object({
  action: ZStaffAction,
  /** Why (不予受理, 特别程序, 不予办结). */
  reason: z.string().trim().max(1000).optional(),
  /** Legal basis (不予受理). */
  legalBasis: z.string().trim().max(500).optional(),
  /** Signed pledge file (容缺受理). */
  pledgeFileId: z.uuid('承诺书文件编号无效').optional(),
  /** Special procedure (特别程序). */
  procedure: z.enum(['PUBLIC_NOTICE', 'SITE_INSPECTION', 'EXPERT_REVIEW', 'INSPECTION_QUARANTINE', 'HEARING', 'OTHER']).optional(),
  /** Planned length of the special procedure in working days. */
  plannedWorkingDays: z.number().int().min(1).max(365).optional(),
  /** Result (办结). */
  decision: z.enum(['APPROVED', 'DENIED']).optional(),
  resultName: z.string().trim().max(200).optional(),
  resultNumber: z.string().trim().max(100).optional(),
  resultFileId: z.uuid('结果文件编号无效').optional(),
  /** Delivery method (送达). */
  deliveryMethod: z.enum(['WINDOW_PICKUP', 'COURIER', 'ELECTRONIC']).optional(),
  /** The case version the staff member saw. */
  expectedVersion: z.number().int().optional(),
});

/** A case after a staff action. */
export const ZCaseAfterAction = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  version: z.number().int(),
  acceptedAt: z.string().nullable(),
  promisedDueDate: z.string().nullable(),
  visitCount: z.number().int(),
});

/** POST /staff/cases/lookup: a scanned case QR token or a typed case number, optionally recording the visit. */
export const ZLookupBody = z
  .object({
    /** Token from the citizen's case QR code (GET /me/cases/:id/qr). */
    qrToken: z.string().trim().max(300).optional(),
    /** Case number, typed by the clerk. */
    caseNumber: z.string().trim().max(40).optional(),
    /** Record an in-person visit; PICK_UP_RESULT hands the result over (窗口领取). */
    visitPurpose: z.enum(['SUBMIT_MATERIALS', 'VERIFY_ORIGINALS', 'INTERVIEW', 'PICK_UP_RESULT', 'OTHER']).optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.qrToken && !b.caseNumber) ctx.addIssue({ code: 'custom', path: ['qrToken'], message: '请扫描办件二维码或输入办件编号' });
  });

/** Lookup response: the case and whether a visit was recorded. */
export const ZLookupResult = z.object({ case: ZCaseAfterAction, visitRecorded: z.boolean() });

/** GET /me/cases/:id/qr: a short-lived token the citizen shows at the window. */
export const ZCaseQr = z.object({
  /** Signed token (case id + expiry), encoded into the QR code. */
  token: z.string(),
  expiresAt: z.string(),
  /** Path under the API origin of the QR code as a PNG (no headers needed; works only while the token does). */
  imageUrl: z.string(),
  /** Ask for a fresh code after this many seconds (before the token expires, whatever the phone's clock says). */
  refreshInSeconds: z.number().int().positive(),
});

export type TQueue = z.infer<typeof ZQueue>;
export type TPreReviewStanding = z.infer<typeof ZPreReviewStanding>;
export type TStaffCaseView = z.infer<typeof ZStaffCaseView>;
export type TVerdictBody = z.infer<typeof ZVerdictBody>;
export type TTransitionBody = z.infer<typeof ZTransitionBody>;
export type TCaseAfterAction = z.infer<typeof ZCaseAfterAction>;
export type TCorrectionNotice = z.infer<typeof ZCorrectionNotice>;
export type TLookupBody = z.infer<typeof ZLookupBody>;
export type TLookupResult = z.infer<typeof ZLookupResult>;
export type TCaseQr = z.infer<typeof ZCaseQr>;
