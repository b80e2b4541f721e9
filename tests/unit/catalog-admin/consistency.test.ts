import { checkCompleteness, checkConsistency, checkForPublish, type ViolationCode } from '../../../server/domain/catalog/consistency';
import { compression, toWorkingDays, type ItemElements } from '../../../server/domain/catalog/elements';

/** A complete, consistent 承诺件 that passes every rule; each case below breaks exactly one thing. */
const valid: ItemElements = {
  name: '食品经营许可',
  departmentId: 'dept-1',
  type: 'ADMINISTRATIVE_LICENSING',
  handlingType: 'PROMISED',
  statutoryLimit: 20,
  statutoryLimitUnit: 'WORKING_DAY',
  promisedLimit: 5,
  promisedLimitUnit: 'WORKING_DAY',
  visitsNeeded: 0,
  visitsReason: null,
  channels: ['ONLINE', 'WINDOW'],
  conditions: '有与经营食品品种相适应的经营场所',
  legalBasis: '《中华人民共和国食品安全法》第三十五条',
  address: '保山市隆阳区正阳北路市民服务中心',
  officeHours: '工作日 9:00-17:00',
  enquiryPhone: '0875-2123456',
  complaintPhone: '12345',
  materialsNone: false,
  materials: [{ name: '营业执照' }],
  fees: [],
};

const cases: [string, Partial<ItemElements>, ViolationCode | null, string][] = [
  ['valid item', {}, null, ''],
  ['0 visits, window only', { channels: ['WINDOW'] }, 'ZERO_VISITS_NEEDS_REMOTE_CHANNEL', 'channels'],
  ['0 visits, post only is fine', { channels: ['POST'] }, null, ''],
  ['0 visits, online only is fine', { channels: ['ONLINE'] }, null, ''],
  ['no channel at all', { channels: [] }, 'CHANNELS_MISSING', 'channels'],
  ['1 visit without reason', { visitsNeeded: 1, visitsReason: null }, 'VISITS_REASON_MISSING', 'visitsReason'],
  ['2 visits with a blank reason', { visitsNeeded: 2, visitsReason: '   ' }, 'VISITS_REASON_MISSING', 'visitsReason'],
  ['1 visit with reason', { visitsNeeded: 1, visitsReason: '需现场核验原件' }, null, ''],
  ['promised > statutory, same unit', { promisedLimit: 21 }, 'PROMISED_EXCEEDS_STATUTORY', 'promisedLimit'],
  ['promised = statutory', { promisedLimit: 20 }, null, ''],
  ['promised 15 WD > statutory 20 calendar days', { statutoryLimitUnit: 'CALENDAR_DAY', promisedLimit: 15 }, 'PROMISED_EXCEEDS_STATUTORY', 'promisedLimit'],
  ['promised 14 WD ≤ statutory 20 calendar days', { statutoryLimitUnit: 'CALENDAR_DAY', promisedLimit: 14 }, null, ''],
  ['promised 20 calendar days ≤ statutory 15 WD', { statutoryLimit: 15, promisedLimit: 20, promisedLimitUnit: 'CALENDAR_DAY' }, null, ''],
  ['statutory without unit', { statutoryLimitUnit: null }, 'STATUTORY_UNIT_MISSING', 'statutoryLimitUnit'],
  ['no statutory limit at all', { statutoryLimit: null, statutoryLimitUnit: null }, null, ''],
  ['fee without basis', { fees: [{ name: '工本费', standard: '20元', basis: ' ' }] }, 'FEE_BASIS_MISSING', 'fees.0.basis'],
  ['fee with basis', { fees: [{ name: '工本费', standard: '20元', basis: '发改价格〔2017〕1186号' }] }, null, ''],
  ['same phones, different formatting', { complaintPhone: '0875 2123456' }, 'PHONES_IDENTICAL', 'complaintPhone'],
  ['即办件 promised 3 days', { handlingType: 'INSTANT', promisedLimit: 3 }, 'INSTANT_NOT_ONE_DAY', 'promisedLimit'],
  ['即办件 promised 1 calendar day', { handlingType: 'INSTANT', promisedLimit: 1, promisedLimitUnit: 'CALENDAR_DAY' }, 'INSTANT_NOT_ONE_DAY', 'promisedLimit'],
  ['即办件 promised 1 working day', { handlingType: 'INSTANT', promisedLimit: 1 }, null, ''],
  ['explicit none with materials', { materialsNone: true }, 'MATERIALS_CONFLICT', 'materialsNone'],
  ['explicit none, no materials', { materialsNone: true, materials: [] }, null, ''],
  ['no materials, no explicit none', { materials: [] }, 'MATERIALS_MISSING', 'materials'],
  ['blank name', { name: ' ' }, 'NAME_MISSING', 'name'],
  ['no department', { departmentId: null }, 'DEPARTMENT_MISSING', 'departmentId'],
  ['no conditions', { conditions: '' }, 'CONDITIONS_MISSING', 'conditions'],
  ['visit without address', { visitsNeeded: 1, visitsReason: '核验原件', address: null }, 'ADDRESS_MISSING', 'address'],
  ['visit without hours', { visitsNeeded: 1, visitsReason: '核验原件', officeHours: null }, 'OFFICE_HOURS_MISSING', 'officeHours'],
  ['0 visits need no address', { address: null, officeHours: null }, null, ''],
  ['行政许可 without legal basis', { legalBasis: null }, 'LEGAL_BASIS_MISSING', 'legalBasis'],
  ['行政确认 without legal basis', { type: 'ADMINISTRATIVE_CONFIRMATION', legalBasis: '' }, 'LEGAL_BASIS_MISSING', 'legalBasis'],
  ['公共服务 without legal basis is fine', { type: 'PUBLIC_SERVICE', legalBasis: null }, null, ''],
  ['no enquiry phone', { enquiryPhone: null }, 'ENQUIRY_PHONE_MISSING', 'enquiryPhone'],
];

