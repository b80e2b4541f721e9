import fs from 'node:fs';
import path from 'node:path';
import type { Env } from '../../env';
import { createWeChatPayClient } from './wechatpay.client';
import type { WeChatPayClient } from './wechatpay.port';
import { loadOrCreateSimPayKeys, type SimPayKeys } from './simulator/sim-keys';
import { startWeChatPaySimulator, type WeChatPaySimulator } from './simulator/wechatpay.sim';

export type { WeChatPayClient } from './wechatpay.port';
export { PayNotifyError, WeChatPayError } from './wechatpay.port';

export interface WeChatPayWiring {
  client: WeChatPayClient;
  baseUrl: string;
  /** Set when the server started its own simulator (WECHATPAY_API_BASE unset outside production). */
  simulator?: WeChatPaySimulator;
  stop(): Promise<void>;
}

const readPem = (file: string) => fs.readFileSync(path.resolve(file), 'utf8');

/**
 * The WeChat Pay client from config. Without WECHATPAY_API_BASE (dev, demo, test) a loopback simulator is started
 * with keys generated once under DATA_DIR (or the given fixture keys), and the client is configured with them.
 */
export async function createWeChatPay(env: Env, opts: { simKeys?: SimPayKeys } = {}): Promise<WeChatPayWiring> {
  const mode = env.WECHATPAY_VERIFY_MODE;
  if (env.WECHATPAY_API_BASE) {
    const client = createWeChatPayClient({
      baseUrl: env.WECHATPAY_API_BASE,
      appid: env.WECHAT_APPID,
      mchid: env.WECHATPAY_MCHID ?? '',
      apiV3Key: env.WECHATPAY_API_V3_KEY ?? '',
      merchantPrivateKey: readPem(env.WECHATPAY_PRIVATE_KEY_FILE ?? ''),
      merchantSerial: env.WECHATPAY_CERT_SERIAL ?? '',
      verify:
        mode === 'publicKey'
          ? { mode, publicKeyId: env.WECHATPAY_PUBLIC_KEY_ID ?? '', publicKey: readPem(env.WECHATPAY_PUBLIC_KEY_FILE ?? '') }
          : { mode: 'certificate' },
    });
    return { client, baseUrl: env.WECHATPAY_API_BASE, stop: async () => undefined };
  }
  if (env.NODE_ENV === 'production') throw new Error('WECHATPAY_API_BASE is required in production');
  const keys = opts.simKeys ?? (env.WECHATPAY_SIM_KEYS_FILE ? (JSON.parse(fs.readFileSync(env.WECHATPAY_SIM_KEYS_FILE, 'utf8')) as SimPayKeys) : loadOrCreateSimPayKeys(env.DATA_DIR));
  const simulator = await startWeChatPaySimulator({ keys, appids: [env.WECHAT_APPID], mode });
  const client = createWeChatPayClient({
    baseUrl: simulator.url,
    appid: env.WECHAT_APPID,
    mchid: keys.mchid,
    apiV3Key: keys.apiV3Key,
    merchantPrivateKey: keys.merchantPrivateKey,
    merchantSerial: keys.merchantSerial,
    verify: mode === 'publicKey' ? { mode, publicKeyId: keys.publicKeyId, publicKey: keys.publicKey } : { mode: 'certificate' },
  });
  return { client, baseUrl: simulator.url, simulator, stop: () => simulator.stop() };
}
