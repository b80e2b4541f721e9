/** Life-event themes of the home page, in display order. */
export const THEMES: [code: string, name: string, description: string][] = [
  ['birth', '生育', '出生医学证明、上户口、医保参保、社保卡'],
  ['school', '上学', '入学、转学、教师资格'],
  ['employment', '就业', '找工作、失业金、劳动维权'],
  ['business', '开办企业', '营业执照、食品经营许可、刻章、领发票'],
  ['housing', '买房', '房产过户、抵押、农村建房、水电气过户'],
  ['pension', '养老', '高龄津贴、养老保险、老年人优待'],
  ['marriage', '婚姻', '结婚登记'],
  ['household', '户籍', '身份证、户口迁移、出生登记'],
  ['social-security', '社保', '社保卡、医保、低保、救助'],
  ['utilities', '公用事业', '水、电、气、有线电视、宽带、公交'],
];

/** Public utilities of the city (implementing bodies of 公用事业 items), abbreviation → name. */
export const UTILITIES: [abbr: string, name: string, phone: string][] = [
  ['GS', '保山市供排水有限责任公司', '0875-2121110'],
  ['GD', '云南电网有限责任公司保山供电局', '95598'],
  ['RQ', '保山市燃气有限公司', '0875-2168110'],
  ['GDW', '云南广电网络集团有限公司保山分公司', '96301'],
  ['DX', '中国电信股份有限公司保山分公司', '10000'],
  ['GJ', '保山市公共交通有限公司', '0875-2212345'],
];

/** Townships and villages with a service centre/station that handles local items (township code, village codes). */
export const LOCAL_CENTRES: [township: string, villages: string[]][] = [
  ['530502002', ['530502002001', '530502002004']], // 永昌街道: 杏花社区, 永昌社区
  ['530502001', []], // 兰城街道
  ['530521101', ['530521101001']], // 甸阳镇
  ['530523103', ['530523103203']], // 勐糯镇
  ['530524101', ['530524101001']], // 田园镇
  ['530581001', ['530581001001']], // 腾越街道
  ['530581105', ['530581105201', '530581105202']], // 和顺镇: 大庄社区, 水碓社区
];

/** 一件事 bundles: members are [department code, base code]. */
export const BUNDLES: {
  code: string;
  name: string;
  description: string;
  regionCode: string;
  lead: string;
  keywords: string[];
  items: [dept: string, base: string][];
}[] = [
  {
    code: '5305-YJS-KBQY',
    name: '开办企业一件事',
    description: '营业执照、印章刻制、涉税事项、员工参保一次申请，一表填报，1个工作日办结，全程零跑腿。',
    regionCode: '5305',
    lead: '5305-SCJG',
    keywords: ['开公司', '开饭店', '开店', '创业', '办执照', '开餐馆'],
    items: [['5305-SCJG', 'XK00101'], ['5305-GA', 'QT00106'], ['5305-SW', 'QR00107'], ['5305-RSJ', 'GG00301']],
  },
  {
    code: '530581-YJS-CS',
    name: '出生一件事',
    description: '出生医学证明、出生登记（上户口）、医保参保、社保卡一次申请，手机上就能办。',
    regionCode: '530581',
    lead: '530581-GA',
    keywords: ['生孩子', '宝宝出生', '新生儿', '生娃'],
    items: [['5305-WJW', 'GG00204'], ['530581-GA', 'QR00202'], ['530581-YB', 'GG00304'], ['530581-RSJ', 'GG00301']],
  },
  {
    code: '5305-YJS-ESF',
    name: '二手房转移登记+水电气过户',
    description: '房产过户和水、电、燃气、有线电视过户一次申请，登记完成后同步过户。',
    regionCode: '5305',
    lead: '5305-ZRZY',
    keywords: ['买房', '卖房', '房产过户', '二手房', '水电气过户'],
    items: [['5305-ZRZY', 'QR00401'], ['5305-GS', 'GY00502'], ['5305-GD', 'GY00504'], ['5305-RQ', 'GY00506'], ['5305-GDW', 'GY00507']],
  },
];
