import type { Db, DbTx } from '../../db/client';

export type AuditActionName =
  | 'VIEW_PERSONAL_DATA'
  | 'EXPORT_PERSONAL_DATA'
  | 'DOWNLOAD_FILE'
  | 'UPDATE_PERSONAL_DATA'
  | 'DELETE_PERSONAL_DATA'
  | 'SECURITY_EVENT'
  | 'PRIVILEGED_ACTION';

export interface AuditEntry {
  actor: { kind: 'staff'; staffId: string; label: string } | { kind: 'citizen'; userId: string } | { kind: 'system' };
  action: AuditActionName;
  subjectUserId?: string | null;
  caseId?: string | null;
  entity: string;
  entityId: string;
  /** Field names revealed (never their values). */
  fields?: string[];
  purpose: string;
  requestId?: string;
  ip?: string;
}

/**
 * Write one audit row. Every staff read of personal data goes through here (who, when, which subject/case,
 * which fields, why); so do security events such as failed sign-ins, which leave no other trace.
 */
export async function recordAudit(db: Db | DbTx, e: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorKind: e.actor.kind === 'staff' ? 'STAFF' : e.actor.kind === 'citizen' ? 'USER' : 'SYSTEM',
      actorStaffId: e.actor.kind === 'staff' ? e.actor.staffId : null,
      actorUserId: e.actor.kind === 'citizen' ? e.actor.userId : null,
      actorLabel: e.actor.kind === 'staff' ? e.actor.label : null,
      action: e.action,
      subjectUserId: e.subjectUserId ?? null,
      caseId: e.caseId ?? null,
      entity: e.entity,
      entityId: e.entityId,
      fields: e.fields ?? [],
      purpose: e.purpose.slice(0, 200),
      requestId: e.requestId ?? null,
      ip: e.ip ?? null,
    },
  });
}
