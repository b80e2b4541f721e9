import { bundleStanding } from '@shared/domain/case/bundle';
import type { TCaseStatus } from '@shared/domain/case/transitions';

describe('bundleStanding', () => {
  it.each<[TCaseStatus[], TCaseStatus, boolean]>([
    [['SUBMITTED', 'SUBMITTED'], 'SUBMITTED', false],
    [['ACCEPTED', 'CORRECTION_REQUIRED'], 'CORRECTION_REQUIRED', false], // the citizen has something to fix
    [['RESUBMITTED', 'SUBMITTED'], 'SUBMITTED', false],
    [['RESUBMITTED', 'ACCEPTED'], 'RESUBMITTED', false],
    [['IN_PROGRESS', 'SUSPENDED'], 'IN_PROGRESS', false],
    [['SUSPENDED', 'SUSPENDED', 'COMPLETED'], 'SUSPENDED', false],
    [['COMPLETED', 'DELIVERED'], 'COMPLETED', false],
    [['DELIVERED', 'DELIVERED'], 'DELIVERED', false],
    [['NOT_ACCEPTED', 'IN_PROGRESS'], 'IN_PROGRESS', true],
    [['NOT_ACCEPTED', 'WITHDRAWN'], 'NOT_ACCEPTED', false],
    [['WITHDRAWN', 'WITHDRAWN'], 'WITHDRAWN', false],
  ])('%j → %s (partial %s)', (parts, status, partial) => {
    expect(bundleStanding(parts)).toMatchObject({ status, partial });
  });

  it('counts the parts and needs at least one', () => {
    expect(bundleStanding(['ACCEPTED', 'ACCEPTED', 'IN_PROGRESS']).counts).toEqual({ ACCEPTED: 2, IN_PROGRESS: 1 });
    expect(() => bundleStanding([])).toThrow(RangeError);
  });
});
