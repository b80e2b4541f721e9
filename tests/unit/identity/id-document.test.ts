import { checkIdNumber, checkMobile, checkPersonName, gb11643CheckDigit, normaliseIdNumber, usccCheckChar } from '@shared/domain/identity/id-document';

describe('GB 11643 check digit', () => {
  it.each([
    ['11010519491231002', 'X'], // the standard's own example
    ['53050219940315231', '1'],
    ['53052219560708002', 'X'],
  ])('%s → %s', (first17, digit) => expect(gb11643CheckDigit(first17)).toBe(digit));
});

describe('checkIdNumber', () => {
  const today = new Date('2026-11-25T00:00:00Z');
  it.each([
    ['RESIDENT_ID_CARD', '11010519491231002X', null],
    ['RESIDENT_ID_CARD', '530502199403152311', null],
    ['RESIDENT_ID_CARD', '530502199403152318', '校验位'],
    ['RESIDENT_ID_CARD', '53050219940315231', '18位'],
    ['RESIDENT_ID_CARD', '930502199403152311', '地区码'],
    ['RESIDENT_ID_CARD', '530502199402302318', '出生日期'],
    ['RESIDENT_ID_CARD', '530502203001012311', '出生日期'],
    ['PASSPORT', 'E12345678', null],
    ['PASSPORT', 'E1', '护照'],
    ['HK_MACAO_PERMIT', 'H12345678', null],
    ['HK_MACAO_PERMIT', 'X12345678', '港澳'],
    ['TAIWAN_PERMIT', '12345678', null],
    ['FOREIGN_PERMANENT_RESIDENT', 'USA110090012345', null],
    ['UNIFIED_SOCIAL_CREDIT_CODE', '91350100M000100Y43', null],
    ['UNIFIED_SOCIAL_CREDIT_CODE', '91350100M000100Y44', '校验位'],
    ['OTHER', 'AB-1234', null],
  ] as const)('%s %s → %s', (type, n, problem) => {
    const r = checkIdNumber(type, n, today);
    if (problem === null) expect(r).toBeNull();
    else expect(r).toContain(problem);
  });

  it('normalises spaces and a lower-case x', () => expect(normaliseIdNumber(' 1101 0519491231002x ')).toBe('11010519491231002X'));
  it('computes the USCC check character', () => expect(usccCheckChar('91350100M000100Y4')).toBe('3'));
});

describe('names and phones', () => {
  it.each([
    ['张伟', null],
    ['阿依古丽·买买提', null],
    ['John Smith', null],
    ['张', '2至50'],
    ['张'.repeat(51), '2至50'],
    ['张3', '汉字'],
    ['<b>李</b>', '汉字'],
  ])('name %s', (n, problem) => (problem ? expect(checkPersonName(n)).toContain(problem) : expect(checkPersonName(n)).toBeNull()));
  it.each([
    ['13812345678', true],
    ['19912345678', true],
    ['12812345678', false],
    ['1381234567', false],
  ])('phone %s', (p, ok) => expect(checkMobile(p) === null).toBe(ok));
});
