import { pausedDays, preReviewDueDate, promisedDueDate, type TimeLimitUnit } from '@shared/domain/calendar/deadlines';
import { chinaDate, dateToColumn, type DateStr, type WorkingCalendar } from '@shared/domain/calendar/working-days';
import type { TransitionInput } from '@shared/domain/case/rules';
import type { CaseAction } from '@shared/domain/case/transitions';
import type { Prisma, SpecialProcedure } from '../../generated/prisma/client';

/** What apply-transition knows about the case when it computes the effects. */
export interface CaseForEffects {
  submittedAt: Date | null;
  acceptedAt: Date | null;
  pausedWorkingDays: number;
  itemVersion: { promisedLimit: number; promisedLimitUnit: TimeLimitUnit; statutoryLimit: number | null; statutoryLimitUnit: TimeLimitUnit | null } | null;
  openPause: { id: string; startedAt: Date } | null;
}

/** The writes a transition makes besides status and version. */
export interface TransitionEffects {
  data: Prisma.CaseUncheckedUpdateManyInput;
  /** Replace the provisional number with a real one (acceptance). */
  issueNumber: boolean;
  openPause?: { procedure: SpecialProcedure; reason: string; plannedWorkingDays: number | null };
  closePause?: { id: string; days: number };
  /** An in-person visit to record (window pickup counts the one visit). */
  visit?: { purpose: 'PICK_UP_RESULT' };
}

interface Context {
  cal: WorkingCalendar;
  now: Date;
  staffId: string | null;
  /** Day the (re)submitted application was received; acceptance by law dates from it when deemed. */
  receivedOn: DateStr | null;
  plannedWorkingDays?: number | null;
}

function acceptance(c: CaseForEffects, ctx: Context, acceptedAt: Date): Prisma.CaseUncheckedUpdateManyInput {
  const acceptedOn = chinaDate(acceptedAt);
  const v = c.itemVersion;
  return {
    acceptedAt,
    acceptedByStaffId: ctx.staffId,
    promisedDueDate: v ? dateToColumn(promisedDueDate(ctx.cal, { acceptedOn, limit: v.promisedLimit, unit: v.promisedLimitUnit })) : null,
    statutoryDueDate:
      v?.statutoryLimit != null && v.statutoryLimitUnit
        ? dateToColumn(promisedDueDate(ctx.cal, { acceptedOn, limit: v.statutoryLimit, unit: v.statutoryLimitUnit }))
        : null,
  };
}

function completion(i: TransitionInput, now: Date): Prisma.CaseUncheckedUpdateManyInput {
  return {
    completedAt: now,
    decision: i.decision ?? null,
    decisionReason: i.reason?.trim() || null,
    resultName: i.resultName?.trim() || null,
    resultNumber: i.resultNumber?.trim() || null,
    resultFileId: i.resultFileId || null,
  };
}

/** The effects of each action on the case (the table says whether it may happen; this says what it changes). */
export function transitionEffects(action: CaseAction, c: CaseForEffects, input: TransitionInput, ctx: Context): TransitionEffects {
  const today = chinaDate(ctx.now);
  switch (action) {
    case 'submit':
      return { issueNumber: false, data: { submittedAt: ctx.now, preReviewDueDate: dateToColumn(preReviewDueDate(ctx.cal, today)) } };
    case 'resubmit':
      // The corrected application is received anew: a fresh 5-day pre-review period starts.
      return { issueNumber: false, data: { preReviewDueDate: dateToColumn(preReviewDueDate(ctx.cal, today)) } };
    case 'returnForCorrection':
      // The applicant holds the case now: no pre-review deadline runs until they resubmit.
      return { issueNumber: false, data: { correctionRounds: { increment: 1 }, preReviewDueDate: null } };
    case 'withdraw':
      return { issueNumber: false, data: { withdrawnAt: ctx.now, withdrawReason: input.reason?.trim() || null } };
    case 'accept':
      return { issueNumber: true, data: acceptance(c, ctx, ctx.now) };
    case 'acceptWithPledge':
      return { issueNumber: true, data: { ...acceptance(c, ctx, ctx.now), toleratedMissing: true, pledgeFileId: input.pledgeFileId ?? null } };
    case 'deemAccepted': {
      // 行政许可法 Art. 32: accepted "from the day the materials were received", so the clock starts then.
      const receivedAt = ctx.receivedOn ? new Date(`${ctx.receivedOn}T00:00:00+08:00`) : (c.submittedAt ?? ctx.now);
      return { issueNumber: true, data: { ...acceptance(c, ctx, receivedAt), acceptedByStaffId: null } };
    }
    case 'notAccept':
      return { issueNumber: false, data: { notAcceptedReason: input.reason?.trim() ?? null, notAcceptedBasis: input.legalBasis?.trim() ?? null } };
    case 'acceptAndComplete':
      return { issueNumber: true, data: { ...acceptance(c, ctx, ctx.now), ...completion(input, ctx.now) } };
    case 'startProcessing':
      return { issueNumber: false, data: { assignedStaffId: ctx.staffId } };
    case 'suspend':
      return {
        issueNumber: false,
        data: {},
        openPause: { procedure: input.procedure as SpecialProcedure, reason: input.reason?.trim() ?? '', plannedWorkingDays: ctx.plannedWorkingDays ?? null },
      };
    case 'resume': {
      if (!c.openPause) return { issueNumber: false, data: {} };
      const unit = c.itemVersion?.promisedLimitUnit ?? 'WORKING_DAY';
      const days = pausedDays(ctx.cal, unit, chinaDate(c.openPause.startedAt), today);
      const total = c.pausedWorkingDays + days;
      const v = c.itemVersion;
      const acceptedOn = c.acceptedAt ? chinaDate(c.acceptedAt) : null;
      const data: Prisma.CaseUncheckedUpdateManyInput = { pausedWorkingDays: total };
      if (v && acceptedOn) {
        data.promisedDueDate = dateToColumn(promisedDueDate(ctx.cal, { acceptedOn, limit: v.promisedLimit, unit, pausedDays: total }));
        // Special procedures do not count against the statutory limit either (行政许可法 Art. 45).
        if (v.statutoryLimit != null && v.statutoryLimitUnit === unit)
          data.statutoryDueDate = dateToColumn(promisedDueDate(ctx.cal, { acceptedOn, limit: v.statutoryLimit, unit, pausedDays: total }));
      }
      return { issueNumber: false, data, closePause: { id: c.openPause.id, days } };
    }
    case 'complete':
      return { issueNumber: false, data: completion(input, ctx.now) };
    case 'deliver':
      return { issueNumber: false, data: { deliveredAt: ctx.now, deliveryMethod: input.deliveryMethod ?? null } };
    case 'pickUp':
      return { issueNumber: false, data: { deliveredAt: ctx.now, deliveryMethod: 'WINDOW_PICKUP', visitCount: { increment: 1 } }, visit: { purpose: 'PICK_UP_RESULT' } };
    case 'rate':
      return { issueNumber: false, data: {} };
  }
}

