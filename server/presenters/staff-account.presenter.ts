import type { TStaffAccount } from '@shared/schemas/staff-admin';
import type { Prisma } from '../generated/prisma/client';

/** What a staff account row must include to be presented. */
export const STAFF_ACCOUNT_INCLUDE = {
  homeDepartment: { select: { id: true, name: true } },
  roles: { include: { department: { select: { name: true } } }, orderBy: { createdAt: 'asc' } },
} satisfies Prisma.StaffInclude;

export type StaffAccountRow = Prisma.StaffGetPayload<{ include: typeof STAFF_ACCOUNT_INCLUDE }>;

export function presentStaffAccount(s: StaffAccountRow): TStaffAccount {
  return {
    id: s.id,
    name: s.name,
    username: s.username,
    employeeNo: s.employeeNo,
    homeDepartment: s.homeDepartment,
    status: s.status,
    lastLoginAt: s.lastLoginAt?.toISOString() ?? null,
    grants: s.roles.map((r) => ({
      id: r.id,
      role: r.role,
      departmentId: r.departmentId,
      departmentName: r.department?.name ?? null,
      regionCode: r.regionCode,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
