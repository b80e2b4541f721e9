import type { TBatchDispatchResult, TDispatchEntry } from '@shared/schemas/delivery';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/actor';
import { AppError, errors } from '../../errors';
import { handlesCase } from '../../policies';
import { presentShipment } from '../../presenters/delivery.presenter';
import { createWaybill, type WaybillDeps } from './create-waybill';

type Staff = Extract<Actor, { kind: 'staff' }>;

/** Departments the staff member handles cases for (grants with a department). */
function departmentsOf(actor: Staff): string[] {
  return [...new Set(actor.grants.filter((g) => ['WINDOW_CLERK', 'HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN'].includes(g.role) && g.departmentId).map((g) => g.departmentId!))];
}

/** Courier results of the staff member's departments: ready to send (postage settled) first, then those on their way. */
async function loadEntries(db: Db, actor: Staff): Promise<TDispatchEntry[]> {
  const depts = departmentsOf(actor);
  if (depts.length === 0) throw errors.forbidden('您没有办件寄出权限');
  const rows = await db.shipment.findMany({
    where: { direction: 'TO_APPLICANT', status: { not: 'CANCELLED' }, case: { departmentId: { in: depts }, deliveryMethod: 'COURIER', status: { in: ['COMPLETED', 'DELIVERED', 'RATED'] } } },
    include: {
      events: true,
      case: { select: { id: true, number: true, status: true, departmentId: true, regionCode: true, itemVersion: { select: { name: true, postageFree: true } }, payments: { where: { status: 'PAID' }, select: { amountFen: true, refundedFen: true } } } },
    },
    orderBy: { createdAt: 'asc' },
    take: 300,
  });
  return rows
    .filter((s) => handlesCase(actor, s.case))
    .map((s) => {
      const settled = (s.feeFen ?? 0) === 0 || s.case.payments.some((p) => p.refundedFen < p.amountFen);
      return {
        caseId: s.case.id,
        caseNumber: s.case.number,
        itemName: s.case.itemVersion?.name ?? '',
        status: s.case.status,
        shipment: presentShipment(s),
        ready: s.case.status === 'COMPLETED' && !s.waybillNo && settled,
      };
    })
    .sort((a, b) => Number(b.ready) - Number(a.ready));
}

export async function listDispatch(db: Db, actor: Staff) {
  return { items: await loadEntries(db, actor) };
}

/** POST /staff/dispatch/batch: waybills for the given cases (default: every ready one); each result reported. */
export async function batchDispatch(deps: WaybillDeps, actor: Staff, caseIds?: string[]): Promise<TBatchDispatchResult> {
  const entries = await loadEntries(deps.db, actor);
  const chosen = caseIds ? entries.filter((e) => caseIds.includes(e.caseId)) : entries.filter((e) => e.ready);
  const out: TBatchDispatchResult = { dispatched: [], failed: [] };
  for (const id of caseIds ?? []) {
    if (!entries.some((e) => e.caseId === id)) out.failed.push({ caseId: id, caseNumber: '', message: '不是本部门待寄出的邮寄办件' });
  }
  for (const e of chosen) {
    try {
      const s = await createWaybill(deps, actor, e.caseId);
      out.dispatched.push({ caseId: e.caseId, caseNumber: e.caseNumber, waybillNo: s.waybillNo ?? '' });
    } catch (err) {
      out.failed.push({ caseId: e.caseId, caseNumber: e.caseNumber, message: err instanceof AppError ? err.message : '寄出失败，请稍后重试' });
    }
  }
  return out;
}
