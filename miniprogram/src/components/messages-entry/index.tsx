import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { useCall } from '../../hooks/use-call';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import './index.scss';

/** 消息中心 entry (home and profile) for a signed-in citizen, with the unread badge; re-read when the page shows. */
export default function MessagesEntry() {
  const [signedIn, setSignedIn] = useState(isSignedIn);
  const [state, reload] = useCall('meMessagesUnread', signedIn ? {} : null);
  useDidShow(() => {
    setSignedIn(isSignedIn());
    reload();
  });
  if (!signedIn) return null;
  const unread = state.status === 'ready' ? state.data.unread : 0;
  return (
    <View
      className='ot-section ot-messages-entry'
      aria-label={unread > 0 ? `消息中心，${unread}条未读` : '消息中心'}
      {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/messages/index' }))}
    >
      <Text className='ot-messages-entry__title'>消息中心</Text>
      {unread > 0 ? (
        <Text className='ot-messages-entry__badge' aria-hidden>
          {unread > 99 ? '99+' : unread}
        </Text>
      ) : (
        <Text className='ot-messages-entry__hint'>办件进度、补正和结果通知</Text>
      )}
    </View>
  );
}
