import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import PageHeader from '../../../components/page-header';
import { EmptyView, ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { controlProps } from '../../../utils/control-props';
import { deadlineText } from './deadline';
import './index.scss';

/** The department's pre-review queue, oldest submission first (the server orders it). */
export default function ReviewQueuePage() {
  const [large, setLarge] = useLargeFont();
  const [queue, retry] = useCall('staffQueue', { query: {} });
  // Coming back from a case: refresh, since it may have left the queue. The first show is the initial load.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) retry();
    shown.current = true;
  });
  return (
    <View className={pageClassName('review-queue', large)}>
      <PageHeader name='review' title='预审队列' large={large} onLarge={setLarge} />
      {queue.status === 'loading' || queue.status === 'idle' ? <LoadingView /> : null}
      {queue.status === 'error' ? <ErrorView error={queue.error} onRetry={retry} /> : null}
      {queue.status === 'ready' && queue.data.items.length === 0 ? <EmptyView className='review-queue-empty' text='暂无待预审的办件' /> : null}
      {queue.status === 'ready' && queue.data.items.length > 0 ? (
        <View className='review-queue-list' role='list'>
          {queue.data.items.map((c) => (
            <View
              key={c.id}
              className='review-queue-item'
              data-id={c.id}
              data-number={c.number}
              role='listitem'
              {...controlProps('button', () => void Taro.navigateTo({ url: `/staff/pages/review-case/index?id=${c.id}` }))}
            >
              <Text className='review-queue-item__number'>{c.number}</Text>
              <Text className='review-queue-item__name'>{c.itemName ?? '未知事项'}</Text>
              {c.bundleName ? <Text className='review-queue-item__meta review-queue-item__bundle'>一件事：{c.bundleName}（其他部门同时审查其余事项）</Text> : null}
              <Text className='review-queue-item__meta'>
                {c.statusLabel}
                {c.correctionRounds > 0 ? ` · 第${c.correctionRounds}次补正后` : ''}
                {c.submittedAt ? ` · 收件 ${c.submittedAt.slice(0, 10)}` : ''}
              </Text>
              <Text className='review-queue-item__due'>{deadlineText(c.preReview)}</Text>
              {c.preReview.consequence === 'DEEMED_ACCEPTED' ? (
                <Text className='review-queue-item__deemed'>{c.preReview.consequenceLabel ?? '视为受理'}</Text>
              ) : null}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
