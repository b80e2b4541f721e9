import type { Actor } from '../../domain/actor';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { canReadDepartmentFollowUps, canSeeCasePersonalData, canVerifyAuthorisation, canViewCase, type CaseScope } from '../../policies';
import { recordAudit } from '../identity/record-audit';

/** Catalogue documents anyone may read. */
const PUBLIC_PURPOSES = new Set(['BLANK_FORM', 'SAMPLE']);

const caseScope = { id: true, departmentId: true, regionCode: true, applicantUserId: true, agentUserId: true } as const;

export interface ReadMeta {
  requestId?: string;
  ip?: string;
  /** Why staff open it (recorded in the audit log the citizen can see). */
  purpose?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The file row, or 404 (also for malformed ids and deleted files). */
export async function loadFileForRead(db: Db, fileId: string) {
  if (!UUID.test(fileId)) throw errors.notFound('文件不存在或已删除');
  const f = await db.storedFile.findUnique({
    where: { id: fileId },
    include: {
      caseMaterialFiles: { select: { caseMaterial: { select: { case: { select: caseScope } } } } },
      casePledges: { select: caseScope },
      caseResults: { select: caseScope },
      walletItems: { select: { userId: true, revokedAt: true } },
      authorisationLetters: { select: { agentUserId: true, principalUserId: true } },
      complaintAttachments: { select: { complaint: { select: { userId: true, departmentId: true, department: { select: { regionCode: true } } } } } },
    },
  });
  if (!f || f.deletedAt) throw errors.notFound('文件不存在或已删除');
  return f;
}

type FileForRead = Awaited<ReturnType<typeof loadFileForRead>>;

function casesOf(f: FileForRead): (CaseScope & { id: string })[] {
  return [...f.caseMaterialFiles.map((m) => m.caseMaterial.case), ...f.casePledges, ...f.caseResults];
}

/**
 * May the actor read this file? Citizens: files they uploaded, their wallet's, and those of cases they apply or
 * act in. Staff: files of cases they handle (personal documents: each read is audited), their own uploads, and
 * authorisation letters for those who verify them. Anyone: blank forms and samples. A citizen asking for someone
 * else's file gets 404 (its existence is not confirmed); staff out of scope get 403.
 */
export async function authoriseFileRead(db: Db, actor: Actor, f: FileForRead, meta: ReadMeta = {}): Promise<void> {
  if (PUBLIC_PURPOSES.has(f.purpose)) return;
  const cases = casesOf(f);
  if (actor.kind === 'citizen') {
    const own =
      f.uploadedByUserId === actor.userId ||
      f.walletItems.some((w) => w.userId === actor.userId && !w.revokedAt) ||
      f.authorisationLetters.some((a) => a.agentUserId === actor.userId || a.principalUserId === actor.userId) ||
      cases.some((c) => canViewCase(actor, c));
    if (!own) throw errors.notFound('文件不存在或已删除');
    return;
  }
  if (actor.kind !== 'staff') throw errors.unauthenticated();
  if (f.uploadedByStaffId === actor.staffId) return;
  const handled = cases.find((c) => canSeeCasePersonalData(actor, c));
  const letter = f.authorisationLetters[0];
  // Attachments of a complaint or enquiry: the staff of the department it is addressed to (and supervisors).
  const complaint = f.complaintAttachments.map((a) => a.complaint).find((c) => c.departmentId && c.department && canReadDepartmentFollowUps(actor, c.departmentId, c.department.regionCode));
  if (!handled && !complaint && !(letter && canVerifyAuthorisation(actor))) throw errors.forbidden('该文件不属于您所在部门办理的办件');
  await recordAudit(db, {
    actor: { kind: 'staff', staffId: actor.staffId, label: actor.name },
    action: 'DOWNLOAD_FILE',
    subjectUserId: handled?.applicantUserId ?? complaint?.userId ?? letter?.principalUserId ?? f.uploadedByUserId,
    caseId: handled?.id ?? null,
    entity: 'StoredFile',
    entityId: f.id,
    fields: ['content'],
    purpose: meta.purpose ?? (handled ? '办件材料审查' : complaint ? '处理咨询投诉' : '核验代办授权书'),
    requestId: meta.requestId,
    ip: meta.ip,
  });
}
