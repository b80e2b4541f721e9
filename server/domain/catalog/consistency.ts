import { ADMINISTRATIVE_POWER_TYPES, normalisePhone, toWorkingDays, type ItemElements } from './elements';

/** Stable codes of the catalogue rules: clients and import reports branch on them, messages are for people. */
export type ViolationCode =
  | 'ZERO_VISITS_NEEDS_REMOTE_CHANNEL'
  | 'VISITS_REASON_MISSING'
  | 'PROMISED_EXCEEDS_STATUTORY'
  | 'STATUTORY_UNIT_MISSING'
  | 'FEE_BASIS_MISSING'
  | 'PHONES_IDENTICAL'
  | 'INSTANT_NOT_ONE_DAY'
  | 'CHANNELS_MISSING'
  | 'MATERIALS_CONFLICT'
  | 'NAME_MISSING'
  | 'DEPARTMENT_MISSING'
  | 'CONDITIONS_MISSING'
  | 'MATERIALS_MISSING'
  | 'ADDRESS_MISSING'
  | 'OFFICE_HOURS_MISSING'
  | 'LEGAL_BASIS_MISSING'
  | 'ENQUIRY_PHONE_MISSING'
  | 'MATERIAL_NAME_DUPLICATE'
  | 'SITUATION_OPTIONS_MISSING'
  | 'OPTION_MATERIAL_UNKNOWN'
  | 'CONDITIONAL_MATERIAL_UNREACHABLE';

/** One broken rule: which, where (the element's field path), and what to do about it in Chinese. */
export interface Violation {
  code: ViolationCode;
  field: string;
  message: string;
}

const blank = (s: string | null | undefined) => s == null || s.trim() === '';

/**
 * Rules that hold for every version, draft or published (domain.md "Consistency rules"): a draft may be
 * incomplete, but it may not contradict itself.
 */
export function checkConsistency(e: ItemElements): Violation[] {
  const out: Violation[] = [];
  const v = (code: ViolationCode, field: string, message: string) => out.push({ code, field, message });

  if (e.channels.length === 0) v('CHANNELS_MISSING', 'channels', '请至少选择一种申请渠道（窗口、网上或邮寄）');
  if (e.visitsNeeded === 0 && e.channels.length > 0 && !e.channels.includes('ONLINE') && !e.channels.includes('POST')) {
    v('ZERO_VISITS_NEEDS_REMOTE_CHANNEL', 'channels', '到现场次数为0次的事项必须支持网上办理或邮寄申请');
  }
  if (e.visitsNeeded > 0 && blank(e.visitsReason)) {
    v('VISITS_REASON_MISSING', 'visitsReason', `需要到现场${e.visitsNeeded}次，请说明必须到现场的原因`);
  }
  if (e.statutoryLimit != null && e.statutoryLimitUnit == null) {
    v('STATUTORY_UNIT_MISSING', 'statutoryLimitUnit', '请填写法定时限的单位（工作日或自然日）');
  }
  if (e.statutoryLimit != null && e.statutoryLimitUnit != null) {
    const same = e.statutoryLimitUnit === e.promisedLimitUnit;
    const promised = same ? e.promisedLimit : toWorkingDays(e.promisedLimit, e.promisedLimitUnit);
    const statutory = same ? e.statutoryLimit : toWorkingDays(e.statutoryLimit, e.statutoryLimitUnit);
    if (promised > statutory + 1e-9) {
      v('PROMISED_EXCEEDS_STATUTORY', 'promisedLimit', `承诺时限（${e.promisedLimit}${unitName(e.promisedLimitUnit)}）不能超过法定时限（${e.statutoryLimit}${unitName(e.statutoryLimitUnit)}）`);
    }
  }
  if (e.handlingType === 'INSTANT' && !(e.promisedLimit === 1 && e.promisedLimitUnit === 'WORKING_DAY')) {
    v('INSTANT_NOT_ONE_DAY', 'promisedLimit', '即办件的承诺时限应为1个工作日');
  }
  e.fees.forEach((f, i) => {
    if (blank(f.basis)) v('FEE_BASIS_MISSING', `fees.${i}.basis`, `收费项目“${f.name || i + 1}”缺少收费依据`);
  });
  if (!blank(e.enquiryPhone) && !blank(e.complaintPhone) && normalisePhone(e.enquiryPhone!) === normalisePhone(e.complaintPhone!)) {
    v('PHONES_IDENTICAL', 'complaintPhone', '投诉电话不能与咨询电话相同');
  }
  if (e.materialsNone && e.materials.length > 0) {
    v('MATERIALS_CONFLICT', 'materialsNone', '已声明“无需材料”，但材料清单不为空');
  }
  out.push(...checkSituations(e));
  return out;
}

