import { taroMock } from '../../mocks/taro';
import { STORAGE_KEYS } from '../../../miniprogram/src/services/storage';
import { readPlace, writePlace } from '../../../miniprogram/src/pages/index/place';
import { orderDepartments } from '../../../miniprogram/src/pages/index/department-order';

beforeEach(() => taroMock.reset());

describe('the remembered place', () => {
  it('is remembered and forgotten', () => {
    expect(readPlace()).toBeNull();
    writePlace({ code: '530502001', name: '隆阳区 永昌街道' });
    expect(readPlace()).toEqual({ code: '530502001', name: '隆阳区 永昌街道' });
    writePlace(null);
    expect(taroMock.storage.has(STORAGE_KEYS.place)).toBe(false);
  });

  it('reads broken or foreign values as no place', () => {
    for (const raw of ['{', '"530502"', JSON.stringify({ code: 'abc', name: 'x' }), JSON.stringify({ code: '530502', name: '' }), 'null']) {
      taroMock.storage.set(STORAGE_KEYS.place, raw);
      expect(readPlace()).toBeNull();
    }
  });
});

describe('orderDepartments', () => {
  const d = (id: string, regionCode: string) => ({ id, code: id, name: id, regionCode });
  it('puts the city, then the chosen county (and its townships), then the rest, keeping server order', () => {
    const list = [d('a', '530521'), d('b', '5305'), d('c', '530502'), d('d', '530502003'), d('e', '5305')];
    expect(orderDepartments(list, '5305', '530502').map((x) => x.id)).toEqual(['b', 'e', 'c', 'd', 'a']);
    expect(orderDepartments(list, '5305', null).map((x) => x.id)).toEqual(['b', 'e', 'a', 'c', 'd']);
  });
});
