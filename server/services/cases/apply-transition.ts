import { chinaDate, dateFromColumn } from '@shared/domain/calendar/working-days';
import { checkTransition, type Refusal, type TransitionInput } from '@shared/domain/case/rules';
import { CASE_STATUS_LABELS, transitionOf, type CaseAction, type CaseNotice, type CaseRole } from '@shared/domain/case/transitions';
import type { Db, DbTx } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { errors, type AppError } from '../../errors';
import { SpecialProcedure, type Case, type CaseEvent } from '../../generated/prisma/client';
import { caseRolesOf } from '../../policies';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { allocateCaseNumber, caseNumberPrefix, isProvisionalCaseNumber } from './case-number';
import { enqueueNotifications } from '../notifications/enqueue';
import { enqueuePostageRefund } from '../payments/enqueue-postage-refund';
import { REFUND_CASE_STATUSES } from '../payments/settle-payment';
import { transitionEffects } from './transition-effects';

/** Staff, the applicant, or the system itself (deadline timer, courier sign-off). */
export type TransitionActor = Actor | { kind: 'system' };

export interface ApplyTransitionArgs {
  caseId: string;
  action: CaseAction;
  actor: TransitionActor;
  input?: TransitionInput & { plannedWorkingDays?: number | null };
  /** The version the actor saw; a different current version is a conflict even before the guarded update. */
  expectedVersion?: number;
  /** For `resubmit`: did the applicant change anything since the correction notice (decided by the caller)? */
  hasChanges?: boolean;
  /** Extra data stored on the event (e.g. the correction notice's material count). */
  eventData?: Record<string, unknown>;
  /**
   * The caller sends the applicant ONE message for several transitions (a 一件事 bundle submitted or withdrawn
   * whole), so this transition's applicant notices are left out; staff notices still go.
   */
  withholdApplicantNotices?: boolean;
  now?: Date;
}

export interface AppliedTransition {
  case: Case;
  event: CaseEvent;
}

const CONFLICT_MESSAGE = '该办件刚刚已被他人处理，请刷新后查看最新状态';

function refusalError(r: Refusal): AppError {
  switch (r.kind) {
    case 'wrongStatus':
      return errors.conflict(r.message);
    case 'notAllowed':
      return errors.forbidden(r.message);
    case 'guard':
      return r.guard === 'hasChanges' ? errors.badRequest(r.message) : errors.conflict(r.message);
    case 'missing':
      return errors.validation(r.details, r.message);
  }
}

/** Who receives a notice: the applicant (and agent), or the handling department for staff notices. */
function recipientOf(notice: CaseNotice, c: Case) {
  if (notice.startsWith('staff.')) return { departmentId: c.departmentId, regionCode: c.regionCode };
  return { userId: c.applicantUserId, agentUserId: c.agentUserId };
}

/**
 * THE one place a case changes status. In one transaction: load the case, ask the shared transition table and the
 * policy, write a guarded update (where id, status = from, version = n; sets version n + 1), the CaseEvent (who,
 * when, why, from → to), the action's side rows (pause, visit, case number) and the OutboxMessage rows of the
 * notifications it causes. Two staff acting at once: the second update matches no row and gets CONFLICT.
 * Pass `tx` to compose with a use case's own writes (e.g. the correction notice) in the same transaction.
 */
export async function applyTransition(db: Db, args: ApplyTransitionArgs, opts: { tx?: DbTx } = {}): Promise<AppliedTransition> {
  const run = (tx: DbTx) => applyIn(tx, args);
  return opts.tx ? run(opts.tx) : db.$transaction(run);
}

