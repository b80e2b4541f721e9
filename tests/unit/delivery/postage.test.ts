import { POSTAGE_FEN, formatFen, postageZone, quotePostage } from '../../../shared/domain/delivery/postage';

describe('postage quote by destination', () => {
  it('zones a 隆阳区 sender: same county, same city, same province, elsewhere, remote', () => {
    expect(postageZone('530502', '530502004001')).toBe('LOCAL');
    expect(postageZone('530502', '530581104')).toBe('CITY');
    expect(postageZone('530502', '530102')).toBe('PROVINCE');
    expect(postageZone('530502', '110105')).toBe('NATIONAL');
    expect(postageZone('530502', '540102')).toBe('REMOTE');
    expect(postageZone('530502', '650102001')).toBe('REMOTE');
  });

  it('treats a city-level sender (5305) as sending at the city rate within its city', () => {
    expect(postageZone('5305', '530502004')).toBe('CITY');
    expect(postageZone('5305', '530581')).toBe('CITY');
    expect(postageZone('5305', '530302')).toBe('PROVINCE');
  });

  it('quotes the zone tariff, or zero when the government pays', () => {
    expect(quotePostage({ fromRegionCode: '530502', toRegionCode: '530581104', postageFree: false })).toEqual({ zone: 'CITY', zoneLabel: '同市', amountFen: POSTAGE_FEN.CITY, free: false });
    expect(quotePostage({ fromRegionCode: '530502', toRegionCode: '530581104', postageFree: true })).toMatchObject({ amountFen: 0, free: true, zone: 'CITY' });
    expect(formatFen(1200)).toBe('￥12.00');
  });
});
