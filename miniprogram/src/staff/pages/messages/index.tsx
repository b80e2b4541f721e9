import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { TMessage } from '@shared/schemas/notifications';
import A11yToggle from '../../../components/a11y-toggle';
import { ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';
import { controlProps } from '../../../utils/control-props';
import '../../../pages/messages/index.scss';

function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 工作消息: new work in the department's queue and pre-review deadlines that are near; tap to open the case. */
export default function StaffMessagesPage() {
  const [large, setLarge] = useLargeFont();
  const [state, reload] = useCall('staffMessages', { query: { page: 1, pageSize: 50 } });
  useDidShow(() => reload());
  const open = async (m: TMessage) => {
    if (!m.read) await call('staffMessageRead', { pathParams: { id: m.id } }).catch(() => undefined);
    if (m.page) void Taro.navigateTo({ url: `/${m.page}` });
    else reload();
  };
  const data = state.status === 'ready' ? state.data : null;
  return (
    <View className={pageClassName('messages', large)}>
      <View className='messages-header'>
        <View className='messages-title' role='heading' aria-level={1}>
          工作消息
          {data && data.unread > 0 ? <Text className='messages-unread'>（{data.unread}条未读）</Text> : null}
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      {state.status === 'error' ? <ErrorView error={state.error} onRetry={reload} /> : null}
      {state.status === 'loading' ? <LoadingView /> : null}
      {data ? (
        <View className='ot-section messages-list' role='list'>
          {data.items.length === 0 ? <Text className='messages-empty'>暂无消息。新办件进入本部门队列、预审即将到期时会在这里提醒。</Text> : null}
          {data.unread > 0 ? (
            <Button className='ot-button ot-button--secondary messages-read-all' {...controlProps('button', () => void call('staffMessagesReadAll').catch(() => undefined).then(reload))}>
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
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
