import { call } from './request';

/**
 * H5 has no wx.login: in demo mode the server hands out a code for a demo persona through the WeChat simulator.
 * Without demo mode (production H5) the endpoint does not exist and sign-in happens in the mini-program.
 */
export async function getLoginCode(persona?: string): Promise<string> {
  if (!persona) throw new Error('H5 演示版需要先选择演示人物');
  const { code } = await call('demoLoginCode', { body: { persona } });
  return code;
}
