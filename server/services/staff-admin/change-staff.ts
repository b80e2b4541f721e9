import type { TStaffAccount, TStaffGrantBody } from '@shared/schemas/staff-admin';
import type { Db, DbTx } from '../../db/client';
import type { Actor, StaffRoleName } from '../../domain/actor';
import { errors } from '../../errors';
import { checkGrant, checkManageAccount, type StaffAdminRefusal } from '../../policies';
import { presentStaffAccount, STAFF_ACCOUNT_INCLUDE } from '../../presenters/staff-account.presenter';
import { recordPrivilegedAction } from '../identity/record-privileged-action';

/** Request facts kept with the audit row. */
export interface AuditMeta {
  requestId?: string;
  ip?: string;
}

type StaffActor = Extract<Actor, { kind: 'staff' }>;

function refuse(r: StaffAdminRefusal): void {
  if (r) throw errors.forbidden(r.message);
}

/**
 * Staff administration writes one at a time (a transaction-scoped advisory lock): two administrators removing each
 * other's system-admin role at once must not leave the city with none. The volume is tiny, so serialising is free.
 */
async function inStaffAdminTx<T>(db: Db, run: (tx: DbTx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('onetrip:staff-admin'))`;
    return run(tx);
  });
}

async function loadTarget(tx: DbTx, staffId: string) {
  const s = await tx.staff.findUnique({ where: { id: staffId }, include: STAFF_ACCOUNT_INCLUDE });
  if (!s) throw errors.notFound('工作人员不存在');
  return s;
}

/** Other active accounts that still hold an unscoped system-admin role. */
async function otherSystemAdmins(tx: DbTx, exceptStaffId: string, exceptGrantId?: string): Promise<number> {
  return tx.staffRoleBinding.count({
    where: {
      role: 'SYSTEM_ADMIN',
      departmentId: null,
      regionCode: null,
      staff: { status: 'ACTIVE' },
      OR: [{ staffId: { not: exceptStaffId } }, ...(exceptGrantId ? [{ staffId: exceptStaffId, id: { not: exceptGrantId } }] : [])],
    },
  });
}

function audit(tx: DbTx, actor: StaffActor, action: 'staff.roles.change' | 'staff.status.change', staffId: string, detail: string, meta: AuditMeta) {
  return recordPrivilegedAction(tx, { staff: { staffId: actor.staffId, name: actor.name }, action, entity: 'staff', entityId: staffId, detail, ...meta });
}

function scopeText(g: { role: StaffRoleName; departmentId: string | null; regionCode: string | null }): string {
  return `${g.role}@${g.departmentId ?? '*'}/${g.regionCode ?? '*'}`;
}

/** Give a role in a scope. Granting what the person already holds is a no-op, not a second row. */
export async function grantStaffRole(db: Db, actor: Actor, staffId: string, grant: TStaffGrantBody, meta: AuditMeta = {}): Promise<TStaffAccount> {
  return inStaffAdminTx(db, async (tx) => {
    const target = await loadTarget(tx, staffId);
    refuse(checkGrant(actor, { staffId, homeDepartmentId: target.homeDepartmentId }, grant));
    const a = actor as StaffActor;
    if (grant.departmentId) {
      const dept = await tx.department.findUnique({ where: { id: grant.departmentId }, select: { regionCode: true } });
      if (!dept) throw errors.validation([{ path: 'body.departmentId', message: '部门不存在' }], '部门不存在');
      if (grant.regionCode && !dept.regionCode.startsWith(grant.regionCode) && !grant.regionCode.startsWith(dept.regionCode)) {
        throw errors.validation([{ path: 'body.regionCode', message: '区划与部门所在地不一致' }], '区划与部门所在地不一致');
      }
    }
    if (grant.regionCode && !(await tx.region.findUnique({ where: { code: grant.regionCode }, select: { code: true } }))) {
      throw errors.validation([{ path: 'body.regionCode', message: '区划不存在' }], '区划不存在');
    }
    const same = target.roles.find((r) => r.role === grant.role && r.departmentId === grant.departmentId && r.regionCode === grant.regionCode);
    if (!same) {
      await tx.staffRoleBinding.create({ data: { staffId, role: grant.role, departmentId: grant.departmentId, regionCode: grant.regionCode } });
      await audit(tx, a, 'staff.roles.change', staffId, `grant ${scopeText(grant)}`, meta);
    }
    return presentStaffAccount(await loadTarget(tx, staffId));
  });
}

/** Take a role back. Takes effect on the person's next request (grants are read per request). */
export async function revokeStaffRole(db: Db, actor: Actor, staffId: string, grantId: string, meta: AuditMeta = {}): Promise<TStaffAccount> {
  return inStaffAdminTx(db, async (tx) => {
    const target = await loadTarget(tx, staffId);
    const binding = target.roles.find((r) => r.id === grantId);
    if (!binding) {
      refuse(checkManageAccount(actor, { staffId, homeDepartmentId: target.homeDepartmentId }));
      throw errors.notFound('该角色不存在或已收回');
    }
    refuse(checkGrant(actor, { staffId, homeDepartmentId: target.homeDepartmentId }, binding));
    if (binding.role === 'SYSTEM_ADMIN' && binding.departmentId === null && binding.regionCode === null && (await otherSystemAdmins(tx, staffId, grantId)) === 0) {
      throw errors.conflict('这是最后一位系统管理员，不能收回');
    }
    await tx.staffRoleBinding.delete({ where: { id: grantId } });
    await audit(tx, actor as StaffActor, 'staff.roles.change', staffId, `revoke ${scopeText(binding)}`, meta);
    return presentStaffAccount(await loadTarget(tx, staffId));
  });
}

/** Disable (every session ends at once) or enable an account. */
export async function setStaffStatus(
  db: Db,
  actor: Actor,
  staffId: string,
  body: { status: 'ACTIVE' | 'DISABLED'; reason: string },
  meta: AuditMeta = {},
  now: Date = new Date(),
): Promise<TStaffAccount> {
  return inStaffAdminTx(db, async (tx) => {
    const target = await loadTarget(tx, staffId);
    refuse(checkManageAccount(actor, { staffId, homeDepartmentId: target.homeDepartmentId }));
    if (target.status === body.status) return presentStaffAccount(target);
    const isAdmin = target.roles.some((r) => r.role === 'SYSTEM_ADMIN' && r.departmentId === null && r.regionCode === null);
    if (body.status === 'DISABLED' && isAdmin && (await otherSystemAdmins(tx, staffId)) === 0) throw errors.conflict('这是最后一位系统管理员，不能停用');
    await tx.staff.update({ where: { id: staffId }, data: { status: body.status } });
    if (body.status === 'DISABLED') await tx.session.updateMany({ where: { staffId, revokedAt: null }, data: { revokedAt: now } });
    // The reason is the administrator's words about a colleague: kept short, in the audit row only.
    await audit(tx, actor as StaffActor, 'staff.status.change', staffId, `${body.status}: ${body.reason}`, meta);
    return presentStaffAccount(await loadTarget(tx, staffId));
  });
}
