import Taro from '@tarojs/taro';
import type { TSubscribeMoment, TSubscribeTemplates } from '@shared/schemas/notifications';
import { call } from './request';

export type SubscribeResults = Record<string, 'accept' | 'reject' | 'ban' | 'filter'>;
type Templates = TSubscribeTemplates['templates'];

const cache = new Map<TSubscribeMoment, Templates>();

/**
 * Fetch the templates of a moment ahead of the tap: wx.requestSubscribeMessage must be the first thing a tap
 * handler does (WeChat refuses it after unrelated awaits), so the template ids have to be known already.
 */
export async function preloadSubscribe(moment: TSubscribeMoment): Promise<void> {
  if (cache.has(moment)) return;
  try {
    cache.set(moment, (await call('meSubscribeTemplates', { query: { moment } })).templates);
  } catch {
    // Asked again at the tap.
  }
}

/** Ask WeChat for subscription (only inside a tap handler; ≤3 template ids per call). */
export async function requestSubscribe(templateIds: string[]): Promise<SubscribeResults> {
  const res = (await Taro.requestSubscribeMessage({ tmplIds: templateIds } as Parameters<typeof Taro.requestSubscribeMessage>[0])) as unknown as Record<string, string>;
  const out: SubscribeResults = {};
  for (const id of templateIds) {
    const v = res[id];
    if (v === 'accept' || v === 'reject' || v === 'ban' || v === 'filter') out[id] = v;
  }
  return out;
}

/**
 * At a natural tap (submit, resubmit, choose courier): ask for the templates of the messages that will follow
 * (≤3) and record the answers, so each accept allows one WeChat message. Never fails the tap's own action: a
 * refusal or an error only means the message centre alone will tell the user.
 */
export async function subscribeAt(moment: TSubscribeMoment, ask: (ids: string[]) => Promise<SubscribeResults> = requestSubscribe): Promise<void> {
  try {
    const templates = cache.get(moment) ?? (await call('meSubscribeTemplates', { query: { moment } })).templates;
    cache.set(moment, templates);
    const asked = templates.slice(0, 3);
    if (asked.length === 0) return;
    const results = await ask(asked.map((t) => t.templateId));
    if (Object.keys(results).length === 0) return;
    await call('meSubscriptionAccepts', { body: { templateKeys: asked.map((t) => t.key), results } });
  } catch {
    // The user can still follow everything in the message centre.
  }
}
