import type { Env } from '../../env';
import { createWeChatClient } from './wechat.client';
import type { WeChatClient } from './wechat.port';
import { startWeChatSimulator, type WeChatSimulator } from './simulator/wechat.sim';

export type { WeChatClient } from './wechat.port';
export { WeChatApiError, WX_ERR } from './wechat.port';

export interface WeChatWiring {
  client: WeChatClient;
  /** Base URL the client talks to (the simulator's when started here). */
  baseUrl: string;
  /** Set when the server started its own simulator (WECHAT_API_BASE unset outside production). */
  simulator?: WeChatSimulator;
  stop(): Promise<void>;
}

/** The WeChat client from config; without WECHAT_API_BASE (dev, demo, test) a loopback simulator is started. */
export async function createWeChat(env: Env): Promise<WeChatWiring> {
  let simulator: WeChatSimulator | undefined;
  let baseUrl = env.WECHAT_API_BASE;
  if (!baseUrl) {
    if (env.NODE_ENV === 'production') throw new Error('WECHAT_API_BASE is required in production');
    simulator = await startWeChatSimulator({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET });
    baseUrl = simulator.url;
  }
  const client = createWeChatClient({ baseUrl, appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET });
  return { client, baseUrl, ...(simulator ? { simulator } : {}), stop: async () => simulator?.stop() };
}
