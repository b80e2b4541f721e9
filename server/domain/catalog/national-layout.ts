/**
 * The national element layout (国家政务服务事项基本目录/实施清单 交换格式, simplified): one row per item with the
 * standard element columns; materials and fees on their own sheets keyed by 实施编码. Column titles and value
 * labels are the ones catalogue teams exchange; the maps turn them into our enums and back.
 */
export const ITEM_COLUMNS = [
  ['implementationCode', '实施编码'],
  ['baseCode', '基本编码'],
  ['name', '事项名称'],
  ['type', '事项类型'],
  ['level', '行使层级'],
  ['departmentCode', '实施主体编码'],
  ['regionCode', '行政区划代码'],
  ['handlingType', '办件类型'],
  ['statutoryLimit', '法定办结时限'],
  ['statutoryLimitUnit', '法定时限单位'],
  ['promisedLimit', '承诺办结时限'],
  ['promisedLimitUnit', '承诺时限单位'],
  ['visitsNeeded', '到办事现场次数'],
  ['visitsReason', '必须现场办理原因说明'],
  ['channels', '办理形式'],
  ['onlineDepth', '网办深度'],
  ['inServiceCentre', '是否进驻政务服务中心'],
  ['courierDelivery', '是否支持物流快递'],
  ['onlinePayment', '是否支持网上支付'],
  ['bookingAvailable', '是否支持预约办理'],
  ['anywhereScope', '通办范围'],
  ['conditions', '受理条件'],
  ['legalBasis', '设定依据'],
  ['address', '办理地点'],
  ['officeHours', '办理时间'],
  ['enquiryPhone', '咨询电话'],
  ['complaintPhone', '监督投诉电话'],
  ['resultName', '办件结果名称'],
  ['resultType', '办件结果类型'],
  ['materialsNone', '无需申请材料'],
] as const;

export const MATERIAL_COLUMNS = [
  ['implementationCode', '实施编码'],
  ['name', '材料名称'],
  ['requirement', '材料必要性'],
  ['form', '材料形式'],
  ['originality', '原件/复印件'],
  ['copies', '份数'],
  ['source', '来源渠道'],
  ['acceptanceStandard', '受理标准'],
  ['commonMistakes', '常见错误'],
  ['conditionText', '适用条件'],
] as const;

/** Optional titles: files written before they existed still import (the element is then left empty). */
export const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['适用条件', '环节时限']);

/** 情形: one row per option; consecutive rows with the same question form one question. */
export const SITUATION_COLUMNS = [
  ['implementationCode', '实施编码'],
  ['question', '情形问题'],
  ['multiple', '可多选'],
  ['option', '选项'],
  ['materials', '选择后增加的材料'],
] as const;

export const FAQ_COLUMNS = [
  ['implementationCode', '实施编码'],
  ['question', '问题'],
  ['answer', '解答'],
] as const;

export const STEP_COLUMNS = [
  ['implementationCode', '实施编码'],
  ['name', '环节名称'],
  ['description', '环节说明'],
  /** Optional: files made before this column existed still import (their steps get no time limit). */
  ['timeLimit', '环节时限'],
] as const;

export const FEE_COLUMNS = [
  ['implementationCode', '实施编码'],
  ['name', '收费项目名称'],
  ['standard', '收费标准'],
  ['basis', '收费依据'],
  ['reductions', '减免政策'],
] as const;

export const SHEETS = { items: '事项', materials: '申请材料', fees: '收费项目', situations: '情形', faqs: '常见问题', steps: '办理流程' } as const;

/** Enum value ↔ label, per column that has a closed list. */
export const LABELS: Record<string, Record<string, string>> = {
  type: {
    ADMINISTRATIVE_LICENSING: '行政许可',
    ADMINISTRATIVE_PAYMENT: '行政给付',
    ADMINISTRATIVE_CONFIRMATION: '行政确认',
    ADMINISTRATIVE_ADJUDICATION: '行政裁决',
    ADMINISTRATIVE_REWARD: '行政奖励',
    OTHER_ADMINISTRATIVE_POWER: '其他行政权力',
    PUBLIC_SERVICE: '公共服务',
    PUBLIC_UTILITY: '公用事业',
  },
  level: { CITY: '市级', COUNTY: '县级', TOWNSHIP: '乡级', VILLAGE: '村级' },
  handlingType: { INSTANT: '即办件', PROMISED: '承诺件' },
  unit: { WORKING_DAY: '工作日', CALENDAR_DAY: '自然日' },
  channels: { WINDOW: '窗口办理', ONLINE: '网上办理', POST: '快递申请' },
  onlineDepth: {
    CONSULT: '咨询',
    RECEIVE: '收件',
    PRE_REVIEW: '预审',
    ACCEPT: '受理',
    HANDLE: '办理',
    RESULT_FEEDBACK: '结果反馈',
    E_LICENCE_FEEDBACK: '电子证照反馈',
  },
  anywhereScope: { NONE: '无', COUNTY: '全县通办', CITY: '全市通办', PROVINCE: '全省通办', NATIONWIDE: '全国通办' },
  resultType: { LICENCE: '证照', APPROVAL_DOCUMENT: '批文', OTHER: '其他' },
  requirement: { REQUIRED: '必要', CONDITIONAL: '容缺或情形' },
  form: { PAPER: '纸质', ELECTRONIC: '电子', PAPER_OR_ELECTRONIC: '纸质或电子' },
  originality: { ORIGINAL: '原件', COPY: '复印件', ORIGINAL_AND_COPY: '原件和复印件' },
  source: { APPLICANT: '申请人自备', GOVERNMENT: '政府部门核发', INTERMEDIARY: '中介机构', OTHER: '其他' },
  yesNo: { true: '是', false: '否' },
};

/** Separator of multi-value cells (顿号, as written by hand; commas and semicolons are accepted too). */
export const MULTI_SEPARATOR = '、';

/** The label of an enum value (falls back to the value). */
export function label(kind: keyof typeof LABELS, value: string): string {
  return LABELS[kind]?.[value] ?? value;
}

/** The enum value of a label or of the value itself, or undefined when neither matches. */
export function valueOf(kind: keyof typeof LABELS, text: string): string | undefined {
  const map = LABELS[kind] ?? {};
  const t = text.trim();
  if (t in map) return t;
  return Object.entries(map).find(([, l]) => l === t)?.[0];
}

/** Split a multi-value cell. */
export function splitMulti(text: string): string[] {
  return text
    .split(/[、,，;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
