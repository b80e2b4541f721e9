import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ApiError } from '@shared/errors';
import { RATING_GRADE_LABELS, RATING_GRADES, RATING_SUB_INDICATORS, type TRatingGrade, type TSubIndicatorKey } from '@shared/domain/ratings/grades';
import type { TMyCaseRating } from '@shared/schemas/ratings';
import PageHeader from '../../../components/page-header';
import { ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { controlProps } from '../../../utils/control-props';
import './index.scss';
import { disabledIf } from '../../../utils/disabled';

/** 好差评: rate a delivered case once, then see the rating and, for a bad one, who called back and what was done. */
export default function RatePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [large, setLarge] = useLargeFont();
  const [state, reload] = useCall('meCaseRating', id ? { pathParams: { id } } : null);
  return (
    <View className={pageClassName('rate', large)}>
      <PageHeader name='apply' title='办件评价' large={large} onLarge={setLarge} />
      {state.status === 'error' ? <ErrorView error={state.error} onRetry={reload} /> : state.status === 'ready' ? <RateBody r={state.data} reload={reload} /> : <LoadingView text='正在加载…' />}
    </View>
  );
}

function RateBody({ r, reload }: { r: TMyCaseRating; reload: () => void }) {
  return (
    <View>
      <View className='ot-section'>
        <Text className='rate-line rate-case-number'>办件编号：{r.caseNumber}</Text>
        {r.itemName ? <Text className='rate-line'>事项：{r.itemName}</Text> : null}
      </View>
      {r.canRate ? <RateForm caseId={r.caseId} onDone={reload} /> : null}
      {!r.canRate && !r.rating ? <View className='ot-section rate-cannot'>{r.cannotRateReason}</View> : null}
      {r.rating ? (
        <View className='ot-section rate-mine'>
          <Text className='rate-line rate-mine__grade'>您的评价：{r.rating.gradeLabel}</Text>
          {r.rating.comment ? <Text className='rate-line'>评价内容：{r.rating.comment}</Text> : null}
          {r.rating.isDefault ? <Text className='rate-line'>（逾期未评价，系统默认评价）</Text> : null}
        </View>
      ) : null}
      {r.rectification ? (
        <View className='ot-section rate-rectification' aria-live='polite'>
          <View role='heading' aria-level={2}>
            差评整改情况（{r.rectification.departmentName}）
          </View>
          <Text className='rate-line rate-rectification__status'>状态：{r.rectification.statusLabel}</Text>
          <Text className='rate-line'>整改期限：{r.rectification.dueDate}</Text>
          {r.rectification.calledBackAt ? (
            <Text className='rate-line rate-rectification__callback'>
              回访：{r.rectification.calledBackBy}，{r.rectification.callbackReached ? '已联系到您' : '未联系上'}。{r.rectification.callbackNote}
            </Text>
          ) : (
            <Text className='rate-line'>工作人员将尽快回访您。</Text>
          )}
          {r.rectification.outcome ? (
            <Text className='rate-line rate-rectification__outcome'>
              处理结果：{r.rectification.outcomeLabel}
              {r.rectification.scheduledFor ? `（${r.rectification.scheduledFor} 前完成）` : ''}。{r.rectification.outcomeText}
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

function RateForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [grade, setGrade] = useState<TRatingGrade | null>(null);
  const [scores, setScores] = useState<Partial<Record<TSubIndicatorKey, number>>>({});
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    if (!grade || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await call('meRateCase', { pathParams: { id: caseId }, body: { grade, ...scores, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
      onDone();
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : '提交失败，请重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='ot-section rate-form'>
      <View role='heading' aria-level={2}>
        您对本次办事满意吗？（每件只能评价一次）
      </View>
      <View className='rate-grades' role='radiogroup' aria-label='总体评价'>
        {RATING_GRADES.map((g) => (
          <Text key={g} className={`ot-option rate-grade${grade === g ? ' ot-option--selected' : ''}`} aria-checked={grade === g} data-value={g} {...controlProps('radio', () => setGrade(g))}>
            {RATING_GRADE_LABELS[g]}
          </Text>
        ))}
      </View>
      {RATING_SUB_INDICATORS.map((s) => (
        <View key={s.key} className='rate-score-row'>
          <Text>{s.label}</Text>
          <View className='rate-scores' role='radiogroup' aria-label={s.label}>
            {[1, 2, 3, 4, 5].map((n) => (
              <Text key={n} className={`ot-option${scores[s.key] === n ? ' ot-option--selected' : ''}`} aria-checked={scores[s.key] === n} {...controlProps('radio', () => setScores({ ...scores, [s.key]: n }))}>
                {n}分
              </Text>
            ))}
          </View>
        </View>
      ))}
      <Textarea className='rate-comment' value={comment} maxlength={500} placeholder='说说哪里好、哪里需要改进（选填）' aria-label='评价内容' onInput={(e) => setComment(e.detail.value)} />
      {problem ? (
        <View className='rate-error' role='alert'>
          {problem}
        </View>
      ) : null}
      <Button className='ot-button rate-submit' {...disabledIf(!grade || busy)} {...controlProps('button', () => void submit())}>
        提交评价
      </Button>
    </View>
  );
}
