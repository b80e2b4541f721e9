import type { TDataAccessItem } from '@shared/schemas/identity';
import type { Db } from '../../db/client';

const CITIZEN_VISIBLE = ['VIEW_PERSONAL_DATA', 'EXPORT_PERSONAL_DATA', 'DOWNLOAD_FILE', 'UPDATE_PERSONAL_DATA', 'DELETE_PERSONAL_DATA'] as const;

/**
 * 谁查看了我的数据: every staff access to the caller's personal data, newest first. Staff appear by name and
 * department only (their own personal data is not the citizen's business).
 */
export async function listDataAccess(db: Db, userId: string, limit = 200): Promise<TDataAccessItem[]> {
  const rows = await db.auditLog.findMany({
    where: { subjectUserId: userId, actorKind: 'STAFF', action: { in: [...CITIZEN_VISIBLE] } },
    orderBy: { createdAt: 'desc' },
    take: limit,
  });
  const staffIds = [...new Set(rows.map((r) => r.actorStaffId).filter((x): x is string => Boolean(x)))];
  const caseIds = [...new Set(rows.map((r) => r.caseId).filter((x): x is string => Boolean(x)))];
  const [staff, cases] = await Promise.all([
    db.staff.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true, homeDepartment: { select: { name: true } } } }),
    db.case.findMany({ where: { id: { in: caseIds } }, select: { id: true, number: true } }),
  ]);
  return rows.map((r) => {
    const s = staff.find((x) => x.id === r.actorStaffId);
    return {
      id: r.id,
      at: r.createdAt.toISOString(),
      viewer: { name: s?.name ?? r.actorLabel ?? '工作人员', department: s?.homeDepartment?.name ?? null },
      action: r.action as TDataAccessItem['action'],
      fields: r.fields,
      purpose: r.purpose,
      caseNumber: cases.find((c) => c.id === r.caseId)?.number ?? null,
    };
  });
}
