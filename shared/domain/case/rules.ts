import type { DateStr } from '../calendar/working-days';
import {
  CASE_STATUS_LABELS,
  TRANSITIONS,
  transitionOf,
  type CaseAction,
  type CaseRole,
  type Guard,
  type Requirement,
  type TCaseStatus,
  type Transition,
} from './transitions';

/** Facts outside the status that guards look at. A fact not given counts as stated in each guard below. */
export interface CaseFacts {
  /** Today (China date). */
  today?: DateStr;
  /** Last day for the pre-review (Case.preReviewDueDate); null/absent = no deadline running. */
  preReviewDueDate?: DateStr | null;
  /** 办件类型 of the item; absent = not known to be 即办件. */
  handlingType?: 'INSTANT' | 'PROMISED';
  /** Did the applicant change any material since the correction notice? Absent = unknown (not blocked). */
  hasChanges?: boolean;
  /** Materials whose current verdict is 需补正; absent = unknown (not blocked). */
  materialsMarkedForCorrection?: number;
}

/** What the actor hands in with an action (only what the table requires is checked). */
export interface TransitionInput {
  reason?: string | null;
  legalBasis?: string | null;
  pledgeFileId?: string | null;
  correctionNoticeId?: string | null;
  procedure?: string | null;
  decision?: 'APPROVED' | 'DENIED' | null;
  resultName?: string | null;
  resultFileId?: string | null;
  /** Licence or document number of the result (optional). */
  resultNumber?: string | null;
  deliveryMethod?: 'WINDOW_PICKUP' | 'COURIER' | 'ELECTRONIC' | null;
}

export type Refusal =
  /** The case is not in a status the action starts from (or the action is unknown). */
  | { kind: 'wrongStatus'; message: string }
  /** The actor holds no role the action allows. */
  | { kind: 'notAllowed'; message: string }
  /** A guard failed (deadline, item type, unchanged resubmission). */
  | { kind: 'guard'; guard: Guard; message: string }
  /** Required input is missing. */
  | { kind: 'missing'; message: string; details: { path: string; message: string }[] };

const GUARD_MESSAGES: Record<Guard, string> = {
  withinPreReviewDeadline: '已超过预审期限（收件后5个工作日），依法自收件之日起视为受理，不能再退回补正或不予受理',
  preReviewDeadlinePassed: '预审期限尚未届满，不能视为受理',
  instantItem: '只有即办件可以当场受理并办结',
  hasChanges: '补正材料没有任何修改，请按补正告知修改后再提交',
  noMaterialMarkedForCorrection: '有材料被标记为需补正，不能直接受理：请发送补正告知、改判该材料为合格，或以容缺受理办理',
};

