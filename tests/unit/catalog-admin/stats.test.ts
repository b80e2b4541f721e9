import { computeProgrammeStats, statsBy, type StatsItem } from '../../../server/domain/catalog/stats';

const base: StatsItem = {
  handlingType: 'PROMISED',
  visitsNeeded: 0,
  channels: ['ONLINE', 'WINDOW'],
  statutoryLimit: 20,
  statutoryLimitUnit: 'WORKING_DAY',
  promisedLimit: 5,
  promisedLimitUnit: 'WORKING_DAY',
  inServiceCentre: true,
  courierDelivery: true,
};

describe('computeProgrammeStats', () => {
  it('has no shares and no verdicts for an empty catalogue', () => {
    const s = computeProgrammeStats([]);
    expect(s.items).toBe(0);
    expect(s.atMostOneVisit).toEqual({ count: 0, share: null, target: 0.6, met: null });
    expect(s.compression).toEqual({ counted: 0, average: null, minimum: null, target: 0.5, met: null });
  });

  it('measures every figure against its target', () => {
    const items: StatsItem[] = [
      base, // 0 visits, 75% compression, online, centre, courier
      { ...base, visitsNeeded: 1, promisedLimit: 10 }, // 50%
      { ...base, visitsNeeded: 2, channels: ['WINDOW'], inServiceCentre: false, courierDelivery: false, promisedLimit: 20 }, // 0%
      { ...base, handlingType: 'INSTANT', promisedLimit: 1, statutoryLimit: null, statutoryLimitUnit: null }, // no statutory limit
      { ...base, statutoryLimit: 28, statutoryLimitUnit: 'CALENDAR_DAY', promisedLimit: 10 }, // 28 CD = 20 WD → 50%
    ];
    const s = computeProgrammeStats(items);
    expect(s.items).toBe(5);
    expect(s.atMostOneVisit).toEqual({ count: 4, share: 0.8, target: 0.6, met: true });
    expect(s.zeroVisit).toEqual({ count: 3, share: 0.6 });
    expect(s.compression).toEqual({ counted: 4, average: 0.4375, minimum: 0, target: 0.5, met: false });
    expect(s.online).toEqual({ count: 4, share: 0.8, target: 0.8, met: true });
    expect(s.inCentre).toEqual({ count: 4, share: 0.8, target: 0.85, met: false });
    expect(s.instant).toEqual({ count: 1, share: 0.2 });
    expect(s.courier).toEqual({ count: 4, share: 0.8 });
  });

  it('groups by any key', () => {
    const items = [
      { ...base, dept: 'a' },
      { ...base, dept: 'b', visitsNeeded: 3 },
      { ...base, dept: 'a', visitsNeeded: 2 },
    ];
    const by = statsBy(items, (i) => i.dept);
    expect([...by.keys()]).toEqual(['a', 'b']);
    expect(by.get('a')!.atMostOneVisit.share).toBe(0.5);
    expect(by.get('b')!.atMostOneVisit.met).toBe(false);
  });
});
