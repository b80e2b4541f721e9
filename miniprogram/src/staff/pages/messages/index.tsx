import { useDidShow } from '@tarojs/taro';
import MessageCentre from '../../../components/message-centre';
import { useCall } from '../../../hooks/use-call';
import { useLargeFont } from '../../../hooks/use-large-font';
import { call } from '../../../services/request';

/** 工作消息: new work in the department's queue and pre-review deadlines that are near; tap to open the case. */
export default function StaffMessagesPage() {
  const [large, setLarge] = useLargeFont();
  const [state, reload] = useCall('staffMessages', { query: { page: 1, pageSize: 50 } });
  useDidShow(() => reload());
  return (
    <MessageCentre
      title='工作消息'
      empty='暂无消息。新办件进入本部门队列、预审即将到期时会在这里提醒。'
      state={state}
      reload={reload}
      markRead={(id) => call('staffMessageRead', { pathParams: { id } })}
      markAllRead={() => call('staffMessagesReadAll')}
      large={large}
      onLarge={setLarge}
    />
  );
}
