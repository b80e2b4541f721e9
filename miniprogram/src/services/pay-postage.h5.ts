import type { TPostageOrder } from '@shared/schemas/delivery';

export type PayOutcome = 'paid' | 'cancelled' | 'left';

/**
 * H5 has no wx.requestPayment: the demo opens the WeChat Pay simulator's cashier, which comes back to this page
 * (return_url) after paying; the page then asks the server, which queries WeChat Pay if the notify is not in yet.
 */
export async function payPostage(order: TPostageOrder): Promise<PayOutcome> {
  if (!order.cashierUrl) throw new Error('请在微信小程序中支付邮费');
  window.location.href = `${order.cashierUrl}&return_url=${encodeURIComponent(window.location.href)}`;
  return 'left';
}
