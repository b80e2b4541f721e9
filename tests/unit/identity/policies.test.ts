import type { Actor, RoleGrant } from '../../../server/domain/actor';
import { canEditCatalogue, canLookUpCitizen, canAdministerStaff, canSeeCasePersonalData, canViewCase, canViewSupervision, type CaseScope } from '../../../server/policies';

const staff = (...grants: Partial<RoleGrant>[]): Actor => ({
  kind: 'staff',
  staffId: 's',
  sessionId: 'x',
  name: 'n',
  homeDepartmentId: null,
  grants: grants.map((g) => ({ role: 'WINDOW_CLERK', departmentId: null, regionCode: null, ...g })),
});
const citizen = (userId: string): Actor => ({ kind: 'citizen', userId, sessionId: 'x' });
const anonymous: Actor = { kind: 'anonymous' };

const caseInScjg: CaseScope = { departmentId: 'scjg', regionCode: '530502002', applicantUserId: 'u1', agentUserId: 'u2' };

const actors = {
  anonymous,
  applicant: citizen('u1'),
  agent: citizen('u2'),
  otherCitizen: citizen('u3'),
  reviewerScjg: staff({ role: 'HANDLER', departmentId: 'scjg', regionCode: '5305' }),
  reviewerScjgTengchong: staff({ role: 'HANDLER', departmentId: 'scjg', regionCode: '530581' }),
  reviewerOtherDept: staff({ role: 'HANDLER', departmentId: 'ga', regionCode: '5305' }),
  clerkCentre: staff({ role: 'WINDOW_CLERK', departmentId: null, regionCode: '5305' }),
  supervisor: staff({ role: 'SUPERVISOR', regionCode: '5305' }),
  catalogueAdmin: staff({ role: 'CATALOGUE_EDITOR' }),
  catalogueAdminScjg: staff({ role: 'CATALOGUE_EDITOR', departmentId: 'scjg' }),
  systemAdmin: staff({ role: 'SYSTEM_ADMIN' }),
};
type Name = keyof typeof actors;

// actor → [canViewCase, canSeeCasePersonalData, canLookUpCitizen, canEditCatalogue(scjg), canEditCatalogue(ga), canViewSupervision(5305), canAdministerStaff]
const table: Record<Name, [boolean, boolean, boolean, boolean, boolean, boolean, boolean]> = {
  anonymous: [false, false, false, false, false, false, false],
  applicant: [true, true, false, false, false, false, false],
  agent: [true, true, false, false, false, false, false],
  otherCitizen: [false, false, false, false, false, false, false],
  reviewerScjg: [true, true, true, false, false, false, false],
  reviewerScjgTengchong: [false, false, true, false, false, false, false],
  reviewerOtherDept: [false, false, true, false, false, false, false],
  clerkCentre: [true, true, true, false, false, false, false],
  supervisor: [true, false, true, false, false, true, false],
  catalogueAdmin: [false, false, false, true, true, false, false],
  catalogueAdminScjg: [false, false, false, true, false, false, false],
  systemAdmin: [false, false, false, true, true, true, true],
};

describe('policies', () => {
  it.each(Object.entries(table))('%s', (name, expected) => {
    const a = actors[name as Name];
    expect([
      canViewCase(a, caseInScjg),
      canSeeCasePersonalData(a, caseInScjg),
      canLookUpCitizen(a),
      canEditCatalogue(a, 'scjg'),
      canEditCatalogue(a, 'ga'),
      canViewSupervision(a, '5305'),
      canAdministerStaff(a),
    ]).toEqual(expected);
  });

  it('a region grant does not leak to a sibling whose code shares a prefix only by accident', () => {
    expect(canViewCase(actors.supervisor, { ...caseInScjg, regionCode: '530600' })).toBe(false);
  });
});
