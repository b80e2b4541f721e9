import type { TSubscribeMoment } from '@shared/schemas/notifications';

export type SubscribeResults = Record<string, 'accept' | 'reject' | 'ban' | 'filter'>;

// H5 has no wx.requestSubscribeMessage: nothing is asked, the message centre tells the user everything.

export async function preloadSubscribe(_moment: TSubscribeMoment): Promise<void> {}

export async function requestSubscribe(_templateIds: string[]): Promise<SubscribeResults> {
  return {};
}

export async function subscribeAt(_moment: TSubscribeMoment): Promise<void> {}