function guardHolds(guard: Guard, f: CaseFacts): boolean {
  const overdue = Boolean(f.today && f.preReviewDueDate && f.today > f.preReviewDueDate);
  switch (guard) {
    case 'withinPreReviewDeadline':
      return !overdue;
    case 'preReviewDeadlinePassed':
      return overdue;
    case 'instantItem':
      return f.handlingType === 'INSTANT';
    case 'hasChanges':
      return f.hasChanges !== false;
    case 'noMaterialMarkedForCorrection':
      // Past the pre-review deadline no notice can go out and the law counts the application as accepted: the
      // marks must not leave the case stuck.
      return !f.materialsMarkedForCorrection || overdue;
  }
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

function missingInput(req: Requirement, i: TransitionInput): { path: string; message: string }[] {
  switch (req) {
    case 'reason':
      return blank(i.reason) ? [{ path: 'reason', message: '请填写原因' }] : [];
    case 'legalBasis':
      return blank(i.legalBasis) ? [{ path: 'legalBasis', message: '请填写不予受理的法律依据' }] : [];
    case 'pledge':
      return blank(i.pledgeFileId) ? [{ path: 'pledgeFileId', message: '容缺受理需要申请人签署的承诺书' }] : [];
    case 'correctionNotice':
      return blank(i.correctionNoticeId) ? [{ path: 'correctionNoticeId', message: '退回补正需要一次性补正告知书' }] : [];
    case 'procedure':
      return blank(i.procedure) ? [{ path: 'procedure', message: '请选择特别程序类型' }] : [];
    case 'deliveryMethod':
      return i.deliveryMethod ? [] : [{ path: 'deliveryMethod', message: '请选择送达方式' }];
    case 'decision':
      if (i.decision === 'APPROVED')
        return blank(i.resultName) && blank(i.resultFileId) ? [{ path: 'resultName', message: '准予办结需要结果名称或结果文件' }] : [];
      if (i.decision === 'DENIED') return blank(i.reason) ? [{ path: 'reason', message: '不予办结需要说明理由' }] : [];
      return [{ path: 'decision', message: '请选择办理结果（准予或不予）' }];
  }
}

/**
 * May an actor holding `roles` take `action` on a case in `status`? Checks, in order: the status (table), the role,
 * the guards, the required input. The server calls this once, in apply-transition; the UI uses `allowedActions`.
 */
export function checkTransition(args: {
  status: TCaseStatus;
  action: CaseAction;
  roles: readonly CaseRole[];
  facts?: CaseFacts;
  input?: TransitionInput;
}): { ok: true; transition: Transition } | { ok: false; refusal: Refusal } {
  const t = TRANSITIONS.find((x) => x.action === args.action);
  if (!t) return { ok: false, refusal: { kind: 'wrongStatus', message: '不支持该操作' } };
  if (!t.from.includes(args.status))
    return { ok: false, refusal: { kind: 'wrongStatus', message: `办件当前状态为“${CASE_STATUS_LABELS[args.status]}”，不能${t.label}` } };
  if (!t.by.some((r) => args.roles.includes(r))) return { ok: false, refusal: { kind: 'notAllowed', message: `您没有权限对该办件${t.label}` } };
  const facts = args.facts ?? {};
  const failed = t.guards.find((g) => !guardHolds(g, facts));
  if (failed) return { ok: false, refusal: { kind: 'guard', guard: failed, message: GUARD_MESSAGES[failed] } };
  const details = t.requires.flatMap((r) => missingInput(r, args.input ?? {}));
  if (details.length > 0) return { ok: false, refusal: { kind: 'missing', message: `${t.label}还缺少必要信息`, details } };
  return { ok: true, transition: t };
}

/** The actions an actor with `roles` may take now (status, role and guards; input is asked for afterwards). */
export function allowedActions(status: TCaseStatus, roles: CaseRole | readonly CaseRole[], facts: CaseFacts = {}): CaseAction[] {
  const rs: readonly CaseRole[] = typeof roles === 'string' ? [roles] : roles;
  return TRANSITIONS.filter((t) => t.from.includes(status) && t.by.some((r) => rs.includes(r)) && t.guards.every((g) => guardHolds(g, facts))).map(
    (t) => t.action,
  );
}

/** The status an action leads to (for optimistic UI and tests). */
export function nextStatus(status: TCaseStatus, action: CaseAction): TCaseStatus | null {
  const t = transitionOf(action);
  return t.from.includes(status) ? t.to : null;
}

/** Statuses from which the applicant can still withdraw (before acceptance). */
export function isBeforeAcceptance(status: TCaseStatus): boolean {
  return transitionOf('withdraw').from.includes(status);
}

/** A part of a 一件事 bundle, as the bundle withdraw rule sees it. */
export interface BundlePartForWithdrawal {
  id: string;
  /** Item name, for the refusal message. */
  name: string;
  status: TCaseStatus;
}

/** May the applicant withdraw a whole 一件事 bundle, and which parts would it withdraw? */
export type BundleWithdrawal =
  /** Withdraw these parts (every part still going on) in one go. */
  | { kind: 'allowed'; partIds: string[] }
  /** Nothing is left going on and some part was withdrawn: a repeated request changes nothing. */
  | { kind: 'alreadyWithdrawn' }
  /** Not possible; `blocking` names the parts in the way. */
  | { kind: 'refused'; message: string; blocking: string[] };

/**
 * The bundle withdraw rule: the same rule as a single case, part by part. Parts that already dropped out (refused or
 * withdrawn) are left as they are; every other part must itself be withdrawable (`isBeforeAcceptance`). One part
 * already accepted (or further along) holds the whole bundle back, so the citizen never withdraws half a bundle
 * without meaning to; a draft bundle is deleted, not withdrawn.
 */
export function bundleWithdrawal(parts: readonly BundlePartForWithdrawal[]): BundleWithdrawal {
  const going = parts.filter((p) => p.status !== 'NOT_ACCEPTED' && p.status !== 'WITHDRAWN');
  if (going.length === 0) {
    return parts.some((p) => p.status === 'WITHDRAWN')
      ? { kind: 'alreadyWithdrawn' }
      : { kind: 'refused', message: '各事项均已结束，没有可以撤回的事项', blocking: [] };
  }
  if (going.some((p) => p.status === 'DRAFT')) return { kind: 'refused', message: '草稿还没有提交，不需要撤回，可以直接删除', blocking: [] };
  const blocking = going.filter((p) => !isBeforeAcceptance(p.status));
  if (blocking.length > 0) {
    const named = blocking.map((p) => `${p.name}（${CASE_STATUS_LABELS[p.status]}）`).join('、');
    return { kind: 'refused', message: `${named}已经受理，不能整体撤回。还未受理的事项可以打开各自的办件分别撤回。`, blocking: blocking.map((p) => p.id) };
  }
  return { kind: 'allowed', partIds: going.map((p) => p.id) };
}
