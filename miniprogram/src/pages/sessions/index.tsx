import { Button, Text, View } from '@tarojs/components';
import A11yToggle from '../../components/a11y-toggle';
import { ErrorView, LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { call } from '../../services/request';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import './index.scss';

function when(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 登录设备: where the citizen is signed in; sign out a lost phone, or every other device at once. */
export default function SessionsPage() {
  const [large, setLarge] = useLargeFont();
  const [state, reload] = useCall('meSessions', isSignedIn() ? {} : null);
  const revoke = (id: string) => void call('meSessionRevoke', { pathParams: { id } }).catch(() => undefined).then(reload);
  const revokeOthers = () => void call('meSessionsRevokeOthers').catch(() => undefined).then(reload);
  return (
    <View className={pageClassName('sessions', large)}>
      <View className='sessions-header'>
        <View className='sessions-title' role='heading' aria-level={1}>
          登录设备
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      {state.status === 'error' ? <ErrorView error={state.error} onRetry={reload} /> : null}
      {state.status === 'loading' ? <LoadingView /> : null}
      {state.status === 'ready' ? (
        <View className='ot-section sessions-list' role='list'>
          {state.data.items.map((s) => (
            <View key={s.id} className={`sessions-item${s.current ? ' sessions-item--current' : ''}`} role='listitem'>
              <Text className='sessions-item__device'>
                {s.device}
                {s.current ? '（本机）' : ''}
              </Text>
              <Text className='sessions-item__meta'>
                最近使用 {when(s.lastSeenAt ?? s.createdAt)}
                {s.ip ? ` · ${s.ip}` : ''}
              </Text>
              {s.current ? null : (
                <Button className='ot-button ot-button--secondary sessions-revoke' {...controlProps('button', () => revoke(s.id))}>
                  退出该设备
                </Button>
              )}
            </View>
          ))}
          {state.data.items.length > 1 ? (
            <Button className='ot-button sessions-revoke-others' {...controlProps('button', revokeOthers)}>
              退出其他所有设备
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