describe('checkForPublish', () => {
  it.each(cases)('%s', (_name, patch, code, field) => {
    const violations = checkForPublish({ ...valid, ...patch });
    if (code === null) {
      expect(violations).toEqual([]);
    } else {
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatchObject({ code, field });
      expect(violations[0]!.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('reports every problem at once, not the first only', () => {
    const violations = checkForPublish({ ...valid, name: '', channels: ['WINDOW'], promisedLimit: 30, complaintPhone: valid.enquiryPhone });
    expect(violations.map((v) => v.code).sort()).toEqual(['NAME_MISSING', 'PHONES_IDENTICAL', 'PROMISED_EXCEEDS_STATUTORY', 'ZERO_VISITS_NEEDS_REMOTE_CHANNEL']);
  });

  it('keeps a draft free to be incomplete but not self-contradictory', () => {
    const incomplete = { ...valid, name: '', conditions: null, materials: [] };
    expect(checkConsistency(incomplete)).toEqual([]);
    expect(checkCompleteness(incomplete).map((v) => v.code)).toEqual(['NAME_MISSING', 'CONDITIONS_MISSING', 'MATERIALS_MISSING']);
  });
});

describe('time limits', () => {
  it('converts calendar days at 5 working days per 7', () => {
    expect(toWorkingDays(14, 'CALENDAR_DAY')).toBe(10);
    expect(toWorkingDays(3, 'WORKING_DAY')).toBe(3);
  });
  it('measures compression, null without a statutory limit', () => {
    expect(compression(valid)).toBeCloseTo(0.75);
    expect(compression({ ...valid, statutoryLimit: null })).toBeNull();
    expect(compression({ ...valid, statutoryLimit: 28, statutoryLimitUnit: 'CALENDAR_DAY', promisedLimit: 10 })).toBeCloseTo(0.5);
  });
});
