import { posterContent, wrapText, type PosterSource } from '../../../server/domain/catalog/poster-content';

const src: PosterSource = {
  implementationCode: 'SC-001',
  name: '食品经营许可',
  departmentName: '保山市市场监督管理局',
  handlingType: 'PROMISED',
  visitsNeeded: 0,
  channels: ['ONLINE', 'WINDOW'],
  courierDelivery: true,
  statutoryLimit: 20,
  statutoryLimitUnit: 'WORKING_DAY',
  promisedLimit: 5,
  promisedLimitUnit: 'WORKING_DAY',
  enquiryPhone: '0875-2123456',
  address: null,
};

describe('posterContent', () => {
  it('says what the guide says: badges, the cut time limit, the window', () => {
    const c = posterContent(src, '综合受理3号窗口');
    expect(c.badges).toEqual(['零跑腿', '可网办', '可邮寄']);
    expect(c.facts[0]).toBe('承诺5个工作日办结（法定20个工作日，压缩75%）');
    expect(c.facts).toContain('咨询电话：0875-2123456');
    expect(c.windowLine).toBe('请到 综合受理3号窗口 办理');
  });

  it('words 即办件 and one-visit items plainly', () => {
    const c = posterContent({ ...src, handlingType: 'INSTANT', promisedLimit: 1, visitsNeeded: 1, channels: ['WINDOW'], courierDelivery: false }, null);
    expect(c.badges).toEqual(['最多跑一次', '即办件']);
    expect(c.facts.slice(0, 2)).toEqual(['即来即办，立等可得', '到现场1次']);
    expect(c.windowLine).toBeNull();
  });
});

describe('wrapText', () => {
  it('counts Latin characters as narrower than Chinese ones', () => {
    expect(wrapText('一二三四五六', 4)).toEqual(['一二三四', '五六']);
    expect(wrapText('ABCDEFG', 2)).toEqual(['ABC', 'DEF', 'G']);
  });
});
