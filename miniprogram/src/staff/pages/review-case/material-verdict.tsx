import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '@shared/errors';
import type { ZReviewMaterial } from '@shared/schemas/review';
import { call } from '../../../services/request';
import { controlProps } from '../../../utils/control-props';
import { MaterialFile } from './material-viewer';
import { disabledIf } from '../../../utils/disabled';

type TReviewMaterial = z.infer<typeof ZReviewMaterial>;

export const VERDICT_LABEL: Record<string, string> = {
  PENDING: '待审查',
  PASSED: '合格',
  NEEDS_CORRECTION: '需补正',
  TOLERATED: '容缺',
  NOT_APPLICABLE: '不适用',
};

/** A material with its files and, for handlers, the 合格 / 需补正 decision (reason picked or typed). */
export function MaterialReview({ caseId, material, editable, onDecided }: { caseId: string; material: TReviewMaterial; editable: boolean; onDecided: () => void }) {
  const [reason, setReason] = useState('');
  const [correcting, setCorrecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const decide = async (verdict: 'ACCEPTED' | 'NEEDS_CORRECTION') => {
    setError(null);
    try {
      await call('staffMaterialVerdict', {
        pathParams: { id: caseId, materialId: material.id },
        body: verdict === 'ACCEPTED' ? { verdict } : { verdict, reason },
      });
      setCorrecting(false);
      onDecided();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '保存失败，请重试');
    }
  };
  return (
    <View className={`ot-section review-material review-material--${material.verdict}`} data-id={material.id} data-name={material.name}>
      <View className='review-material__head'>
        <Text className='review-material__name'>{material.name}</Text>
        <Text className='review-material__verdict'>{VERDICT_LABEL[material.verdict] ?? material.verdict}</Text>
      </View>
      {material.verdictReason ? <Text className='review-material__reason'>原因：{material.verdictReason}</Text> : null}
      {material.files.length === 0 ? <Text className='review-material__nofile'>未上传文件</Text> : material.files.map((f) => <MaterialFile key={f.id} file={f} />)}
      {editable ? (
        <View className='review-material__actions'>
          <Button className='ot-button review-material__accept' {...controlProps('button', () => void decide('ACCEPTED'))}>
            合格
          </Button>
          <Button className='ot-button ot-button--secondary review-material__correct' {...controlProps('button', () => setCorrecting(true))}>
            需补正
          </Button>
        </View>
      ) : null}
      {editable && correcting ? (
        <View className='review-material__correction'>
          {material.commonMistakes.length > 0 ? <Text className='ot-section__hint'>常见问题（点选即填入）：</Text> : null}
          <View className='review-material__mistakes'>
            {material.commonMistakes.map((m) => (
              <Text key={m} className={`ot-option review-material__mistake${reason === m ? ' ot-option--selected' : ''}`} {...controlProps('button', () => setReason(m))}>
                {m}
              </Text>
            ))}
          </View>
          <Input className='staff-login__input review-material__reason-input' value={reason} maxlength={500} placeholder='写明需补正的原因' aria-label='需补正的原因' onInput={(e) => setReason(e.detail.value)} />
          <Button className='ot-button review-material__correct-save' {...disabledIf(!reason.trim())} {...controlProps('button', () => void decide('NEEDS_CORRECTION'))}>
            确认需补正
          </Button>
        </View>
      ) : null}
      {error ? (
        <View className='staff-login-error review-material__error' role='alert'>
          {error}
        </View>
      ) : null}
    </View>
  );
}
