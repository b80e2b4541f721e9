import type { Db, DbTx } from '../../db/client';
import { recordAudit } from './record-audit';

/**
 * Short names of privileged actions, stored in AuditLog.purpose (the row's action is PRIVILEGED_ACTION). A name
 * never changes meaning once released: supervision queries filter on it.
 */
export type PrivilegedActionName =
  | 'staff.login'
  | 'staff.login.wechat'
  | 'staff.roles.change'
  | 'staff.create'
  | 'staff.status.change'
  | 'catalog.create'
  | 'catalog.publish'
  | 'catalog.retire'
  | 'catalog.import'
  | 'catalog.export'
  | 'catalog.poster'
  | 'catalog.posters.batch'
  | 'supervision.export';

export interface PrivilegedAction {
  staff: { staffId: string; name: string };
  action: PrivilegedActionName;
  /** Table and id of what was acted on ('-' when the action has no single target, e.g. an export). */
  entity: string;
  entityId: string;
  /** Short facts worth keeping (counts, formats, departments), never personal data. */
  detail?: string;
  requestId?: string;
  ip?: string;
}

/** Record one privileged staff action: who, when, what, on which target. One call per action. */
export async function recordPrivilegedAction(db: Db | DbTx, a: PrivilegedAction): Promise<void> {
  await recordAudit(db, {
    actor: { kind: 'staff', staffId: a.staff.staffId, label: a.staff.name },
    action: 'PRIVILEGED_ACTION',
    entity: a.entity,
    entityId: a.entityId,
    fields: a.detail ? [a.detail.slice(0, 200)] : [],
    purpose: a.action,
    requestId: a.requestId,
    ip: a.ip,
  });
}
