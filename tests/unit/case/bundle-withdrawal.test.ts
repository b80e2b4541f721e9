import { bundleWithdrawal, type BundlePartForWithdrawal } from '@shared/domain/case/rules';
import type { TCaseStatus } from '@shared/domain/case/transitions';

const parts = (...statuses: TCaseStatus[]): BundlePartForWithdrawal[] => statuses.map((status, i) => ({ id: `p${i}`, name: `事项${i}`, status }));

describe('bundleWithdrawal', () => {
  it('withdraws every part still going on while each may itself be withdrawn', () => {
    expect(bundleWithdrawal(parts('SUBMITTED', 'CORRECTION_REQUIRED', 'RESUBMITTED'))).toEqual({ kind: 'allowed', partIds: ['p0', 'p1', 'p2'] });
  });

  it('leaves parts that already dropped out alone', () => {
    expect(bundleWithdrawal(parts('NOT_ACCEPTED', 'SUBMITTED', 'WITHDRAWN'))).toEqual({ kind: 'allowed', partIds: ['p1'] });
  });

  it.each<TCaseStatus>(['ACCEPTED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'DELIVERED', 'RATED'])('is refused while a part is %s, naming that part', (status) => {
    const r = bundleWithdrawal(parts('SUBMITTED', status, 'SUBMITTED'));
    expect(r).toMatchObject({ kind: 'refused', blocking: ['p1'] });
    expect(r.kind === 'refused' && r.message).toContain('事项1');
    expect(r.kind === 'refused' && r.message).not.toContain('事项0');
  });

  it('names every blocking part', () => {
    const r = bundleWithdrawal(parts('ACCEPTED', 'SUBMITTED', 'IN_PROGRESS'));
    expect(r).toMatchObject({ kind: 'refused', blocking: ['p0', 'p2'] });
    expect(r.kind === 'refused' && r.message).toMatch(/^事项0（已受理）、事项2（办理中）已经受理/);
  });

  it('answers a repeated request with "already withdrawn" and refuses drafts and bundles with nothing left', () => {
    expect(bundleWithdrawal(parts('WITHDRAWN', 'WITHDRAWN'))).toEqual({ kind: 'alreadyWithdrawn' });
    expect(bundleWithdrawal(parts('WITHDRAWN', 'NOT_ACCEPTED'))).toEqual({ kind: 'alreadyWithdrawn' });
    expect(bundleWithdrawal(parts('NOT_ACCEPTED', 'NOT_ACCEPTED'))).toMatchObject({ kind: 'refused', blocking: [] });
    expect(bundleWithdrawal(parts('DRAFT', 'DRAFT'))).toMatchObject({ kind: 'refused', message: expect.stringContaining('删除') });
  });
});
