import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { TMessage, TMessageList } from '@shared/schemas/notifications';
import type { CallState } from '../../hooks/use-call';
import { pageClassName } from '../../hooks/use-large-font';
import { controlProps } from '../../utils/control-props';
// The header first: pages load a11y-toggle's styles before load-state's, and weapp's shared stylesheet keeps one order.
import PageHeader from '../page-header';
import { ErrorView, LoadingView } from '../load-state';
import './index.scss';

/** 11月25日 09:05, in the phone's time zone. */
export function messageTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A message centre page (the citizen's 消息中心 and the staff's 工作消息): title with the unread count, the list
 * newest first, 全部标为已读; tapping a message marks it read and opens its page. The WeChat delivery line shows
 * only where the server gives a label (staff messages never go to WeChat). `more` sits under the list.
 */
export default function MessageCentre(props: {
  title: string;
  empty: string;
  state: CallState<TMessageList>;
  reload: () => void;
  markRead: (id: string) => Promise<unknown>;
  markAllRead: () => Promise<unknown>;
  large: boolean;
  onLarge: (on: boolean) => void;
  more?: ReactNode;
}) {
  const { state, reload } = props;
  const open = async (m: TMessage) => {
    if (!m.read) await props.markRead(m.id).catch(() => undefined);
    if (m.page) void Taro.navigateTo({ url: `/${m.page}` });
    else reload();
  };
  const readAll = () => void props.markAllRead().catch(() => undefined).then(reload);
  const data = state.status === 'ready' ? state.data : null;
  return (
    <View className={pageClassName('messages', props.large)}>
      <PageHeader
        name='messages'
        title={
          <>
            {props.title}
            {data && data.unread > 0 ? <Text className='messages-unread'>（{data.unread}条未读）</Text> : null}
          </>
        }
        large={props.large}
        onLarge={props.onLarge}
      />
      {state.status === 'error' ? <ErrorView error={state.error} onRetry={reload} /> : null}
      {state.status === 'loading' ? <LoadingView /> : null}
      {data ? (
        <View className='ot-section messages-list' role='list'>
          {data.items.length === 0 ? <Text className='messages-empty'>{props.empty}</Text> : null}
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
                <Text className='messages-item__time'>{messageTime(m.createdAt)}</Text>
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
          {props.more}
        </View>
      ) : null}
    </View>
  );
}
