import Taro from '@tarojs/taro';

/**
 * A wx.login code for POST /auth/wechat. In the mini-program it comes from Taro.login (persona ignored); the H5
 * build (login-code.h5.ts) asks the demo endpoint for a code of the chosen persona instead.
 */
export async function getLoginCode(_persona?: string): Promise<string> {
  const { code } = await Taro.login();
  return code;
}
