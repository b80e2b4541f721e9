import { dateFromColumn } from '@shared/domain/calendar/working-days';
import { bundleStanding } from '@shared/domain/case/bundle';
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

/**
 * GET /me/cases: the citizen's cases (as applicant or agent), newest first. A 一件事 bundle is one line with the
 * status its parts give it (bundleStanding); the current step's date is the latest among the parts still going on.
 */
export async function listMyCases(db: Db, userId: string) {
  const rows = await db.case.findMany({
    where: { OR: [{ applicantUserId: userId }, { agentUserId: userId }], parentId: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
    include: {
      itemVersion: { select: { name: true } },
      bundle: { select: { name: true } },
      children: { select: { status: true, preReviewDueDate: true, promisedDueDate: true, submittedAt: true } },
    },
  });
  return {
    items: rows.map((c) => {
      const isBundle = c.children.length > 0;
      const status = isBundle ? bundleStanding(c.children.map((p) => p.status)).status : c.status;
      const dues = (isBundle ? c.children : [c]).map((p) => clockOf(p).dueDate).filter((d): d is string => d !== null);
      const submitted = isBundle ? (c.children.find((p) => p.submittedAt)?.submittedAt ?? null) : c.submittedAt;
      return {
        id: c.id,
        isBundle,
        number: isBundle ? null : publicCaseNumber(c.number),
        itemName: isBundle ? (c.bundle?.name ?? '一件事') : (c.itemVersion?.name ?? ''),
        status,
        statusLabel: CASE_STATUS_LABELS[status],
        dueDate: dues.length > 0 ? dues.sort().at(-1)! : null,
        createdAt: c.createdAt.toISOString(),
        submittedAt: submitted?.toISOString() ?? null,
      };
    }),
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
    visitCount: c.visitCount,
    deliveryMethod: c.deliveryMethod,
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
