import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ApiError } from '@shared/errors';
import { controlProps } from '../../utils/control-props';
import './index.scss';

/** Spinner-free loading line: screen readers announce it (role status), elderly users read it. */
export function LoadingView({ text = '正在加载…', className = '' }: { text?: string; className?: string }) {
  return (
    <View className={`load-state load-state--loading ${className}`} role='status' aria-live='polite'>
      <Text>{text}</Text>
    </View>
  );
}

/** A friendly line for a list that loaded but is empty. */
export function EmptyView({ text, className = '' }: { text: string; className?: string }) {
  return (
    <View className={`load-state load-state--empty ${className}`}>
      <Text>{text}</Text>
    </View>
  );
}

/** What the person can do about an error: try again (it may pass), sign in, or nothing (a button would only fail again). */
export function errorRemedy(error: Pick<ApiError, 'code'>): 'retry' | 'login' | null {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return 'login';
    case 'NETWORK':
    case 'RATE_LIMITED':
    case 'INTERNAL':
    case 'SERVICE_UNAVAILABLE':
    case 'CONFLICT':
      return 'retry';
    default:
      return null;
  }
}

/** Staff pages sign in at the staff login, every other page at the citizen one. */
function goToLogin(): void {
  const route = Taro.getCurrentPages().at(-1)?.route ?? '';
  void Taro.navigateTo({ url: route.replace(/^\//, '').startsWith('staff/') ? '/staff/pages/login/index' : '/pages/login/index' });
}

/**
 * The server's message (already in Chinese) and what can be done about it: 重试 where trying again may pass, 去登录
 * when the session is gone, no button for a refusal or a missing thing. The request id is shown small so a citizen
 * can read it out to the help desk.
 */
export function ErrorView({ error, onRetry, className = '' }: { error: ApiError; onRetry: () => void; className?: string }) {
  const remedy = errorRemedy(error);
  return (
    <View className={`load-state load-state--error ${className}`} role='alert'>
      <Text className='load-state__message'>{error.message}</Text>
      {error.requestId ? <Text className='load-state__request-id'>编号：{error.requestId}</Text> : null}
      {remedy === 'retry' ? (
        <Button className='ot-button load-state__retry' {...controlProps('button', onRetry)}>
          重试
        </Button>
      ) : remedy === 'login' ? (
        <Button className='ot-button load-state__login' {...controlProps('button', goToLogin)}>
          去登录
        </Button>
      ) : null}
    </View>
  );
}