async function applyIn(tx: DbTx, args: ApplyTransitionArgs): Promise<AppliedTransition> {
  const now = args.now ?? new Date();
  const c = await tx.case.findUnique({
    where: { id: args.caseId },
    include: {
      itemVersion: { select: { handlingType: true, promisedLimit: true, promisedLimitUnit: true, statutoryLimit: true, statutoryLimitUnit: true } },
      pauses: { where: { endedAt: null }, select: { id: true, startedAt: true }, take: 1 },
    },
  });
  if (!c) throw errors.notFound('办件不存在');

  const actor = args.actor;
  const roles: CaseRole[] = actor.kind === 'system' ? ['SYSTEM'] : caseRolesOf(actor, c);
  if (roles.length === 0) throw errors.forbidden('该办件不属于您或您所在的部门');
  if (args.expectedVersion !== undefined && args.expectedVersion !== c.version) throw errors.conflict(CONFLICT_MESSAGE);

  const cal = await loadWorkingCalendar(tx);
  const input = args.input ?? {};
  const marked = transitionOf(args.action).guards.includes('noMaterialMarkedForCorrection')
    ? await tx.caseMaterial.count({ where: { caseId: c.id, verdict: 'NEEDS_CORRECTION' } })
    : undefined;
  const checked = checkTransition({
    status: c.status,
    action: args.action,
    roles,
    facts: {
      today: chinaDate(now),
      preReviewDueDate: c.preReviewDueDate ? dateFromColumn(c.preReviewDueDate) : null,
      handlingType: c.itemVersion?.handlingType,
      hasChanges: args.hasChanges,
      materialsMarkedForCorrection: marked,
    },
    input,
  });
  if (!checked.ok) throw refusalError(checked.refusal);
  const t = checked.transition;
  if (t.requires.includes('procedure') && !Object.values<string>(SpecialProcedure).includes(input.procedure ?? ''))
    throw errors.validation([{ path: 'procedure', message: '特别程序类型无效' }]);

  const staffId = actor.kind === 'staff' ? actor.staffId : null;
  const receivedOn = args.action === 'deemAccepted' ? await lastReceivedOn(tx, c.id) : null;
  const fx = transitionEffects(args.action, { ...c, openPause: c.pauses[0] ?? null }, input, {
    cal,
    now,
    staffId,
    receivedOn,
    plannedWorkingDays: input.plannedWorkingDays,
  });

  const updated = await tx.case.updateMany({
    where: { id: c.id, status: c.status, version: c.version },
    data: { ...fx.data, status: t.to, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw errors.conflict(CONFLICT_MESSAGE);
  const version = c.version + 1;
  // Postage paid for a result that will never be sent goes back now (a job in this transaction), not at the next sweep.
  if (REFUND_CASE_STATUSES.includes(t.to)) await enqueuePostageRefund(tx, c.id);

  if (fx.issueNumber && isProvisionalCaseNumber(c.number)) {
    await tx.case.update({ where: { id: c.id }, data: { number: await allocateCaseNumber(tx, chinaDate(now), caseNumberPrefix(c.regionCode)) } });
  }
  if (fx.openPause) {
    if (!staffId) throw errors.forbidden('特别程序只能由工作人员发起');
    await tx.casePause.create({ data: { caseId: c.id, ...fx.openPause, startedAt: now, startedByStaffId: staffId } });
  }
  if (fx.closePause) {
    await tx.casePause.update({ where: { id: fx.closePause.id }, data: { endedAt: now, endedByStaffId: staffId, workingDays: fx.closePause.days } });
  }
  if (fx.visit) {
    await tx.caseVisit.create({ data: { caseId: c.id, purpose: fx.visit.purpose, departmentId: c.departmentId, recordedByStaffId: staffId, visitedAt: now } });
  }

  const event = await tx.caseEvent.create({
    data: {
      caseId: c.id,
      action: t.action,
      fromStatus: c.status,
      toStatus: t.to,
      actorKind: actor.kind === 'staff' ? 'STAFF' : actor.kind === 'citizen' ? 'USER' : 'SYSTEM',
      actorUserId: actor.kind === 'citizen' ? actor.userId : null,
      actorStaffId: staffId,
      reason: input.reason?.trim() || null,
      // The action's own inputs (notice, basis, procedure, decision ...) stay with the event for the timeline.
      data: { version, ...inputSummary(input), ...(args.eventData ?? {}) } as object,
      createdAt: now,
    },
  });

  const after = await tx.case.findUniqueOrThrow({ where: { id: c.id } });
  // The key is the case version this transition produced: a replay of the same transition writes the same keys.
  const notices = args.withholdApplicantNotices ? t.notify.filter((n) => n.startsWith('staff.')) : t.notify;
  await enqueueNotifications(
    tx,
    notices.map((template) => ({
      template,
      dedupeKey: `case:${c.id}:v${version}:${template}`,
      caseId: c.id,
      recipient: recipientOf(template, after),
      data: {
        caseNumber: after.number,
        eventId: event.id,
        action: t.action,
        from: c.status,
        to: t.to,
        statusLabel: CASE_STATUS_LABELS[t.to],
        reason: event.reason,
      },
    })),
  );
  return { case: after, event };
}

function inputSummary(i: TransitionInput): Record<string, string> {
  const keys = ['correctionNoticeId', 'legalBasis', 'pledgeFileId', 'procedure', 'decision', 'resultName', 'resultNumber', 'resultFileId', 'deliveryMethod'] as const;
  return Object.fromEntries(keys.flatMap((k) => (i[k] ? [[k, String(i[k])]] : [])));
}

/** The day the application (or its corrected version) was last received, from the event log. */
async function lastReceivedOn(tx: DbTx, caseId: string): Promise<string | null> {
  const e = await tx.caseEvent.findFirst({
    where: { caseId, action: { in: ['submit', 'resubmit'] } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  return e ? chinaDate(e.createdAt) : null;
}
