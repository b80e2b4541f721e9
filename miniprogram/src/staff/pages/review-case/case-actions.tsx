import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ApiError } from '@shared/errors';
import type { TStaffCaseView, TTransitionBody } from '@shared/schemas/review';
import { choosePhotos } from '../../../services/choose-file';
import { call } from '../../../services/request';
import { uploadFromPhone } from '../../../services/upload';
import { controlProps } from '../../../utils/control-props';
import { noticeBlocker } from './notice-blocker';
import { disabledIf } from '../../../utils/disabled';

type Action = TStaffCaseView['allowedActions'][number];

/**
 * 发送补正告知: one complete notice listing every material marked 需补正 (一次性告知). It cannot go out while a
 * material is undecided, otherwise the applicant could be asked twice.
 */
export function CorrectionNotice({ view, onDone }: { view: TStaffCaseView; onDone: (msg: string) => void }) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const why = noticeBlocker(view.materials);
  const send = async () => {
    setError(null);
    try {
      const n = await call('staffCorrectionNotice', { pathParams: { id: view.id }, body: { message: message.trim() || undefined, expectedVersion: view.version } });
      onDone(`已发送第${n.round}次补正告知（${n.items.length}项）`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '发送失败，请重试');
    }
  };
  return (
    <View className='ot-section review-notice'>
      <View className='ot-section__title' role='heading' aria-level={2}>
        一次性告知补正
      </View>
      <Input className='staff-login__input review-notice__message' value={message} maxlength={500} placeholder='给申请人的说明（可选）' aria-label='给申请人的说明' onInput={(e) => setMessage(e.detail.value)} />
      <Button className='ot-button review-notice__send' {...disabledIf(why !== null)} aria-describedby='review-notice-why' {...controlProps('button', () => void (why === null && send()))}>
        发送补正告知
      </Button>
      {why ? (
        <Text className='ot-section__hint review-notice__why' id='review-notice-why'>
          {why}
        </Text>
      ) : null}
      {error ? (
        <View className='staff-login-error review-notice__error' role='alert'>
          {error}
        </View>
      ) : null}
    </View>
  );
}

/** The staff actions the server allows now (never more), each with the inputs the transition table requires. */
export function CaseActions({ view, onDone }: { view: TStaffCaseView; onDone: (msg: string) => void }) {
  const actions = view.allowedActions.filter((a) => a.action !== 'returnForCorrection');
  if (actions.length === 0) return null;
  return (
    <View className='ot-section review-actions'>
      <View className='ot-section__title' role='heading' aria-level={2}>
        办件操作
      </View>
      {actions.map((a) => (
        <ActionForm key={a.action} view={view} action={a} onDone={onDone} />
      ))}
    </View>
  );
}

function ActionForm({ view, action, onDone }: { view: TStaffCaseView; action: Action; onDone: (msg: string) => void }) {
  const [input, setInput] = useState<Partial<TTransitionBody>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needs = (r: string) => action.requires.includes(r);
  const set = (k: keyof TTransitionBody, v: string) => setInput((x) => ({ ...x, [k]: v }));
  const pickPledge = async () => {
    setError(null);
    try {
      const [photo] = await choosePhotos(1);
      if (!photo) return;
      setBusy(true);
      const stored = await uploadFromPhone(photo.path, { kind: photo.kind, purpose: 'PLEDGE', name: photo.name });
      setInput((x) => ({ ...x, pledgeFileId: stored.id }));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '承诺书上传失败');
    } finally {
      setBusy(false);
    }
  };
  const run = async () => {
    setError(null);
    setBusy(true);
    try {
      const body = { ...input, action: action.action, expectedVersion: view.version } as TTransitionBody;
      const after = await call('staffCaseTransition', { pathParams: { id: view.id }, body });
      onDone(`${action.label}成功，办件编号 ${after.number}，当前状态：${after.statusLabel}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '操作失败，请重试');
    } finally {
      setBusy(false);
    }
  };
  const field = (k: keyof TTransitionBody, placeholder: string) => (
    <Input className={`staff-login__input review-action__${k}`} value={String(input[k] ?? '')} maxlength={500} placeholder={placeholder} aria-label={placeholder} onInput={(e) => set(k, e.detail.value)} />
  );
  const choice = (k: keyof TTransitionBody, options: [string, string][]) => (
    <View className={`review-action__choices review-action__${k}`} role='radiogroup'>
      {options.map(([v, label]) => (
        <Text key={v} className={`ot-option${input[k] === v ? ' ot-option--selected' : ''}`} aria-checked={input[k] === v} data-value={v} {...controlProps('radio', () => set(k, v))}>
          {label}
        </Text>
      ))}
    </View>
  );
  return (
    <View className={`review-action review-action--${action.action}`} data-action={action.action}>
      {needs('reason') ? field('reason', action.action === 'notAccept' ? '不予受理的理由' : '原因') : null}
      {needs('legalBasis') ? field('legalBasis', '法律依据，如《行政许可法》第三十二条') : null}
      {needs('pledge') ? (
        <Text className='ot-option review-action__pledge' {...controlProps('button', () => void pickPledge())}>
          {input.pledgeFileId ? '已上传签字承诺书（点此更换）' : '上传申请人签字的承诺书'}
        </Text>
      ) : null}
      {needs('decision') ? choice('decision', [['APPROVED', '准予'], ['DENIED', '不予准予']]) : null}
      {needs('decision') ? field('resultName', '结果名称，如：营业执照') : null}
      {needs('deliveryMethod') ? choice('deliveryMethod', [['WINDOW_PICKUP', '窗口领取'], ['COURIER', '邮寄'], ['ELECTRONIC', '电子送达']]) : null}
      {needs('procedure') ? choice('procedure', [['PUBLIC_NOTICE', '公示'], ['SITE_INSPECTION', '现场核查'], ['EXPERT_REVIEW', '专家评审'], ['HEARING', '听证'], ['OTHER', '其他']]) : null}
      <Button className={`ot-button review-action__run review-action__run--${action.action}`} {...disabledIf(busy)} {...controlProps('button', () => void run())}>
        {action.label}
      </Button>
      {error ? (
        <View className='staff-login-error review-action__error' role='alert'>
          {error}
        </View>
      ) : null}
    </View>
  );
}
