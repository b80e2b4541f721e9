import { dateFromColumn } from '@shared/domain/calendar/working-days';
import { currentClock } from '@shared/domain/case/progress';
import { allowedActions } from '@shared/domain/case/rules';
import { CASE_STATUS_LABELS, CASE_ACTIONS, transitionOf, type CaseAction } from '@shared/domain/case/transitions';
import type { TMyCaseDetail } from '@shared/schemas/application';
import type { Db } from '../../db/client';
import { presentApplication, publicCaseNumber } from '../../presenters/application.presenter';
import { loadOwnCase } from './load-own-case';
import { openCorrectionOf } from './open-correction';

const PROCEDURES: Record<string, string> = {
  PUBLIC_NOTICE: '公示',
  SITE_INSPECTION: '现场踏勘',
  EXPERT_REVIEW: '专家论证',
  INSPECTION_QUARANTINE: '检验检疫',
  HEARING: '听证',
  OTHER: '特别程序',
};
const day = (d: Date | null) => (d ? dateFromColumn(d) : null);
const clockOf = (c: { status: Parameters<typeof currentClock>[0]; preReviewDueDate: Date | null; promisedDueDate: Date | null }) =>
  currentClock(c.status, { preReviewDueDate: day(c.preReviewDueDate), promisedDueDate: day(c.promisedDueDate) });

/** GET /me/cases: the citizen's cases (as applicant or agent), newest first. */
export async function listMyCases(db: Db, userId: string) {
  const rows = await db.case.findMany({
    where: { OR: [{ applicantUserId: userId }, { agentUserId: userId }], itemVersionId: { not: null } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
    include: { itemVersion: { select: { name: true } } },
  });
  return {
    items: rows.map((c) => ({
      id: c.id,
      number: publicCaseNumber(c.number),
      itemName: c.itemVersion?.name ?? '',
      status: c.status,
      statusLabel: CASE_STATUS_LABELS[c.status],
      dueDate: clockOf(c).dueDate,
      createdAt: c.createdAt.toISOString(),
      submittedAt: c.submittedAt?.toISOString() ?? null,
    })),
  };
}

/**
 * GET /me/cases/:id: the application, its timeline (transitions as steps, special procedures as pauses), the
 * current step with its expected finish date, the promised completion date, the open correction notice with each
 * material's reason and the guide's common mistakes, and what the applicant may do now (the shared table).
 */
export async function getMyCase(db: Db, userId: string, caseId: string): Promise<TMyCaseDetail> {
  const c = await loadOwnCase(db, userId, caseId);
  const [events, pauses, notice] = await Promise.all([
    db.caseEvent.findMany({ where: { caseId: c.id, toStatus: { not: null } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    db.casePause.findMany({ where: { caseId: c.id }, orderBy: { startedAt: 'asc' } }),
    c.status === 'CORRECTION_REQUIRED' ? openCorrectionOf(db, c.id) : null,
  ]);
  const known = (a: string): a is CaseAction => (CASE_ACTIONS as readonly string[]).includes(a);
  const timeline = [
    ...events.map((e) => ({
      kind: 'EVENT' as const,
      action: e.action,
      label: known(e.action) ? transitionOf(e.action).label : e.action,
      status: e.toStatus,
      at: e.createdAt.toISOString(),
      endedAt: null,
      reason: e.reason,
    })),
    ...pauses.map((p) => ({
      kind: 'PAUSE' as const,
      action: p.procedure,
      label: `${PROCEDURES[p.procedure] ?? '特别程序'}（暂停计时）`,
      status: null,
      at: p.startedAt.toISOString(),
      endedAt: p.endedAt?.toISOString() ?? null,
      reason: p.reason,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const clock = clockOf(c);
  return {
    application: presentApplication(c, userId),
    timeline,
    current: { status: c.status, label: CASE_STATUS_LABELS[c.status], clock: clock.clock, dueDate: clock.dueDate },
    promisedDueDate: day(c.promisedDueDate),
    correction: notice
      ? {
          round: notice.round,
          message: notice.message,
          issuedAt: notice.issuedAt.toISOString(),
          respondByDate: day(notice.respondByDate),
          items: notice.items.map((i) => ({
            materialId: i.caseMaterialId,
            materialName: i.caseMaterial?.name ?? null,
            reason: i.reason,
            requirement: i.requirement,
            commonMistakes: i.caseMaterial?.itemMaterial?.commonMistakes ?? null,
          })),
        }
      : null,
    allowedActions: allowedActions(c.status, 'APPLICANT'),
  };
}
