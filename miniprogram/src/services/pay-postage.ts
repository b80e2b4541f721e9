import Taro from '@tarojs/taro';
import type { TPostageOrder } from '@shared/schemas/delivery';

/** How a payment attempt ended on the phone (the server learns the truth from WeChat, not from this). */
export type PayOutcome = 'paid' | 'cancelled' | 'left';

/**
 * Pay a postage order. In the mini-program WeChat's own cashier opens (wx.requestPayment with the parameters the
 * server signed); the H5 build (pay-postage.h5.ts) goes to the simulator's cashier page instead.
 */
export async function payPostage(order: TPostageOrder): Promise<PayOutcome> {
  try {
    await Taro.requestPayment({ ...order.payParams });
    return 'paid';
  } catch {
    return 'cancelled';
  }
}
