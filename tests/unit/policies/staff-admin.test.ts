import type { Actor, RoleGrant } from '../../../server/domain/actor';
import { checkCreateAccount, checkGrant, checkManageAccount, isSystemAdmin } from '../../../server/policies';

const staff = (id: string, grants: RoleGrant[]): Actor => ({ kind: 'staff', staffId: id, sessionId: 's', name: '某人', homeDepartmentId: null, grants });
const g = (role: RoleGrant['role'], departmentId: string | null = null, regionCode: string | null = null): RoleGrant => ({ role, departmentId, regionCode });

const root = staff('root', [g('SYSTEM_ADMIN')]);
const admin = staff('adm', [g('DEPARTMENT_ADMIN', 'dept-a', '5305')]);
const inA = { staffId: 'p', homeDepartmentId: 'dept-a' };
const inB = { staffId: 'q', homeDepartmentId: 'dept-b' };

describe('staff administration policy', () => {
  it('knows system admins only by an unscoped grant', () => {
    expect(isSystemAdmin(root)).toBe(true);
    expect(isSystemAdmin(staff('x', [g('SYSTEM_ADMIN', null, '5305')]))).toBe(false);
    expect(isSystemAdmin({ kind: 'citizen', userId: 'u', sessionId: 's' })).toBe(false);
  });

  it('lets a department admin manage only their department, never themselves', () => {
    expect(checkManageAccount(admin, inA)).toBeNull();
    expect(checkManageAccount(admin, inB)?.message).toBe('只能管理本部门的工作人员');
    expect(checkManageAccount(admin, { staffId: 'adm', homeDepartmentId: 'dept-a' })?.message).toContain('不能修改自己');
    expect(checkManageAccount(root, inB)).toBeNull();
    expect(checkManageAccount(staff('h', [g('HANDLER', 'dept-a')]), inA)).not.toBeNull();
    expect(checkCreateAccount(admin, 'dept-a')).toBeNull();
    expect(checkCreateAccount(admin, 'dept-b')).not.toBeNull();
    expect(checkCreateAccount(root, 'dept-b')).toBeNull();
  });

  it('lets a department admin hand out only working roles scoped to their department', () => {
    expect(checkGrant(admin, inA, g('HANDLER', 'dept-a', '5305'))).toBeNull();
    expect(checkGrant(admin, inA, g('WINDOW_CLERK', 'dept-a'))).toBeNull();
    expect(checkGrant(admin, inA, g('HANDLER'))?.message).toBe('只能授予或收回本部门范围内的角色');
    expect(checkGrant(admin, inA, g('HANDLER', 'dept-b'))).not.toBeNull();
    for (const role of ['SUPERVISOR', 'SYSTEM_ADMIN', 'DEPARTMENT_ADMIN'] as const) {
      expect(checkGrant(admin, inA, g(role, 'dept-a'))?.message).toBe('该角色只能由系统管理员授予或收回');
    }
    expect(checkGrant(root, inB, g('SUPERVISOR', null, '5305'))).toBeNull();
    expect(checkGrant(root, { staffId: 'root', homeDepartmentId: null }, g('HANDLER', 'dept-a'))).not.toBeNull();
  });
});
