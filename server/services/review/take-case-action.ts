import type { TCaseAfterAction, TTransitionBody } from '@shared/schemas/review';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { presentCaseAfterAction } from '../../presenters/case-after-action.presenter';
import { applyTransition } from '../cases/apply-transition';
import { loadCaseForStaff, type StaffActor } from './load-case-for-staff';

/**
 * A staff action on a case (受理, 容缺受理, 不予受理, 开始办理, 特别程序, 办结, 送达 ...): scope first (404/403), then the
 * one transition function decides status, role, guards and required inputs, and writes the change.
 */
export async function takeCaseAction(db: Db, actor: StaffActor, caseId: string, body: TTransitionBody, now = new Date()): Promise<TCaseAfterAction> {
  const { scope } = await loadCaseForStaff(db, actor, caseId, { needRole: true });
  for (const [path, id] of [['pledgeFileId', body.pledgeFileId], ['resultFileId', body.resultFileId]] as const) {
    if (id && !(await db.storedFile.findFirst({ where: { id, deletedAt: null }, select: { id: true } })))
      throw errors.validation([{ path, message: '文件不存在或已删除，请重新上传' }]);
  }
  const { action, expectedVersion, plannedWorkingDays, ...input } = body;
  const applied = await applyTransition(db, { caseId: scope.id, action, actor, now, expectedVersion, input: { ...input, plannedWorkingDays: plannedWorkingDays ?? null } });
  return presentCaseAfterAction(applied.case);
}