/**
 * Situations (情形) point at materials by name, so names must be unique within a version; every option must name
 * materials of the same version; and a conditional material must be reachable: added by some option, or carrying
 * a condition text the applicant can read. Skipped when the situations are not known.
 */
export function checkSituations(e: Pick<ItemElements, 'materials' | 'situations'>): Violation[] {
  const out: Violation[] = [];
  const names = new Set<string>();
  e.materials.forEach((m, i) => {
    if (names.has(m.name)) out.push({ code: 'MATERIAL_NAME_DUPLICATE', field: `materials.${i}.name`, message: `材料名称“${m.name}”重复，同一事项的材料名称不能相同` });
    names.add(m.name);
  });
  if (!e.situations) return out;
  const reached = new Set<string>();
  e.situations.forEach((q, qi) => {
    if (q.options.length === 0) {
      out.push({ code: 'SITUATION_OPTIONS_MISSING', field: `situations.${qi}.options`, message: `情形“${q.text}”至少需要一个选项` });
    }
    q.options.forEach((o, oi) => {
      for (const name of o.materials) {
        reached.add(name);
        if (!names.has(name)) {
          out.push({ code: 'OPTION_MATERIAL_UNKNOWN', field: `situations.${qi}.options.${oi}.materials`, message: `情形“${q.text}”的选项“${o.text}”指向的材料“${name}”不在本事项的材料清单中` });
        }
      }
    });
  });
  e.materials.forEach((m, i) => {
    if (m.requirement === 'CONDITIONAL' && !reached.has(m.name) && blank(m.conditionText)) {
      out.push({ code: 'CONDITIONAL_MATERIAL_UNREACHABLE', field: `materials.${i}.conditionText`, message: `条件性材料“${m.name}”既没有情形选项指向它，也没有填写适用条件` });
    }
  });
  return out;
}

/** Elements a citizen cannot do without: required before a version is published. */
export function checkCompleteness(e: ItemElements): Violation[] {
  const out: Violation[] = [];
  const v = (code: ViolationCode, field: string, message: string) => out.push({ code, field, message });
  if (blank(e.name)) v('NAME_MISSING', 'name', '请填写事项名称');
  if (blank(e.departmentId)) v('DEPARTMENT_MISSING', 'departmentId', '请选择实施主体（部门）');
  if (blank(e.conditions)) v('CONDITIONS_MISSING', 'conditions', '请填写受理条件');
  if (e.materials.length === 0 && !e.materialsNone) {
    v('MATERIALS_MISSING', 'materials', '请至少填写一项申请材料，或明确声明“无需材料”');
  }
  if (e.visitsNeeded > 0 && blank(e.address)) v('ADDRESS_MISSING', 'address', '需要到现场办理的事项请填写办理地点');
  if (e.visitsNeeded > 0 && blank(e.officeHours)) v('OFFICE_HOURS_MISSING', 'officeHours', '需要到现场办理的事项请填写办理时间');
  if (ADMINISTRATIVE_POWER_TYPES.has(e.type) && blank(e.legalBasis)) {
    v('LEGAL_BASIS_MISSING', 'legalBasis', '行政权力事项必须填写设定依据（法律法规名称及条款）');
  }
  if (blank(e.enquiryPhone)) v('ENQUIRY_PHONE_MISSING', 'enquiryPhone', '请填写咨询电话');
  return out;
}

/** Everything that must hold before publishing: the full list, so the editor fixes it in one go. */
export function checkForPublish(e: ItemElements): Violation[] {
  return [...checkCompleteness(e), ...checkConsistency(e)];
}

function unitName(unit: ItemElements['promisedLimitUnit']): string {
  return unit === 'WORKING_DAY' ? '个工作日' : '个自然日';
}
