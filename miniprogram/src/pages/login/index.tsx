import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TDemoPersona } from '@shared/schemas/identity';
import { ApiError } from '@shared/errors';
import A11yToggle from '../../components/a11y-toggle';
import { ErrorView, LoadingView } from '../../components/load-state';
import { useCall } from '../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../hooks/use-large-font';
import { signInStaff, signInWithWechat } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

function messageOf(err: unknown): string {
  return err instanceof ApiError ? err.message : '登录失败，请稍后再试';
}

/**
 * 登录. In the mini-program: one WeChat button (the code comes from wx.login). In the H5 demo: a persona picker
 * with the people of the demo story, citizens and staff; it exists only while the server runs in demo mode.
 */
export default function LoginPage() {
  const [large, setLarge] = useLargeFont();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  const citizen = (persona?: string) =>
    run(persona ?? 'wechat', async () => {
      const res = await signInWithWechat(persona);
      await Taro.redirectTo({ url: res.user.hasProfile ? '/pages/profile/index?signedIn=1' : '/pages/profile/index?first=1' });
    });
  const staff = (p: TDemoPersona) =>
    run(p.key, async () => {
      await signInStaff(p.username!, p.password!);
      await Taro.redirectTo({ url: '/staff/pages/me/index' });
    });

  return (
    <View className={pageClassName('login', large)}>
      <View className='login-header'>
        <View className='login-title' role='heading' aria-level={1}>
          登录最多跑一次
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>
      {error ? (
        <View className='ot-section login-error' role='alert'>
          <Text>{error}</Text>
        </View>
      ) : null}
      {IS_H5 ? (
        <PersonaPicker busy={busy} onCitizen={(p) => void citizen(p.key)} onStaff={(p) => void staff(p)} />
      ) : (
        <View className='ot-section'>
          <Text className='ot-section__hint'>使用微信账号登录，无需注册。</Text>
          <Button className='ot-button login-wechat' loading={busy === 'wechat'} {...controlProps('button', () => void citizen())}>
            微信一键登录
          </Button>
        </View>
      )}
    </View>
  );
}

function PersonaPicker(props: { busy: string | null; onCitizen: (p: TDemoPersona) => void; onStaff: (p: TDemoPersona) => void }) {
  const [personas, retry] = useCall('demoPersonas', {});
  if (personas.status === 'error') {
    if (personas.error.code === 'NOT_FOUND') {
      return (
        <View className='ot-section login-no-demo'>
          <Text>网页版不提供登录，请在微信中搜索“最多跑一次”小程序登录。</Text>
        </View>
      );
    }
    return <ErrorView error={personas.error} onRetry={retry} />;
  }
  if (personas.status !== 'ready') return <LoadingView />;
  const group = (kind: 'citizen' | 'staff') => personas.data.items.filter((p) => p.kind === kind);
  const row = (p: TDemoPersona, onPick: (p: TDemoPersona) => void) => (
    <View key={p.key} className={`ot-option persona persona--${p.kind}`} data-persona={p.key} {...controlProps('button', () => onPick(p))}>
      <Text className='persona__name'>{props.busy === p.key ? `${p.name}（登录中…）` : p.name}</Text>
      <Text className='ot-option__meta persona__desc'>{p.description}</Text>
    </View>
  );
  return (
    <View className='persona-picker'>
      <View className='ot-section' role='note'>
        <Text className='ot-section__hint'>演示版：请选择一位演示人物。在微信小程序中由微信登录，不会出现此页面。</Text>
      </View>
      <View className='ot-section persona-group persona-group--citizen'>
        <View className='ot-section__title' role='heading' aria-level={2}>
          市民
        </View>
        {group('citizen').map((p) => row(p, props.onCitizen))}
      </View>
      <View className='ot-section persona-group persona-group--staff'>
        <View className='ot-section__title' role='heading' aria-level={2}>
          工作人员
        </View>
        {group('staff').map((p) => row(p, props.onStaff))}
      </View>
    </View>
  );
}
