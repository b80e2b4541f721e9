import { Button, Text, View } from '@tarojs/components';
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

/**
 * The server's message (already in Chinese) with a 重试 button. The request id is shown small so a citizen can
 * read it out to the help desk.
 */
export function ErrorView({ error, onRetry, className = '' }: { error: ApiError; onRetry: () => void; className?: string }) {
  return (
    <View className={`load-state load-state--error ${className}`} role='alert'>
      <Text className='load-state__message'>{error.message}</Text>
      {error.requestId ? <Text className='load-state__request-id'>编号：{error.requestId}</Text> : null}
      <Button className='ot-button load-state__retry' {...controlProps('button', onRetry)}>
        重试
      </Button>
    </View>
  );
}
