import { Button } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { isSignedIn } from '../../services/session';
import { controlProps } from '../../utils/control-props';
import './index.scss';

/**
 * 登录 / 我的: one always-visible account entry. It shows the signed-in state and is re-read whenever the page
 * shows again, so coming back from the login page updates it.
 */
export default function AccountEntry() {
  const [signedIn, setSignedIn] = useState(isSignedIn);
  useDidShow(() => setSignedIn(isSignedIn()));
  return signedIn ? (
    <Button className='ot-account-entry ot-account-entry--signed-in' aria-label='已登录，打开我的' {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/profile/index' }))}>
      我的 · 已登录
    </Button>
  ) : (
    <Button className='ot-account-entry ot-account-entry--signed-out' aria-label='登录' {...controlProps('button', () => void Taro.navigateTo({ url: '/pages/login/index' }))}>
      登录
    </Button>
  );
}
