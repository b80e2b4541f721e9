/**
 * THE case state machine: one transition table over the CaseStatus values, shared by server and client. The server
 * applies transitions only through server/services/cases/apply-transition.ts; the UI shows `allowedActions`.
 * README.md next to this file documents the table.
 */

export const CASE_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'CORRECTION_REQUIRED',
  'RESUBMITTED',
  'ACCEPTED',
  'NOT_ACCEPTED',
  'IN_PROGRESS',
  'SUSPENDED',
  'COMPLETED',
  'DELIVERED',
  'RATED',
  'WITHDRAWN',
] as const;
export type TCaseStatus = (typeof CASE_STATUSES)[number];

/** Chinese names of the statuses, for messages and the UI. */
export const CASE_STATUS_LABELS: Record<TCaseStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待预审',
  CORRECTION_REQUIRED: '待补正',
  RESUBMITTED: '已补正待预审',
  ACCEPTED: '已受理',
  NOT_ACCEPTED: '不予受理',
  IN_PROGRESS: '办理中',
  SUSPENDED: '特别程序中',
  COMPLETED: '已办结',
  DELIVERED: '已送达',
  RATED: '已评价',
  WITHDRAWN: '已撤回',
};

/**
 * Who takes an action, as the machine sees it. APPLICANT: the applicant's account or their agent (代办人).
 * WINDOW_CLERK: 窗口受理人员. REVIEWER: department handler (预审/办理). APPROVER: department head (审批).
 * SYSTEM: timers and integrations (the pre-review deadline, courier sign-off).
 */
export type CaseRole = 'APPLICANT' | 'WINDOW_CLERK' | 'REVIEWER' | 'APPROVER' | 'SYSTEM';

export type CaseAction =
  | 'submit'
  | 'withdraw'
  | 'returnForCorrection'
  | 'resubmit'
  | 'accept'
  | 'acceptWithPledge'
  | 'deemAccepted'
  | 'notAccept'
  | 'acceptAndComplete'
  | 'startProcessing'
  | 'suspend'
  | 'resume'
  | 'complete'
  | 'deliver'
  | 'pickUp'
  | 'rate';

/** Input an action cannot go without. */
export type Requirement =
  /** Why (shown to the applicant). */
  | 'reason'
  /** 不予受理 must cite its legal basis. */
  | 'legalBasis'
  /** 容缺受理: the signed pledge (承诺书) file. */
  | 'pledge'
  /** The one complete correction notice (every material decided; built by the pre-review use case). */
  | 'correctionNotice'
  /** Special procedure kind (公示, 现场踏勘 ...). */
  | 'procedure'
  /** APPROVED with a result (name or document), or DENIED with a reason. */
  | 'decision'
  | 'deliveryMethod';

/** Conditions on facts outside the status (evaluated by `checkGuards`). */
export type Guard =
  /** 行政许可法 Art. 32: only before the pre-review deadline has passed. */
  | 'withinPreReviewDeadline'
  /** Only after it has passed (the application then counts as accepted). */
  | 'preReviewDeadlinePassed'
  /** 即办件 only. */
  | 'instantItem'
  /** Resubmitting needs at least one changed material. */
  | 'hasChanges'
  /**
   * Plain acceptance only when no material is marked 需补正 (send the notice, change the verdict, or 容缺受理),
   * unless the pre-review deadline has passed (the application then counts as accepted anyway).
   */
  | 'noMaterialMarkedForCorrection';

/** Notification templates a transition enqueues (delivered by the notifications issue). */
export type CaseNotice =
  | 'case.submitted'
  | 'case.correctionRequired'
  | 'case.accepted'
  | 'case.notAccepted'
  | 'case.suspended'
  | 'case.resumed'
  | 'case.completed'
  | 'case.delivered'
  | 'case.withdrawn'
  | 'staff.resubmitted';

export interface Transition {
  action: CaseAction;
  /** Chinese name of the action (buttons, timeline, messages). */
  label: string;
  from: readonly TCaseStatus[];
  to: TCaseStatus;
  by: readonly CaseRole[];
  requires: readonly Requirement[];
  guards: readonly Guard[];
  notify: readonly CaseNotice[];
}

const PRE_REVIEW: readonly TCaseStatus[] = ['SUBMITTED', 'RESUBMITTED'];
const DEPT: readonly CaseRole[] = ['WINDOW_CLERK', 'REVIEWER'];
const HANDLING: readonly CaseRole[] = ['REVIEWER', 'APPROVER'];

