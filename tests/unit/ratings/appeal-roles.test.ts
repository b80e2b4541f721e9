import { seesAppeals } from '@shared/domain/ratings/grades';

describe('seesAppeals', () => {
  it('is true for supervisors and a department’s approvers and admins, false for everyone else', () => {
    expect(seesAppeals(['SUPERVISOR'])).toBe(true);
    expect(seesAppeals(['HANDLER', 'APPROVER'])).toBe(true);
    expect(seesAppeals(['DEPARTMENT_ADMIN'])).toBe(true);
    expect(seesAppeals(['HANDLER'])).toBe(false);
    expect(seesAppeals(['WINDOW_CLERK', 'CATALOGUE_EDITOR', 'SYSTEM_ADMIN'])).toBe(false);
    expect(seesAppeals([])).toBe(false);
  });
});
