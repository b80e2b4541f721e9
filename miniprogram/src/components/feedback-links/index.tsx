import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { controlProps } from '../../utils/control-props';

/** On a case page: rate it once delivered (or see the rating and its follow-up), and complain or ask about it. */
export default function FeedbackLinks({ caseId, status }: { caseId: string; status: string }) {
  if (status === 'DRAFT') return null;
  const go = (url: string) => void Taro.navigateTo({ url });
  return (
    <View className='ot-section feedback-links'>
      {status === 'DELIVERED' || status === 'RATED' ? (
        <View className='ot-button case-rate' {...controlProps('button', () => go(`/feedback/pages/rate/index?id=${caseId}`))}>
          {status === 'DELIVERED' ? '评价本次办事' : '查看我的评价'}
        </View>
      ) : null}
      <View className='ot-button ot-button--secondary case-complain' {...controlProps('button', () => go(`/feedback/pages/complaint/index?caseId=${caseId}`))}>
        咨询投诉
      </View>
    </View>
  );
}
