import { maskAddress, maskIdNumber, maskName, maskPhone } from '@shared/domain/identity/masking';

describe('desensitisation (domain.md)', () => {
  it('masks ID numbers to 530***********1234', () => {
    expect(maskIdNumber('530502199403151234')).toBe('530***********1234');
    expect(maskIdNumber('E12345678')).toBe('E12**5678');
    expect(maskIdNumber('ABC')).toBe('A*C');
  });
  it('masks phones to 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('08752123456')).toBe('087******56');
  });
  it('masks names to 张*三', () => {
    expect(maskName('张小三')).toBe('张*三');
    expect(maskName('李军')).toBe('李*');
    expect(maskName('欧阳小锋')).toBe('欧**锋');
    expect(maskName('阿依古丽·买买提')).toBe('阿******提');
    expect(maskName('王')).toBe('*');
  });
  it('cuts addresses at the township', () => {
    expect(
      maskAddress([
        { level: 'CITY', name: '保山市' },
        { level: 'COUNTY', name: '腾冲市' },
        { level: 'TOWNSHIP', name: '和顺镇' },
        { level: 'VILLAGE', name: '水碓村' },
      ]),
    ).toBe('保山市腾冲市和顺镇');
  });
});
