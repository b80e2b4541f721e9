import { flagsOf, reductionPercent } from '../../../server/presenters/guide.presenter';

describe('reductionPercent', () => {
  it('is the share by which the promised limit undercuts the statutory one', () => {
    expect(reductionPercent({ value: 5, unit: 'WORKING_DAY' }, { value: 20, unit: 'WORKING_DAY' })).toBe(75);
    expect(reductionPercent({ value: 1, unit: 'WORKING_DAY' }, { value: 1, unit: 'WORKING_DAY' })).toBe(0);
  });

  it('converts calendar days to working days and never goes negative', () => {
    expect(reductionPercent({ value: 15, unit: 'WORKING_DAY' }, { value: 60, unit: 'CALENDAR_DAY' })).toBe(65); // 60 calendar ≈ 42.9 working
    expect(reductionPercent({ value: 30, unit: 'WORKING_DAY' }, { value: 10, unit: 'WORKING_DAY' })).toBe(0);
  });

  it('is null without a statutory limit', () => {
    expect(reductionPercent({ value: 1, unit: 'WORKING_DAY' }, null)).toBeNull();
  });
});

describe('flagsOf', () => {
  it('derives the citizen filters from the terms', () => {
    expect(flagsOf({ visitsNeeded: 0, handlingType: 'INSTANT', channels: ['WINDOW', 'ONLINE'], courierDelivery: true })).toEqual(['ONE_TRIP', 'ZERO_VISIT', 'INSTANT', 'ONLINE', 'COURIER']);
    expect(flagsOf({ visitsNeeded: 1, handlingType: 'PROMISED', channels: ['WINDOW'], courierDelivery: false })).toEqual(['ONE_TRIP']);
    expect(flagsOf({ visitsNeeded: 2, handlingType: 'PROMISED', channels: ['POST'], courierDelivery: false })).toEqual([]);
  });
});
