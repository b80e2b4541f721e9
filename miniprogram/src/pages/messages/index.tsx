import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import MessageCentre from '../../components/message-centre';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { call } from '../../services/request';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';

const PAGE_SIZE = 20;

/** 消息中心: every notification, whether or not WeChat delivered it; tap one to open its case. */
export default function MessagesPage() {
  const [large, setLarge] = useLargeFont();
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const [state, reload] = useCall('meMessages', isSignedIn() ? { query: { page: 1, pageSize } } : null);
  useDidShow(() => reload());

  if (!isSignedIn()) {
    return (
      <View className={pageClassName('messages', large)}>
        <View className='ot-section'>
          <Text>登录后查看消息</Text>
          <Button className='ot-button' {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/login/index' }))}>
            去登录
          </Button>
        </View>
      </View>
    );
  }
  const data = state.status === 'ready' ? state.data : null;
  return (
    <MessageCentre
      title='消息中心'
      empty='还没有消息。办件有进展时会在这里通知您。'
      state={state}
      reload={reload}
      markRead={(id) => call('meMessageRead', { pathParams: { id } })}
      markAllRead={() => call('meMessagesReadAll')}
      large={large}
      onLarge={setLarge}
      more={
        data && data.total > data.items.length ? (
          <Button className='ot-button ot-button--secondary messages-more' {...controlProps('button', () => setPageSize((n) => Math.min(50, n + PAGE_SIZE)))}>
            {pageSize >= 50 ? '仅显示最近50条' : '加载更多'}
          </Button>
        ) : null
      }
    />
  );
}
