import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { TBundleApplication, TFormValues } from '@shared/schemas/application';
import { call } from '../../services/request';
import { subscribeAt } from '../../services/subscribe';
import { newUploadId } from '../../services/upload';
import { controlProps } from '../../utils/control-props';
import { MaterialRow, messageOf } from './material-row';

/**
 * A 一件事 draft: ONE form and ONE material list for all the bundle's items (a material several items need is
 * handed in once), then one submission that reaches every department at once. The parts are listed so the citizen
 * knows which departments will review it.
 */
export function BundleDraft({ b, onChange }: { b: TBundleApplication; onChange: (b: TBundleApplication) => void }) {
  const [form, setForm] = useState<TFormValues>(b.form);
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const key = useRef(newUploadId());
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const save = (): Promise<void> => {
    if (!dirty) return chain.current.then(() => undefined);
    setDirty(false);
    const values = form;
    const run = chain.current.then(async () => onChange(await call('bundleApplicationUpdate', { pathParams: { id: b.id }, body: { form: values } })));
    chain.current = run.catch(() => undefined);
    return run.catch((e: unknown) => {
      setDirty(true);
      throw e;
    });
  };
  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setProblem(null);
    await subscribeAt('submit');
    try {
      await save();
      await call('bundleApplicationSubmit', { pathParams: { id: b.id }, headers: { 'Idempotency-Key': key.current } });
      await Taro.redirectTo({ url: `/pages/case/index?bundle=${b.id}` });
    } catch (e) {
      setProblem(messageOf(e));
      setSubmitting(false);
    }
  };
  const missing = b.materials.filter((m) => !m.provided).length;

  return (
    <View className='apply-draft apply-bundle'>
      <View className='ot-section apply-bundle__parts'>
        <Text className='apply-section-title'>一次申请，{b.parts.length}个部门同时审核</Text>
        {b.parts.map((p) => (
          <Text key={p.id} className='apply-hint apply-bundle__part'>
            · {p.itemName}（{p.departmentName}）
          </Text>
        ))}
      </View>
      <View className='ot-section apply-form'>
        <Text className='apply-section-title'>填写申请表（只填一次）</Text>
        {b.formFields.map((f) => (
          <View key={f.key} className={`ot-field apply-field apply-field--${f.key}`}>
            <Text className='ot-field__label'>
              {f.label}
              {f.required ? '（必填）' : ''}
            </Text>
            <Input
              className='ot-field__input'
              type={f.type === 'number' ? 'number' : 'text'}
              value={form[f.key] == null ? '' : String(form[f.key])}
              aria-label={f.label}
              maxlength={200}
              onInput={(e) => {
                setForm({ ...form, [f.key]: e.detail.value });
                setDirty(true);
              }}
              onBlur={() => void save().catch((e: unknown) => setProblem(messageOf(e)))}
            />
          </View>
        ))}
      </View>
      <View className='ot-section apply-materials'>
        <Text className='apply-section-title'>
          合并材料清单（{b.materials.length - missing}/{b.materials.length}）
        </Text>
        {b.materials.map((m) => (
          <MaterialRow
            key={m.id}
            material={{ ...m, walletItemId: null }}
            note={m.forItems.length > 1 ? `${m.forItems.length}个事项共用，只交一次` : `用于：${m.forItems[0] ?? ''}`}
            save={async (body) => onChange(await call('bundleApplicationMaterialSet', { pathParams: { id: b.id, materialId: m.id }, body }))}
          />
        ))}
      </View>
      {problem ? (
        <View className='apply-problem' role='alert'>
          {problem}
        </View>
      ) : null}
      <View className={`ot-button apply-submit${submitting ? ' apply-submit--busy' : ''}`} aria-disabled={submitting} {...controlProps('button', () => void submit())}>
        {submitting ? '正在提交…' : missing > 0 ? `提交申请（还差 ${missing} 项材料）` : '一次提交到各部门'}
      </View>
    </View>
  );
}
