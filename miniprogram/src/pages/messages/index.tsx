import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { TMessage } from '@shared/schemas/notifications';
import A11yToggle from '../../components/a11y-toggle';
import { ErrorView, LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { call } from '../../services/request';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import './index.scss';

const PAGE_SIZE = 20;

function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 消息中心: every notification, whether or not WeChat delivered it; tap one to open its case. */
export default function MessagesPage() {
  const [large, setLarge] = useLargeFont();
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const [state, reload] = useCall('meMessages', isSignedIn() ? { query: { page: 1, pageSize } } : null);
  useDidShow(() => reload());

  const open = async (m: TMessage) => {
    if (!m.read) await call('meMessageRead', { pathParams: { id: m.id } }).catch(() => undefined);
    if (m.page) void Taro.navigateTo({ url: `/${m.page}` });
    else reload();
  };
  const readAll = () => void call('meMessagesReadAll').catch(() => undefined).then(reload);

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
    <View className={pageClassName('messages', large)}>
      <View className='messages-header'>
        <View className='messages-title' role='heading' aria-level={1}>
          消息中心
          {data && data.unread > 0 ? <Text className='messages-unread'>（{data.unread}条未读）</Text> : null}
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      {state.status === 'error' ? <ErrorView error={state.error} onRetry={reload} /> : null}
      {state.status === 'loading' && !data ? <LoadingView /> : null}
      {data ? (
        <View className='ot-section messages-list' role='list'>
          {data.items.length === 0 ? <Text className='messages-empty'>还没有消息。办件有进展时会在这里通知您。</Text> : null}
          {data.unread > 0 ? (
            <Button className='ot-button ot-button--secondary messages-read-all' {...controlProps('button', readAll)}>
              全部标为已读
            </Button>
          ) : null}
          {data.items.map((m) => (
            <View
              key={m.id}
              className={`messages-item${m.read ? '' : ' messages-item--unread'}`}
              role='listitem'
              aria-label={`${m.read ? '' : '未读，'}${m.title}，${m.body}`}
              {...controlProps('button', () => void open(m))}
            >
              <View className='messages-item__head'>
                {m.read ? null : <Text className='messages-item__dot' aria-hidden />}
                <Text className='messages-item__title'>{m.title}</Text>
                <Text className='messages-item__time'>{when(m.createdAt)}</Text>
              </View>
              <Text className='messages-item__body'>{m.body}</Text>
              {m.wechat.label ? (
                <Text className={`messages-item__wechat messages-item__wechat--${m.wechat.status.toLowerCase()}`}>
                  {m.wechat.label}
                  {m.wechat.error && m.wechat.status === 'FAILED' ? `：${m.wechat.error}` : ''}
                </Text>
              ) : null}
            </View>
          ))}
          {data.total > data.items.length ? (
            <Button className='ot-button ot-button--secondary messages-more' {...controlProps('button', () => setPageSize((n) => Math.min(50, n + PAGE_SIZE)))}>
              {pageSize >= 50 ? '仅显示最近50条' : '加载更多'}
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
