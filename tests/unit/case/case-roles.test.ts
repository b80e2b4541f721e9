import type { Actor } from '../../../server/domain/actor';
import { caseRolesOf } from '../../../server/policies';

const scope = { departmentId: 'scjg', regionCode: '530502', applicantUserId: 'u1', agentUserId: 'u2' };
const staff = (grants: Extract<Actor, { kind: 'staff' }>['grants']): Actor => ({ kind: 'staff', staffId: 's', sessionId: 'x', name: '王', homeDepartmentId: null, grants });

describe('caseRolesOf', () => {
  it.each<[string, Actor, string[]]>([
    ['anonymous', { kind: 'anonymous' }, []],
    ['the applicant', { kind: 'citizen', userId: 'u1', sessionId: 'x' }, ['APPLICANT']],
    ['the agent', { kind: 'citizen', userId: 'u2', sessionId: 'x' }, ['APPLICANT']],
    ['another citizen', { kind: 'citizen', userId: 'u3', sessionId: 'x' }, []],
    ['a clerk of the department', staff([{ role: 'WINDOW_CLERK', departmentId: 'scjg', regionCode: '5305' }]), ['WINDOW_CLERK']],
    ['a handler and head', staff([{ role: 'HANDLER', departmentId: 'scjg', regionCode: '5305' }, { role: 'DEPARTMENT_ADMIN', departmentId: 'scjg', regionCode: null }]), ['REVIEWER', 'APPROVER']],
    ['a handler of another department', staff([{ role: 'HANDLER', departmentId: 'ga', regionCode: '5305' }]), []],
    ['a handler of another county', staff([{ role: 'HANDLER', departmentId: 'scjg', regionCode: '530581' }]), []],
    ['a supervisor (reads, never acts)', staff([{ role: 'SUPERVISOR', departmentId: null, regionCode: '5305' }]), []],
  ])('%s → %j', (_, actor, roles) => {
    expect(caseRolesOf(actor, scope)).toEqual(roles);
  });
});
