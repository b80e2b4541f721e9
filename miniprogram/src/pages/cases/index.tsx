import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import PageHeader from '../../components/page-header';
import { EmptyView, ErrorView, LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { controlProps } from '../../utils/control-props';
import '../apply/index.scss';

/** 我的办件: the citizen's applications, newest first; a tap opens the case with its progress. */
export default function CasesPage() {
  const [large, setLarge] = useLargeFont();
  const [cases, reload] = useCall('meCases', {});
  useDidShow(reload);
  return (
    <View className={pageClassName('cases', large)}>
      <PageHeader name='apply' title='我的办件' large={large} onLarge={setLarge} />
      {cases.status === 'error' ? (
        <ErrorView error={cases.error} onRetry={reload} />
      ) : cases.status !== 'ready' ? (
        <LoadingView text='正在加载我的办件…' />
      ) : cases.data.items.length === 0 ? (
        <EmptyView className='cases-empty' text='还没有办件。在办事指南中点“在线申办”即可开始。' />
      ) : (
        <View className='ot-section cases-list' role='list'>
          {cases.data.items.map((c) => (
            <View key={c.id} className='cases-item' role='listitem' data-case={c.id} {...controlProps('button', () => void Taro.navigateTo({ url: c.isBundle ? `/pages/case/index?bundle=${c.id}` : `/pages/case/index?id=${c.id}` }))}>
              <Text className='apply-material__name cases-item__name'>
                {c.isBundle ? '【一件事】' : ''}
                {c.itemName}
              </Text>
              <Text className='apply-material__state cases-item__status'>
                {c.statusLabel}
                {c.number ? ` · ${c.number}` : ''}
                {c.dueDate ? ` · 预计 ${c.dueDate} 前` : ''}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
