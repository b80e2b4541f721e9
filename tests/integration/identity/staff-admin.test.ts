import { randomBytes } from 'node:crypto';
import { ZStaffAccount, ZStaffAccountList } from '@shared/schemas/staff-admin';
import { createCitizen, createStaff } from '../../helpers/factories';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { revokeStaffRole, setStaffStatus } from '../../../server/services/staff-admin/change-staff';
import { call } from './helpers';

let server: TestServer;
const db = () => server.dbHandle.db;
let deptA: { id: string; regionCode: string };
let deptB: { id: string; regionCode: string };
beforeAll(async () => {
  server = await startTestServer();
  deptA = await db().department.findFirstOrThrow({ where: { name: '保山市市场监督管理局' }, select: { id: true, regionCode: true } });
  deptB = await db().department.findFirstOrThrow({ where: { id: { not: deptA.id }, regionCode: deptA.regionCode }, select: { id: true, regionCode: true } });
}, 60_000);
afterAll(() => server.stop());

const uname = (p: string) => `${p}-${randomBytes(4).toString('hex')}`;
const deptAdmin = (departmentId: string) => createStaff(db(), [{ role: 'DEPARTMENT_ADMIN', departmentId }], { homeDepartmentId: departmentId });
const sysAdmin = () => createStaff(db(), [{ role: 'SYSTEM_ADMIN' }]);
const privileged = (staffId: string) =>
  db().auditLog.findMany({ where: { entity: 'staff', entityId: staffId, action: 'PRIVILEGED_ACTION' }, orderBy: { createdAt: 'asc' } });

describe('GET /api/v1/admin/staff', () => {
  it('is 401 anonymous, 403 for citizens and staff without an admin role', async () => {
    const citizen = await createCitizen(db());
    const clerk = await createStaff(db(), [{ role: 'WINDOW_CLERK', departmentId: deptA.id }]);
    expect((await call(server, 'GET', '/api/v1/admin/staff')).status).toBe(401);
    expect((await call(server, 'GET', '/api/v1/admin/staff', { token: citizen.token })).status).toBe(403);
    expect((await call(server, 'GET', '/api/v1/admin/staff', { token: clerk.token })).status).toBe(403);
  });

  it('is 400 for a bad page size and 403 for another department; a department admin sees only their department', async () => {
    const admin = await deptAdmin(deptA.id);
    const mine = await createStaff(db(), [{ role: 'HANDLER', departmentId: deptA.id }], { name: '本部门人员甲' });
    const other = await createStaff(db(), [{ role: 'HANDLER', departmentId: deptB.id }], { name: '外部门人员乙' });
    expect((await call(server, 'GET', '/api/v1/admin/staff?pageSize=500', { token: admin.token })).status).toBe(400);
    expect((await call(server, 'GET', `/api/v1/admin/staff?departmentId=${deptB.id}`, { token: admin.token })).status).toBe(403);
    const list = ZStaffAccountList.parse((await call(server, 'GET', '/api/v1/admin/staff?pageSize=100', { token: admin.token })).body);
    const ids = list.items.map((s) => s.id);
    expect(ids).toContain(mine.staff.id);
    expect(ids).not.toContain(other.staff.id);
    expect(list.items.every((s) => s.homeDepartment?.id === deptA.id)).toBe(true);
    const found = ZStaffAccountList.parse((await call(server, 'GET', `/api/v1/admin/staff?q=${encodeURIComponent('本部门人员甲')}`, { token: admin.token })).body);
    expect(found.items.map((s) => s.id)).toEqual([mine.staff.id]);
    expect(JSON.stringify(found)).not.toContain('passwordHash');
  });
});

