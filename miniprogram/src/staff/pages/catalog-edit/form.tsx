import { Input, Text, Textarea, View } from '@tarojs/components';
import type { TAdminVersion, TDraftContent } from '@shared/schemas/catalog-admin';
import { controlProps } from '../../../utils/control-props';
import { disabledIf } from '../../../utils/disabled';
import { CHANNEL_LABEL, HANDLING_LABEL, UNIT_LABEL } from '../catalog/labels';
import { formatFaqs, formatSituations, formatSteps, parseFaqs, parseSituations, parseSteps } from './structured-text';

type Content = TAdminVersion['content'];
export type DraftForm = Content & { materialsText: string; situationsText: string; faqsText: string; stepsText: string };

export const toForm = (c: Content): DraftForm => ({
  ...c,
  materialsText: c.materials.map((m) => m.name).join('\n'),
  situationsText: formatSituations(c.situations),
  faqsText: formatFaqs(c.faqs),
  stepsText: formatSteps(c.processSteps),
});

/**
 * The content to save: materials from the text lines, keeping the id and details of each name already there; a new
 * material that a situation option adds is conditional (only some applicants need it).
 */
export function fromForm(f: DraftForm): TDraftContent {
  const { materialsText, situationsText, faqsText, stepsText, ...content } = f;
  const byName = new Map(f.materials.map((m) => [m.name, m]));
  const names = materialsText.split('\n').map((s) => s.trim()).filter(Boolean);
  const situations = parseSituations(situationsText);
  const optional = new Set(situations.flatMap((q) => q.options.flatMap((o) => o.materials)));
  return {
    ...content,
    materials: names.map((name) => byName.get(name) ?? { ...blankMaterial, name, requirement: optional.has(name) ? 'CONDITIONAL' : 'REQUIRED' }),
    situations,
    faqs: parseFaqs(faqsText),
    processSteps: parseSteps(stepsText),
  };
}

const blankMaterial: TDraftContent['materials'][number] = {
  name: '',
  requirement: 'REQUIRED',
  conditionText: null,
  form: 'PAPER_OR_ELECTRONIC',
  originality: 'ORIGINAL',
  copies: 1,
  source: 'APPLICANT',
  sourceDetail: null,
  isKey: true,
  commonMistakes: null,
  acceptanceStandard: null,
};

const num = (s: string) => (s.trim() === '' ? null : Number.parseInt(s, 10));