/** The transition table. An action may appear once; its `from` lists every status it may start from. */
export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', label: '提交申请', from: ['DRAFT'], to: 'SUBMITTED', by: ['APPLICANT', 'WINDOW_CLERK'], requires: [], guards: [], notify: ['case.submitted'] },
  { action: 'withdraw', label: '撤回申请', from: ['SUBMITTED', 'CORRECTION_REQUIRED', 'RESUBMITTED'], to: 'WITHDRAWN', by: ['APPLICANT'], requires: [], guards: [], notify: ['case.withdrawn'] },
  { action: 'returnForCorrection', label: '退回补正', from: PRE_REVIEW, to: 'CORRECTION_REQUIRED', by: DEPT, requires: ['correctionNotice'], guards: ['withinPreReviewDeadline'], notify: ['case.correctionRequired'] },
  { action: 'resubmit', label: '提交补正', from: ['CORRECTION_REQUIRED'], to: 'RESUBMITTED', by: ['APPLICANT', 'WINDOW_CLERK'], requires: [], guards: ['hasChanges'], notify: ['staff.resubmitted'] },
  { action: 'accept', label: '受理', from: PRE_REVIEW, to: 'ACCEPTED', by: DEPT, requires: [], guards: ['noMaterialMarkedForCorrection'], notify: ['case.accepted'] },
  { action: 'acceptWithPledge', label: '容缺受理', from: PRE_REVIEW, to: 'ACCEPTED', by: DEPT, requires: ['pledge'], guards: [], notify: ['case.accepted'] },
  { action: 'deemAccepted', label: '逾期视为受理', from: PRE_REVIEW, to: 'ACCEPTED', by: ['SYSTEM'], requires: [], guards: ['preReviewDeadlinePassed'], notify: ['case.accepted'] },
  { action: 'notAccept', label: '不予受理', from: PRE_REVIEW, to: 'NOT_ACCEPTED', by: DEPT, requires: ['reason', 'legalBasis'], guards: ['withinPreReviewDeadline'], notify: ['case.notAccepted'] },
  { action: 'acceptAndComplete', label: '即办即结', from: PRE_REVIEW, to: 'COMPLETED', by: DEPT, requires: ['decision'], guards: ['instantItem', 'noMaterialMarkedForCorrection'], notify: ['case.accepted', 'case.completed'] },
  { action: 'startProcessing', label: '开始办理', from: ['ACCEPTED'], to: 'IN_PROGRESS', by: HANDLING, requires: [], guards: [], notify: [] },
  { action: 'suspend', label: '特别程序', from: ['IN_PROGRESS'], to: 'SUSPENDED', by: HANDLING, requires: ['procedure', 'reason'], guards: [], notify: ['case.suspended'] },
  { action: 'resume', label: '结束特别程序', from: ['SUSPENDED'], to: 'IN_PROGRESS', by: HANDLING, requires: [], guards: [], notify: ['case.resumed'] },
  { action: 'complete', label: '办结', from: ['ACCEPTED', 'IN_PROGRESS'], to: 'COMPLETED', by: ['APPROVER'], requires: ['decision'], guards: [], notify: ['case.completed'] },
  { action: 'deliver', label: '送达结果', from: ['COMPLETED'], to: 'DELIVERED', by: ['WINDOW_CLERK', 'REVIEWER', 'SYSTEM'], requires: ['deliveryMethod'], guards: [], notify: ['case.delivered'] },
  { action: 'pickUp', label: '窗口领取', from: ['COMPLETED'], to: 'DELIVERED', by: ['WINDOW_CLERK'], requires: [], guards: [], notify: ['case.delivered'] },
  // SYSTEM: the optional default grade after N days without a rating (a local rule; off unless configured).
  { action: 'rate', label: '评价', from: ['DELIVERED'], to: 'RATED', by: ['APPLICANT', 'SYSTEM'], requires: [], guards: [], notify: [] },
];

const BY_ACTION: ReadonlyMap<CaseAction, Transition> = new Map(TRANSITIONS.map((t) => [t.action, t]));

/** The table entry of an action. */
export function transitionOf(action: CaseAction): Transition {
  const t = BY_ACTION.get(action);
  if (!t) throw new Error(`unknown case action: ${action}`);
  return t;
}

export const CASE_ACTIONS: readonly CaseAction[] = TRANSITIONS.map((t) => t.action);

/** Statuses no action leaves. */
export const FINAL_STATUSES: readonly TCaseStatus[] = CASE_STATUSES.filter((s) => !TRANSITIONS.some((t) => t.from.includes(s)));
