import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import PageHeader from '../../../components/page-header';
import { useBusyAction } from '../../../hooks/use-busy-action';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { signInStaff } from '../../../services/session';
import { controlProps } from '../../../utils/control-props';
import './index.scss';

/** Staff sign-in on hall PCs: username and password (five wrong attempts lock the account for 15 minutes). */
export default function StaffLoginPage() {
  const [large, setLarge] = useLargeFont();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useBusyAction('登录失败，请稍后再试');

  const submit = () =>
    run(async () => {
      await signInStaff(username.trim(), password);
      await Taro.redirectTo({ url: '/staff/pages/me/index' });
    });

  return (
    <View className={pageClassName('staff-login', large)}>
      <PageHeader name='staff-login' title='工作人员登录' large={large} onLarge={setLarge} />
      <View className='ot-section staff-login-form'>
        <Text className='staff-login__label'>用户名</Text>
        <Input className='staff-login__input staff-login-username' value={username} maxlength={64} aria-label='用户名' onInput={(e) => setUsername(e.detail.value)} />
        <Text className='staff-login__label'>密码</Text>
        <Input className='staff-login__input staff-login-password' password value={password} maxlength={128} aria-label='密码' onInput={(e) => setPassword(e.detail.value)} onConfirm={() => void submit()} />
        {error ? (
          <View className='staff-login-error' role='alert'>
            {error}
          </View>
        ) : null}
        <Button className='ot-button staff-login-submit' loading={busy} {...controlProps('button', () => void submit())}>
          登录
        </Button>
      </View>
    </View>
  );
}
