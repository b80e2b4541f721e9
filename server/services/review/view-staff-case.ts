import { API_PREFIX } from '@shared/api';
import { chinaDate, dateFromColumn } from '@shared/domain/calendar/working-days';
import { allowedActions } from '@shared/domain/case/rules';
import { CASE_STATUS_LABELS, transitionOf } from '@shared/domain/case/transitions';
import type { TStaffCaseView } from '@shared/schemas/review';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { preReviewStandingOn } from '../../domain/review/pre-review-standing';
import { canSeeCasePersonalData } from '../../policies';
import { presentProfile } from '../../presenters/profile.presenter';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { signFileLink } from '../files/file-links';
import { recordAudit } from '../identity/record-audit';
import { loadCaseForStaff, type StaffActor } from './load-case-for-staff';

export interface ViewDeps {
  db: Db;
  pii: FieldCrypto;
  linkKey: Buffer;
}

/** Common mistakes are stored one per line (or separated by ；/;). */
const splitMistakes = (s: string | null | undefined) => (s ?? '').split(/\r?\n|；|;/).map((x) => x.trim()).filter(Boolean);

/**
 * The case as staff work on it: materials with signed links to their files, the applicant's data (in full for
 * handlers; masked and without document links for read-only supervisors), the timeline and the actions the
 * transition table allows this member now. Every view is audited with its purpose, so the citizen sees it.
 */
export async function viewStaffCase(
  deps: ViewDeps,
  actor: StaffActor,
  caseId: string,
  purpose: string,
  meta: { requestId?: string; ip?: string },
  now = new Date(),
): Promise<TStaffCaseView> {
  const { scope, roles } = await loadCaseForStaff(deps.db, actor, caseId);
  const full = canSeeCasePersonalData(actor, scope);
  const c = await deps.db.case.findUniqueOrThrow({
    where: { id: scope.id },
    include: {
      itemVersion: { select: { name: true, handlingType: true } },
      department: { select: { name: true } },
      materials: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        include: { itemMaterial: { select: { commonMistakes: true, sortOrder: true } }, files: { orderBy: { sortOrder: 'asc' }, include: { file: true } } },
      },
      events: { orderBy: { createdAt: 'asc' } },
    },
  });
  const user = c.applicantUserId ? await deps.db.user.findUnique({ where: { id: c.applicantUserId }, include: { profile: true } }) : null;
  const applicant = user?.profile
    ? presentProfile(user.profile, { enc: user.phoneEnc, masked: user.phoneMasked }, full ? { full: true, pii: deps.pii } : { full: false })
    : null;

  const homeDept = actor.homeDepartmentId ? await deps.db.department.findUnique({ where: { id: actor.homeDepartmentId }, select: { name: true } }) : null;
  await recordAudit(deps.db, {
    actor: { kind: 'staff', staffId: actor.staffId, label: homeDept ? `${actor.name}（${homeDept.name}）` : actor.name },
    action: 'VIEW_PERSONAL_DATA',
    subjectUserId: c.applicantUserId,
    caseId: c.id,
    entity: 'cases',
    entityId: c.id,
    fields: ['name', 'idNumber', 'phone', 'address', 'materials'].map((f) => (full ? f : `${f}:masked`)),
    purpose,
    ...meta,
  });

  const cal = await loadWorkingCalendar(deps.db);
  const today = chinaDate(now);
  const preReviewDueDate = c.preReviewDueDate ? dateFromColumn(c.preReviewDueDate) : null;
  const materialsMarkedForCorrection = c.materials.filter((m) => m.verdict === 'NEEDS_CORRECTION').length;
  const actions = roles.length === 0 ? [] : allowedActions(c.status, roles, { today, preReviewDueDate, handlingType: c.itemVersion?.handlingType, materialsMarkedForCorrection });
  const materials = [...c.materials].sort((a, b) => (a.itemMaterial?.sortOrder ?? 0) - (b.itemMaterial?.sortOrder ?? 0));
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    statusLabel: CASE_STATUS_LABELS[c.status],
    version: c.version,
    itemName: c.itemVersion?.name ?? null,
    departmentName: c.department.name,
    readOnly: roles.length === 0,
    applicant,
    submittedAt: c.submittedAt?.toISOString() ?? null,
    acceptedAt: c.acceptedAt?.toISOString() ?? null,
    promisedDueDate: c.promisedDueDate?.toISOString().slice(0, 10) ?? null,
    preReview: preReviewStandingOn(cal, preReviewDueDate, today),
    visitCount: c.visitCount,
    materials: materials.map((m) => ({
      id: m.id,
      name: m.name,
      verdict: m.verdict,
      verdictReason: m.verdictReason,
      commonMistakes: splitMistakes(m.itemMaterial?.commonMistakes),
      files: m.files
        .filter((f) => !f.file.deletedAt)
        .map(({ file }) => {
          // The case view is the grant (checked and audited above): handlers get links, read-only viewers none.
          const link = full ? signFileLink(deps.linkKey, file.id, now.getTime()) : null;
          return {
            id: file.id,
            name: file.originalName,
            mime: file.mime,
            size: file.size,
            url: link ? `${API_PREFIX}/files/${file.id}/content?exp=${link.exp}&sig=${link.sig}` : null,
            expiresAt: link ? new Date(link.exp * 1000).toISOString() : null,
          };
        }),
    })),
    events: c.events.map((e) => ({ action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorKind: e.actorKind, reason: e.reason, createdAt: e.createdAt.toISOString() })),
    allowedActions: actions.map((a) => {
      const t = transitionOf(a);
      return { action: a, label: t.label, requires: [...t.requires] };
    }),
  };
}
