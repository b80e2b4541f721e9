import { randomBytes } from 'node:crypto';
import type { Db } from '../../../server/db/client';
import type { Actor, StaffRoleName } from '../../../server/domain/actor';
import { provisionalCaseNumber } from '../../../server/services/cases/case-number';
import { createCitizen, createStaff } from '../../helpers/factories';
import type { CaseStatus, HandlingType, TimeLimitUnit } from '../../../server/generated/prisma/client';

/**
 * An item of the market regulator with a known promised limit (the seeded ones may change). Left a draft so it never
 * shows in the catalogue, its search or its statistics, which other test files check on the same database.
 */
export async function createItemVersion(
  db: Db,
  opts: { handlingType?: HandlingType; promisedLimit?: number; unit?: TimeLimitUnit; statutoryLimit?: number } = {},
) {
  const dept = await db.department.findFirstOrThrow({ where: { code: '5305-SCJG' } });
  const code = randomBytes(4).toString('hex');
  const item = await db.serviceItem.create({
    data: { baseCode: `TEST-${code}`, implementationCode: `TEST-${code}-5305`, departmentId: dept.id, regionCode: '5305' },
  });
  const version = await db.serviceItemVersion.create({
    data: {
      itemId: item.id,
      versionNo: 1,
      status: 'DRAFT',
      name: `测试事项${code}`,
      type: 'ADMINISTRATIVE_LICENSING',
      level: 'CITY',
      handlingType: opts.handlingType ?? 'PROMISED',
      promisedLimit: opts.promisedLimit ?? 5,
      promisedLimitUnit: opts.unit ?? 'WORKING_DAY',
      statutoryLimit: opts.statutoryLimit ?? 20,
      statutoryLimitUnit: 'WORKING_DAY',
      visitsNeeded: 1,
      visitsReason: '领取证照',
    },
  });
  return { dept, item, version };
}

/** A citizen's case of that item in the given status, plus staff of the department in each role and an outsider. */
export async function caseWorld(db: Db, opts: Parameters<typeof createItemVersion>[1] & { status?: CaseStatus; preReviewDueDate?: Date | null } = {}) {
  const { dept, version } = await createItemVersion(db, opts);
  const citizen = await createCitizen(db);
  const c = await db.case.create({
    data: {
      number: provisionalCaseNumber(),
      itemVersionId: version.id,
      departmentId: dept.id,
      regionCode: '530502',
      status: opts.status ?? 'DRAFT',
      applicantKind: 'PERSON',
      applicantUserId: citizen.user.id,
      preReviewDueDate: opts.preReviewDueDate ?? null,
    },
  });
  const ga = await db.department.findFirstOrThrow({ where: { code: '5305-GA' } });
  return {
    c,
    dept,
    version,
    citizen,
    applicant: { kind: 'citizen' as const, userId: citizen.user.id, sessionId: citizen.sessionId },
    clerk: await staffActor(db, 'WINDOW_CLERK', dept.id),
    reviewer: await staffActor(db, 'HANDLER', dept.id),
    reviewer2: await staffActor(db, 'HANDLER', dept.id),
    approver: await staffActor(db, 'APPROVER', dept.id),
    outsider: await staffActor(db, 'HANDLER', ga.id),
  };
}

/** A staff member with one role in a department (city-wide region), as the actor authenticate() would resolve. */
export async function staffActor(db: Db, role: StaffRoleName, departmentId: string): Promise<Extract<Actor, { kind: 'staff' }>> {
  const grant = { role, departmentId, regionCode: '5305' };
  const s = await createStaff(db, [grant]);
  return { kind: 'staff', staffId: s.staff.id, sessionId: s.sessionId, name: s.staff.name, homeDepartmentId: s.staff.homeDepartmentId, grants: [grant] };
}
