import { randomBytes } from 'node:crypto';
import type { Db } from '../../server/db/client';
import type { StaffRoleName } from '../../server/domain/actor';
import { issueSession } from '../../server/services/identity/issue-session';

const rand = () => randomBytes(6).toString('hex');

/** A citizen with a session token, straight in the database (no WeChat round trip). */
export async function createCitizen(db: Db, data: { openid?: string } = {}) {
  const user = await db.user.create({ data: { openid: data.openid ?? `test-openid-${rand()}` } });
  const { token, sessionId } = await issueSession(db, { userId: user.id });
  return { user, token, sessionId, auth: { authorization: `Bearer ${token}` } };
}

/** A staff member with role grants and a session token. */
export async function createStaff(
  db: Db,
  grants: { role: StaffRoleName; departmentId?: string | null; regionCode?: string | null }[],
  data: { name?: string; homeDepartmentId?: string } = {},
) {
  const staff = await db.staff.create({
    data: {
      name: data.name ?? `测试工作人员${rand().slice(0, 4)}`,
      username: `staff-${rand()}`,
      homeDepartmentId: data.homeDepartmentId ?? grants.find((g) => g.departmentId)?.departmentId ?? null,
      roles: { create: grants.map((g) => ({ role: g.role, departmentId: g.departmentId ?? null, regionCode: g.regionCode ?? null })) },
    },
  });
  const { token, sessionId } = await issueSession(db, { staffId: staff.id });
  return { staff, token, sessionId, auth: { authorization: `Bearer ${token}` } };
}
