import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState, type ReactNode } from 'react';
import type { TApplication, TFormValues } from '@shared/schemas/application';
import { subscribeAt } from '../../services/subscribe';
import { newUploadId } from '../../services/upload';
import { controlProps } from '../../utils/control-props';
import { messageOf } from './material-row';

type Field = TApplication['formFields'][number];

/**
 * The state both drafts (one item, one 一件事 bundle) share: the form saved as you go and one submit.
 * `persist` writes the form; saves run one after another (a blur right after another blur must not race it into a
 * version conflict). `send` submits with the Idempotency-Key kept for the page (a double tap or a retry makes one
 * submission) and returns the page to open.
 */
export function useDraft(initial: TFormValues, persist: (form: TFormValues) => Promise<void>, send: (idempotencyKey: string) => Promise<string>) {
  const [form, setForm] = useState<TFormValues>(initial);
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const key = useRef(newUploadId());
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const edit = (field: string, value: string) => {
    setForm({ ...form, [field]: value });
    setDirty(true);
  };
  const save = (): Promise<void> => {
    if (!dirty) return chain.current.then(() => undefined);
    setDirty(false);
    const values = form;
    const run = chain.current.then(() => persist(values));
    chain.current = run.catch(() => undefined);
    return run.catch((e: unknown) => {
      setDirty(true);
      throw e;
    });
  };
  const saveQuietly = () => void save().catch((e: unknown) => setProblem(messageOf(e)));
  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setProblem(null);
    // First in the tap (WeChat's rule): subscribe to the messages that will follow the submission.
    await subscribeAt('submit');
    try {
      await save();
      await Taro.redirectTo({ url: await send(key.current) });
    } catch (e) {
      setProblem(messageOf(e));
      setSubmitting(false);
    }
  };
  return { form, edit, saveQuietly, problem, submitting, submit };
}

/** The application form: one input a field, each saved when it loses focus. */
export function DraftForm(props: { title: string; fields: Field[]; form: TFormValues; onEdit: (field: string, value: string) => void; onBlur: () => void; children?: ReactNode }) {
  const { form } = props;
  return (
    <View className='ot-section apply-form'>
      <Text className='apply-section-title'>{props.title}</Text>
      {props.fields.map((f) => (
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
            onInput={(e) => props.onEdit(f.key, e.detail.value)}
            onBlur={props.onBlur}
          />
        </View>
      ))}
      {props.children}
    </View>
  );
}

/** The page's problem (a failed save, submit or start), read out as an alert. */
export function ApplyProblem({ problem }: { problem: string | null }) {
  return problem ? (
    <View className='apply-problem' role='alert'>
      {problem}
    </View>
  ) : null;
}

/** Problem line and the submit button, which says how many materials are still missing. */
export function DraftSubmit(props: { problem: string | null; submitting: boolean; missing: number; ready: string; onSubmit: () => void }) {
  const { submitting, missing } = props;
  return (
    <>
      <ApplyProblem problem={props.problem} />
      <View className={`ot-button apply-submit${submitting ? ' apply-submit--busy' : ''}`} aria-disabled={submitting} {...controlProps('button', props.onSubmit)}>
        {submitting ? '正在提交…' : missing > 0 ? `提交申请（还差 ${missing} 项材料）` : props.ready}
      </View>
    </>
  );
}
