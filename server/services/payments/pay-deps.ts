import type { WeChatPayClient } from '../../adapters/wechatpay/wechatpay.port';

/** What the payment use cases need: the WeChat Pay port and the URLs WeChat and the H5 cashier use. */
export interface PayDeps {
  client: WeChatPayClient;
  /** Public origin WeChat Pay posts notifications to (https in production), without a trailing slash. */
  notifyBase(): string;
  /** The simulator's H5 cashier page (dev, demo, tests); undefined with real WeChat Pay (weapp pays in-app). */
  cashierBase?: string;
}

export const PAY_NOTIFY_PATH = '/api/v1/pay/wechat/notify';
export const REFUND_NOTIFY_PATH = '/api/v1/pay/wechat/refund-notify';
