import { ZDraftContent } from '@shared/schemas/catalog-admin';
import { buildCatalogueSheets, type ExportItem } from '../../../server/domain/catalog/build-export';
import { parseCatalogueSheets } from '../../../server/domain/catalog/parse-import';
import { parseCsv, writeCsv } from '../../../server/services/catalog-admin/spreadsheet';

const content = ZDraftContent.parse({
  name: '食品经营许可',
  type: 'ADMINISTRATIVE_LICENSING',
  level: 'CITY',
  handlingType: 'PROMISED',
  statutoryLimit: 20,
  statutoryLimitUnit: 'WORKING_DAY',
  promisedLimit: 5,
  visitsNeeded: 1,
  visitsReason: '核验原件',
  channels: ['WINDOW', 'ONLINE'],
  onlineDepth: ['CONSULT', 'PRE_REVIEW'],
  inServiceCentre: true,
  conditions: '有经营场所',
  legalBasis: '《食品安全法》',
  enquiryPhone: '0875-2123456',
  materials: [
    { name: '申请书', originality: 'ORIGINAL_AND_COPY', copies: 2, source: 'GOVERNMENT' },
    { name: '授权委托书、受托人身份证', requirement: 'CONDITIONAL', conditionText: '委托他人办理的' },
  ],
  fees: [{ name: '工本费', standard: '10元', basis: '云价〔2016〕1号', reductions: '低保户免收' }],
  faqs: [{ question: '能邮寄吗？', answer: '可以。' }],
  processSteps: [{ name: '申请', description: '网上提交' }, { name: '审核', description: '' }],
  situations: [
    { text: '谁来办理？', multiple: false, options: [{ text: '本人', materials: [] }, { text: '代办', materials: ['授权委托书、受托人身份证'] }] },
    { text: '经营哪些项目？', multiple: true, options: [{ text: '热食', materials: ['申请书'] }, { text: '冷食', materials: [] }] },
  ],
});
const item: ExportItem = { implementationCode: 'SC-1', baseCode: '0001', departmentCode: '5305-SCJG', regionCode: '5305', content };
const sheetsOf = (items: ExportItem[]) => new Map(buildCatalogueSheets(items));

describe('national layout round trip', () => {
  it('reads back exactly what it writes, situations, FAQs and process steps included', () => {
    const parsed = parseCatalogueSheets(sheetsOf([item]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.present).toEqual({ materials: true, fees: true, situations: true, faqs: true, steps: true });
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]!).toMatchObject({ row: 2, implementationCode: 'SC-1', departmentCode: '5305-SCJG', regionCode: '5305' });
    expect(parsed.items[0]!.content).toEqual(content);
  });

  it('reports bad rows of the 情形, 常见问题 and 办理流程 sheets by sheet, row and column', () => {
    const sheets = sheetsOf([item]);
    sheets.get('情形')![1]![1] = ''; // question blank
    sheets.get('情形')![2]![0] = 'NOPE'; // unknown item
    sheets.get('常见问题')![1]![2] = ''; // answer blank
    sheets.get('办理流程')![1]![1] = ''; // step name blank
    const parsed = parseCatalogueSheets(sheets);
    expect(parsed.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['情形', 2, '情形问题'],
      ['情形', 3, '实施编码'],
      ['常见问题', 2, '解答'],
      ['办理流程', 2, '环节名称'],
    ]);
  });

  it('leaves situations unknown (kept on import) when the 情形 sheet is absent', () => {
    const sheets = sheetsOf([item]);
    sheets.delete('情形');
    const parsed = parseCatalogueSheets(sheets);
    expect(parsed.errors).toEqual([]);
    expect(parsed.items[0]!.content.situations).toBeUndefined();
  });
});

describe('bad cells', () => {
  const withCell = (title: string, value: string) => {
    const sheets = sheetsOf([item]);
    const rows = sheets.get('事项')!;
    rows[1]![rows[0]!.indexOf(title)] = value;
    return parseCatalogueSheets(sheets);
  };

  it.each([
    ['事项类型', '许可', '取值无效，可选：行政许可'],
    ['承诺办结时限', '五天', '应填写整数'],
    ['办理形式', '窗口办理、飞鸽传书', '取值无效'],
    ['是否进驻政务服务中心', '也许', '应填写“是”或“否”'],
    ['实施主体编码', '', '实施主体编码不能为空'],
  ])('%s = "%s" is reported on that column', (column, value, message) => {
    const parsed = withCell(column, value);
    expect(parsed.items).toEqual([]);
    expect(parsed.errors).toEqual([expect.objectContaining({ sheet: '事项', row: 2, column, message: expect.stringContaining(message) })]);
  });

  it('takes off the apostrophe an export puts before formula-looking cells', () => {
    const parsed = withCell('办理时间', "'-全天-");
    expect(parsed.items[0]!.content.officeHours).toBe('-全天-');
  });

  it('reports duplicate codes and materials of unknown items', () => {
    const sheets = sheetsOf([item, item]);
    sheets.get('申请材料')!.push(['NOPE', '身份证', '必要', '纸质', '原件', '1', '申请人自备', '', '']);
    const parsed = parseCatalogueSheets(sheets);
    expect(parsed.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['事项', 3, '实施编码'],
      ['申请材料', 6, '实施编码'],
    ]);
  });

  it('reports a sheet with other titles once per missing column, and an empty one', () => {
    expect(parseCatalogueSheets(new Map([['事项', [['a', 'b']]]])).errors.length).toBe(30);
    expect(parseCatalogueSheets(new Map()).errors[0]!.message).toContain('找不到“事项”工作表');
    expect(parseCatalogueSheets(new Map([['事项', [buildCatalogueSheets([])[0]![1][0]!]]])).errors[0]!.message).toBe('文件中没有事项数据');
  });
});

describe('CSV', () => {
  it('round-trips quotes, commas, new lines and Chinese, and neutralises formula-looking cells', () => {
    const rows = [['名称', '说明'], ['营业执照', '含"副本", 两份\n第二行'], ['=HYPERLINK("x")', '+1']];
    const csv = writeCsv(rows).toString('utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([['名称', '说明'], ['营业执照', '含"副本", 两份\n第二行'], ["'=HYPERLINK(\"x\")", "'+1"]]);
  });
});