/** The main elements of a guide, field by field; `disabled` for published and retired versions. */
export function DraftFields({ form, set, disabled }: { form: DraftForm; set: (patch: Partial<DraftForm>) => void; disabled: boolean }) {
  const text = (key: keyof DraftForm, label: string, multiline = false) => (
    <View className={`catalog-field catalog-field--${String(key)}`}>
      <Text className='catalog-label'>{label}</Text>
      {multiline ? (
        <Textarea className='catalog-textarea' {...disabledIf(disabled)} value={String(form[key] ?? '')} maxlength={5000} onInput={(e) => set({ [key]: e.detail.value || null })} />
      ) : (
        <Input className='catalog-input' {...disabledIf(disabled)} value={String(form[key] ?? '')} onInput={(e) => set({ [key]: e.detail.value || null })} />
      )}
    </View>
  );
  const choice = <K extends keyof DraftForm>(key: K, label: string, options: Record<string, string>) => (
    <View className={`catalog-field catalog-field--${String(key)}`}>
      <Text className='catalog-label'>{label}</Text>
      <View className='catalog-checks' role='radiogroup' aria-label={label}>
        {Object.entries(options).map(([value, text]) => (
          <Text
            key={value}
            className={`ot-option catalog-choice${form[key] === value ? ' ot-option--selected' : ''}`}
            aria-checked={form[key] === value}
            data-value={value}
            {...controlProps('radio', () => !disabled && set({ [key]: value } as Partial<DraftForm>))}
          >
            {text}
          </Text>
        ))}
      </View>
    </View>
  );
  const flag = (key: 'inServiceCentre' | 'courierDelivery' | 'materialsNone', label: string) => (
    <Text className={`ot-option catalog-flag catalog-flag--${key}${form[key] ? ' ot-option--selected' : ''}`} aria-checked={form[key]} {...controlProps('switch', () => !disabled && set({ [key]: !form[key] }))}>
      {label}
    </Text>
  );
  const area = (key: 'situationsText' | 'faqsText' | 'stepsText', name: string, label: string) => (
    <View className={`catalog-field catalog-field--${name}`}>
      <Text className='catalog-label'>{label}</Text>
      <Textarea className={`catalog-textarea catalog-${name}`} {...disabledIf(disabled)} value={form[key]} maxlength={10000} onInput={(e) => set({ [key]: e.detail.value })} />
    </View>
  );
  return (
    <View className='ot-section catalog-form'>
      {text('name', '事项名称')}
      {choice('handlingType', '办件类型', HANDLING_LABEL)}
      <View className='catalog-field catalog-field--limits'>
        <Text className='catalog-label'>法定时限 / 承诺时限（{UNIT_LABEL[form.promisedLimitUnit]}）</Text>
        <View className='catalog-checks'>
          <Input className='catalog-input catalog-statutory' type='number' {...disabledIf(disabled)} value={form.statutoryLimit == null ? '' : String(form.statutoryLimit)} onInput={(e) => set({ statutoryLimit: num(e.detail.value), statutoryLimitUnit: form.statutoryLimitUnit ?? 'WORKING_DAY' })} />
          <Input className='catalog-input catalog-promised' type='number' {...disabledIf(disabled)} value={String(form.promisedLimit)} onInput={(e) => set({ promisedLimit: num(e.detail.value) ?? 0 })} />
        </View>
      </View>
      <View className='catalog-field catalog-field--visits'>
        <Text className='catalog-label'>到现场次数</Text>
        <Input className='catalog-input catalog-visits' type='number' {...disabledIf(disabled)} value={String(form.visitsNeeded)} onInput={(e) => set({ visitsNeeded: num(e.detail.value) ?? 0 })} />
      </View>
      {form.visitsNeeded > 0 ? text('visitsReason', '必须到现场的原因') : null}
      <View className='catalog-field catalog-field--channels'>
        <Text className='catalog-label'>办理形式</Text>
        <View className='catalog-checks'>
          {(Object.keys(CHANNEL_LABEL) as (keyof typeof CHANNEL_LABEL)[]).map((ch) => {
            const on = form.channels.includes(ch);
            return (
              <Text key={ch} className={`ot-option catalog-channel${on ? ' ot-option--selected' : ''}`} aria-checked={on} data-value={ch} {...controlProps('switch', () => !disabled && set({ channels: on ? form.channels.filter((c) => c !== ch) : [...form.channels, ch] }))}>
                {CHANNEL_LABEL[ch]}
              </Text>
            );
          })}
        </View>
      </View>
      <View className='catalog-checks'>
        {flag('inServiceCentre', '进驻政务服务中心')}
        {flag('courierDelivery', '支持快递送达')}
        {flag('materialsNone', '无需申请材料')}
      </View>
      {text('conditions', '受理条件', true)}
      {text('legalBasis', '设定依据', true)}
      <View className='catalog-field catalog-field--materials'>
        <Text className='catalog-label'>申请材料（每行一项）</Text>
        <Textarea className='catalog-textarea catalog-materials' {...disabledIf(disabled)} value={form.materialsText} maxlength={5000} onInput={(e) => set({ materialsText: e.detail.value })} />
      </View>
      {area('situationsText', 'situations', '情形（每行一个问题，其下“- 选项 → 增加的材料；材料”；问题后加“（可多选）”）')}
      {area('stepsText', 'steps', '办理流程（每行一步，“环节：说明”）')}
      {area('faqsText', 'faqs', '常见问题（“问：…”一行，“答：…”一行）')}
      {text('address', '办理地点')}
      {text('officeHours', '办理时间')}
      {text('enquiryPhone', '咨询电话')}
      {text('complaintPhone', '监督投诉电话')}
      {text('changeNote', '修订说明')}
    </View>
  );
}
