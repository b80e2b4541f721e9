import { chinaDate, dateFromColumn } from '@shared/domain/calendar/working-days';
import { COMPLAINT_KIND_LABELS, COMPLAINT_STATUS_LABELS, type TComplaintSummary, type TComplaintView } from '@shared/schemas/complaints';
import type { Prisma } from '../generated/prisma/client';

export const COMPLAINT_INCLUDE = {
  case: { select: { number: true } },
  item: { select: { versions: { where: { status: 'PUBLISHED' }, select: { name: true }, take: 1 } } },
  department: { select: { name: true } },
  attachments: { orderBy: { sortOrder: 'asc' }, include: { file: { select: { id: true, originalName: true, mime: true, size: true, deletedAt: true } } } },
  replies: { orderBy: { createdAt: 'asc' }, include: { staff: { select: { homeDepartment: { select: { name: true } } } } } },
} satisfies Prisma.ComplaintInclude;

export type ComplaintRow = Prisma.ComplaintGetPayload<{ include: typeof COMPLAINT_INCLUDE }>;

function subjectOf(c: ComplaintRow): string {
  if (c.case) return `办件 ${c.case.number}`;
  const itemName = c.item?.versions[0]?.name;
  if (itemName) return `事项：${itemName}`;
  return c.department ? `部门：${c.department.name}` : '—';
}

/** A complaint for the citizen (internal notes dropped) or for staff (everything). */
export function presentComplaint(c: ComplaintRow, viewer: 'citizen' | 'staff', now = new Date()): TComplaintView {
  const dueDate = c.dueDate ? dateFromColumn(c.dueDate) : null;
  return {
    ...presentComplaintSummary(c, now),
    content: c.content,
    attachments: c.attachments.filter((a) => !a.file.deletedAt).map((a) => ({ id: a.file.id, name: a.file.originalName ?? '附件', mime: a.file.mime, size: a.file.size })),
    replies: c.replies
      .filter((r) => viewer === 'staff' || !r.internal)
      .map((r) => ({
        id: r.id,
        authorKind: r.authorKind,
        author: r.authorKind === 'STAFF' ? (r.staff?.homeDepartment?.name ?? c.department?.name ?? '工作人员') : null,
        body: r.body,
        internal: r.internal,
        createdAt: r.createdAt.toISOString(),
      })),
    dueDate,
  };
}

export function presentComplaintSummary(c: ComplaintRow, now = new Date()): TComplaintSummary {
  const dueDate = c.dueDate ? dateFromColumn(c.dueDate) : null;
  return {
    id: c.id,
    number: c.number,
    kind: c.kind,
    kindLabel: COMPLAINT_KIND_LABELS[c.kind],
    status: c.status,
    statusLabel: COMPLAINT_STATUS_LABELS[c.status],
    title: c.title,
    subject: subjectOf(c),
    caseId: c.caseId,
    departmentName: c.department?.name ?? null,
    dueDate,
    overdue: dueDate !== null && (c.status === 'OPEN' || c.status === 'IN_PROGRESS') && dueDate < chinaDate(now),
    contactPhoneMasked: c.contactPhoneMasked,
    createdAt: c.createdAt.toISOString(),
  };
}
