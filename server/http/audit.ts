import type { Db } from '../db/client';
import { recordPrivilegedAction, type PrivilegedActionName } from '../services/identity/record-privileged-action';
import type { AppContext } from './context';

/**
 * Record a privileged action of the calling staff member from a route, in one line:
 * `await auditPrivileged(deps.db, ctx, 'catalog.publish', 'service_item_versions', id)`.
 * Called after the action succeeded; the request id links the row to the server log.
 */
export async function auditPrivileged(db: Db, ctx: AppContext, action: PrivilegedActionName, entity: string, entityId: string, detail?: string): Promise<void> {
  const a = ctx.state.actor;
  if (a.kind !== 'staff') return;
  await recordPrivilegedAction(db, { staff: { staffId: a.staffId, name: a.name }, action, entity, entityId, detail, requestId: ctx.state.requestId, ip: ctx.ip });
}
