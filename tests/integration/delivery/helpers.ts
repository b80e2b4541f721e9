import { encryptResource, signResponse } from '../../../server/adapters/wechatpay/wechatpay-signing';
import type { SimPayKeys } from '../../../server/adapters/wechatpay/simulator/sim-keys';
import { applyTransition } from '../../../server/services/cases/apply-transition';
import type { TestServer } from '../../helpers/test-server';
import keysFixture from '../../fixtures/wechatpay/sim-keys.json';
import { caseWorld } from '../cases/helpers';
import { call } from '../identity/helpers';

export { call };
export const simKeys = keysFixture as SimPayKeys;

/**
 * A submitted case of an item that may send its result by courier (postage paid by the applicant unless
 * `postageFree`), a township in 腾冲市 to send it to, and the case world's staff.
 */
export async function deliveryWorld(server: TestServer, opts: { postageFree?: boolean; courier?: boolean } = {}) {
  const db = server.dbHandle.db;
  const w = await caseWorld(db);
  await db.serviceItemVersion.update({ where: { id: w.version.id }, data: { courierDelivery: opts.courier ?? true, postageFree: opts.postageFree ?? false } });
  const submitted = await applyTransition(db, { caseId: w.c.id, action: 'submit', actor: w.applicant });
  const township = await db.region.findFirstOrThrow({ where: { level: 'TOWNSHIP', code: { startsWith: '530581' } }, orderBy: { code: 'asc' } });
  const recipient = { name: '张伟', phone: '13912345678', address: { regionCode: township.code, detail: '和顺古镇大石巷8号' } };
  return { ...w, c: submitted.case, township, recipient, token: w.citizen.token };
}

/** Choose EMS to the world's recipient. */
export async function chooseCourier(server: TestServer, w: Awaited<ReturnType<typeof deliveryWorld>>) {
  const r = await call(server, 'PUT', `/api/v1/me/cases/${w.c.id}/delivery`, { token: w.token, body: { method: 'COURIER', recipient: w.recipient } });
  if (r.status !== 200) throw new Error(`choose courier: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A notification signed and encrypted with the simulator's (fixture) keys, as WeChat would send it. */
export function craftNotify(resource: Record<string, unknown>, opts: { eventType?: string; atMs?: number; signingKey?: string; serial?: string; originalType?: string } = {}) {
  const body = JSON.stringify({
    id: `test-${Math.random().toString(16).slice(2)}`,
    create_time: new Date().toISOString(),
    resource_type: 'encrypt-resource',
    event_type: opts.eventType ?? 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: encryptResource(simKeys.apiV3Key, JSON.stringify(resource), opts.originalType ?? 'transaction', opts.originalType ?? 'transaction'),
  });
  const h = signResponse(opts.signingKey ?? simKeys.platformPrivateKey, opts.serial ?? simKeys.platformSerial, body, opts.atMs ?? Date.now());
  const headers = { 'content-type': 'application/json', 'wechatpay-timestamp': h.timestamp, 'wechatpay-nonce': h.nonce, 'wechatpay-serial': h.serial, 'wechatpay-signature': h.signature };
  return { body, headers };
}

export async function postNotify(server: TestServer, n: { body: string; headers: Record<string, string> }, path = '/api/v1/pay/wechat/notify') {
  const res = await server.fetch(path, { method: 'POST', headers: n.headers, body: n.body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Pay an order in the simulator as its payer would (the simulator then posts the signed notify). */
export async function simPay(server: TestServer, outTradeNo: string) {
  const res = await fetch(`${server.wechatPayBaseUrl}/__sim/pay/orders/${outTradeNo}/pay`, { method: 'POST' });
  if (res.status !== 200) throw new Error(`sim pay ${res.status}`);
}

export async function simPayControl(server: TestServer, path: string, body: unknown) {
  const res = await fetch(`${server.wechatPayBaseUrl}/__sim/pay/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.json() as Promise<any>;
}

/** A transaction resource matching an order, for crafted notifies. */
export function transactionFor(p: { outTradeNo: string; amountFen: number }, over: Record<string, unknown> = {}) {
  return {
    appid: 'wx0000000000000000',
    mchid: simKeys.mchid,
    out_trade_no: p.outTradeNo,
    transaction_id: `4200${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    trade_type: 'JSAPI',
    trade_state: 'SUCCESS',
    success_time: new Date().toISOString(),
    payer: { openid: 'x' },
    amount: { total: p.amountFen, payer_total: p.amountFen, currency: 'CNY', payer_currency: 'CNY' },
    ...over,
  };
}

export const waitFor = async (check: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
};