describe('POST /api/v1/admin/staff', () => {
  it('validates, refuses another department and duplicate usernames, creates an account that can sign in, audited', async () => {
    const admin = await deptAdmin(deptA.id);
    const username = uname('new.clerk');
    const body = { name: '新同事', username, password: 'long-enough-pass-1', homeDepartmentId: deptA.id };
    const bad = await call(server, 'POST', '/api/v1/admin/staff', { token: admin.token, body: { ...body, username: '坏 名字', password: 'short' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['body.password', 'body.username']);
    expect((await call(server, 'POST', '/api/v1/admin/staff', { token: admin.token, body: { ...body, homeDepartmentId: deptB.id } })).status).toBe(403);

    const created = await call(server, 'POST', '/api/v1/admin/staff', { token: admin.token, body });
    expect(created.status).toBe(200);
    const account = ZStaffAccount.parse(created.body);
    expect(account).toMatchObject({ name: '新同事', username, status: 'ACTIVE', grants: [], homeDepartment: { id: deptA.id } });
    expect((await call(server, 'POST', '/api/v1/admin/staff', { token: admin.token, body })).status).toBe(409);

    const login = await call(server, 'POST', '/api/v1/staff/auth/login', { body: { username, password: 'long-enough-pass-1' } });
    expect(login.status).toBe(200);
    expect((await privileged(account.id)).map((r) => r.purpose)).toEqual(['staff.create']);
  });
});

describe('POST /api/v1/admin/staff/:id/grants and DELETE …/grants/:grantId', () => {
  it('lets a department admin give and take back only their department’s working roles, never their own', async () => {
    const admin = await deptAdmin(deptA.id);
    const person = await createStaff(db(), [], { homeDepartmentId: deptA.id });
    const outsider = await createStaff(db(), [], { homeDepartmentId: deptB.id });
    const grant = (id: string, body: unknown, token = admin.token) => call(server, 'POST', `/api/v1/admin/staff/${id}/grants`, { token, body });

    expect((await grant(person.staff.id, { role: 'KING', departmentId: deptA.id })).status).toBe(400);
    expect((await grant(person.staff.id, { role: 'SUPERVISOR', departmentId: null, regionCode: '5305' })).status).toBe(403);
    expect((await grant(person.staff.id, { role: 'DEPARTMENT_ADMIN', departmentId: deptA.id })).status).toBe(403);
    expect((await grant(person.staff.id, { role: 'HANDLER', departmentId: deptB.id })).status).toBe(403);
    expect((await grant(person.staff.id, { role: 'HANDLER', departmentId: null })).status).toBe(403);
    expect((await grant(outsider.staff.id, { role: 'HANDLER', departmentId: deptA.id })).status).toBe(403);
    expect((await grant(admin.staff.id, { role: 'HANDLER', departmentId: deptA.id })).status).toBe(403);
    expect((await grant('00000000-0000-4000-8000-000000000000', { role: 'HANDLER', departmentId: deptA.id })).status).toBe(404);

    // Before the grant the person cannot open the department's review queue; right after, they can.
    expect((await call(server, 'GET', '/api/v1/staff/queue', { token: person.token })).status).toBe(403);
    const given = await grant(person.staff.id, { role: 'HANDLER', departmentId: deptA.id, regionCode: deptA.regionCode });
    expect(given.status).toBe(200);
    const account = ZStaffAccount.parse(given.body);
    expect(account.grants).toEqual([expect.objectContaining({ role: 'HANDLER', departmentId: deptA.id, regionCode: deptA.regionCode })]);
    // Granting it again is a no-op.
    expect(ZStaffAccount.parse((await grant(person.staff.id, { role: 'HANDLER', departmentId: deptA.id, regionCode: deptA.regionCode })).body).grants).toHaveLength(1);
    expect((await call(server, 'GET', '/api/v1/staff/queue', { token: person.token })).status).toBe(200);

    const revoke = (id: string, grantId: string) => call(server, 'DELETE', `/api/v1/admin/staff/${id}/grants/${grantId}`, { token: admin.token });
    expect((await revoke(person.staff.id, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const taken = await revoke(person.staff.id, account.grants[0]!.id);
    expect(taken.status).toBe(200);
    expect(ZStaffAccount.parse(taken.body).grants).toEqual([]);
    expect((await call(server, 'GET', '/api/v1/staff/queue', { token: person.token })).status).toBe(403);

    expect((await privileged(person.staff.id)).map((r) => [r.purpose, r.fields[0]])).toEqual([
      ['staff.roles.change', `grant HANDLER@${deptA.id}/${deptA.regionCode}`],
      ['staff.roles.change', `revoke HANDLER@${deptA.id}/${deptA.regionCode}`],
    ]);
  });

  it('lets a system admin give city-wide roles and checks the scope exists', async () => {
    const root = await sysAdmin();
    const person = await createStaff(db(), [], { homeDepartmentId: deptB.id });
    const sup = await call(server, 'POST', `/api/v1/admin/staff/${person.staff.id}/grants`, { token: root.token, body: { role: 'SUPERVISOR', regionCode: '5305' } });
    expect(sup.status).toBe(200);
    expect(ZStaffAccount.parse(sup.body).grants).toEqual([expect.objectContaining({ role: 'SUPERVISOR', departmentId: null, regionCode: '5305' })]);
    expect((await call(server, 'POST', `/api/v1/admin/staff/${person.staff.id}/grants`, { token: root.token, body: { role: 'SUPERVISOR', regionCode: '999999' } })).status).toBe(400);
  });

  it('never leaves the city without a system admin: two admins removing each other at once, one wins (409 for the other)', async () => {
    // This file's own admins only: drop any other system-admin grant of the run first.
    await db().staffRoleBinding.deleteMany({ where: { role: 'SYSTEM_ADMIN' } });
    const a = await sysAdmin();
    const b = await sysAdmin();
    const grantOf = async (staffId: string) => (await db().staffRoleBinding.findFirstOrThrow({ where: { staffId, role: 'SYSTEM_ADMIN' } })).id;
    const [ga, gb] = [await grantOf(a.staff.id), await grantOf(b.staff.id)];
    const results = await Promise.all([
      call(server, 'DELETE', `/api/v1/admin/staff/${b.staff.id}/grants/${gb}`, { token: a.token }),
      call(server, 'DELETE', `/api/v1/admin/staff/${a.staff.id}/grants/${ga}`, { token: b.token }),
    ]);
    // The loser gets 409 when both requests were past sign-in before the winner committed (the lock decides), or
    // 403 when the winner had already committed by the time the loser's grants were read. Either way one remains.
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const loser = results.find((r) => r.status !== 200)!;
    if (loser.status === 409) expect(loser.body.error.message).toBe('这是最后一位系统管理员，不能收回');
    expect(await db().staffRoleBinding.count({ where: { role: 'SYSTEM_ADMIN' } })).toBe(1);

    // The guard itself, without timing: the loser still holding its grants as read at sign-in is refused with 409.
    const [winner, lost] = results[0]!.status === 200 ? [a, b] : [b, a];
    const stale = { kind: 'staff' as const, staffId: lost.staff.id, sessionId: lost.sessionId, name: lost.staff.name, homeDepartmentId: null, grants: [{ role: 'SYSTEM_ADMIN' as const, departmentId: null, regionCode: null }] };
    await expect(revokeStaffRole(db(), stale, winner.staff.id, await grantOf(winner.staff.id))).rejects.toMatchObject({ code: 'CONFLICT', message: '这是最后一位系统管理员，不能收回' });
    await expect(setStaffStatus(db(), stale, winner.staff.id, { status: 'DISABLED', reason: '测试' })).rejects.toMatchObject({ code: 'CONFLICT', message: '这是最后一位系统管理员，不能停用' });
  });
});

describe('POST /api/v1/admin/staff/:id/status', () => {
  it('needs a reason; disabling signs the person out at once; enabling lets them sign in again', async () => {
    const admin = await deptAdmin(deptA.id);
    const person = await createStaff(db(), [{ role: 'HANDLER', departmentId: deptA.id }], { homeDepartmentId: deptA.id });
    const path = `/api/v1/admin/staff/${person.staff.id}/status`;
    expect((await call(server, 'POST', path, { token: admin.token, body: { status: 'DISABLED' } })).status).toBe(400);
    expect((await call(server, 'POST', `/api/v1/admin/staff/${admin.staff.id}/status`, { token: admin.token, body: { status: 'DISABLED', reason: '离职' } })).status).toBe(403);
    expect((await call(server, 'GET', '/api/v1/staff/queue', { token: person.token })).status).toBe(200);
    const off = await call(server, 'POST', path, { token: admin.token, body: { status: 'DISABLED', reason: '调离本部门' } });
    expect(off.status).toBe(200);
    expect(off.body.status).toBe('DISABLED');
    expect((await call(server, 'GET', '/api/v1/staff/queue', { token: person.token })).status).toBe(401);
    const on = await call(server, 'POST', path, { token: admin.token, body: { status: 'ACTIVE', reason: '返岗' } });
    expect(on.body.status).toBe('ACTIVE');
    expect((await privileged(person.staff.id)).map((r) => r.fields[0])).toEqual(['DISABLED: 调离本部门', 'ACTIVE: 返岗']);
  });
});
