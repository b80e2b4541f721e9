import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { CallState } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
// The header first: pages load a11y-toggle's styles before load-state's, and weapp's shared stylesheet keeps one order.
import PageHeader from '../page-header';
import { ErrorView, LoadingView } from '../load-state';

/**
 * Frame of a page about the citizen's own records (代办授权, 我的企业): the header with the large-font switch,
 * a 请先登录 button when signed out, the load state of the page's one call, then `children` with its data.
 * `name` is the page's class and the prefix of its header's classes.
 */
export default function SignedInPage<T>(props: { name: string; title: string; state: CallState<T>; onRetry: () => void; children: (data: T) => ReactNode }) {
  const [large, setLarge] = useLargeFont();
  const { name, state } = props;
  return (
    <View className={pageClassName(name, large)}>
      <PageHeader name={name} title={props.title} large={large} onLarge={setLarge} />
      {!isSignedIn() ? (
        <View className='ot-section'>
          <Button className='ot-button' {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/login/index' }))}>
            请先登录
          </Button>
        </View>
      ) : null}
      {state.status === 'error' ? <ErrorView error={state.error} onRetry={props.onRetry} /> : null}
      {state.status === 'loading' ? <LoadingView /> : null}
      {state.status === 'ready' ? props.children(state.data) : null}
    </View>
  );
}
