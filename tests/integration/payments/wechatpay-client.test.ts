import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWeChatPayClient } from '../../../server/adapters/wechatpay/wechatpay.client';
import { PayNotifyError, WeChatPayError, type WeChatPayClient } from '../../../server/adapters/wechatpay/wechatpay.port';
import { rsaVerify, payParamsMessage, signResponse } from '../../../server/adapters/wechatpay/wechatpay-signing';
import { startWeChatPaySimulator, type WeChatPaySimulator } from '../../../server/adapters/wechatpay/simulator/wechatpay.sim';
import { generateSimPayKeys, type SimPayKeys } from '../../../server/adapters/wechatpay/simulator/sim-keys';
import keysFixture from '../../fixtures/wechatpay/sim-keys.json';

const APPID = 'wx0000000000000000';
const keys = keysFixture as SimPayKeys;

/** A merchant endpoint that records what the simulator posts. */
async function receiver() {
  const got: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      got.push({ headers: req.headers, body });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`, got, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function clientFor(sim: WeChatPaySimulator, mode: 'certificate' | 'publicKey', k: SimPayKeys = keys): WeChatPayClient {
  return createWeChatPayClient({
    baseUrl: sim.url,
    appid: APPID,
    mchid: k.mchid,
    apiV3Key: k.apiV3Key,
    merchantPrivateKey: k.merchantPrivateKey,
    merchantSerial: k.merchantSerial,
    verify: mode === 'publicKey' ? { mode, publicKeyId: k.publicKeyId, publicKey: k.publicKey } : { mode },
  });
}

const outTradeNo = () => `T${Date.now()}${Math.floor(Math.random() * 1e6)}`;

describe.each(['certificate', 'publicKey'] as const)('WeChat Pay client (wechatpay-node-v3) against the simulator, %s mode', (mode) => {
  let sim: WeChatPaySimulator;
  let rx: Awaited<ReturnType<typeof receiver>>;
  let pay: WeChatPayClient;
  beforeAll(async () => {
    sim = await startWeChatPaySimulator({ keys, appids: [APPID], mode });
    rx = await receiver();
    pay = clientFor(sim, mode);
  });
  afterAll(async () => {
    await sim.stop();
    await rx.close();
  });

  it('orders, signs pay parameters, is notified with a verifiable encrypted resource, queries, refunds', async () => {
    const no = outTradeNo();
    const prepay = await pay.createJsapiOrder({ outTradeNo: no, description: '邮寄费', amountFen: 1800, openid: 'o-payer', notifyUrl: rx.url });
    expect(prepay.prepayId).toMatch(/^wx/);
    const p = prepay.payParams;
    expect(p).toMatchObject({ appId: APPID, package: `prepay_id=${prepay.prepayId}`, signType: 'RSA' });
    expect(rsaVerify(keys.merchantCertificate, payParamsMessage(p.appId, p.timeStamp, p.nonceStr, p.package), p.paySign)).toBe(true);
    expect((await pay.queryOrder(no))).toMatchObject({ trade_state: 'NOTPAY', out_trade_no: no });

    await fetch(`${sim.url}/__sim/pay/orders/${no}/pay`, { method: 'POST' });
    const n = rx.got.at(-1)!;
    const opened = await pay.openNotify(n.body, (h) => n.headers[h] as string | undefined);
    expect(opened).toMatchObject({ eventType: 'TRANSACTION.SUCCESS', resource: { out_trade_no: no, trade_state: 'SUCCESS', amount: { total: 1800 }, appid: APPID, mchid: keys.mchid } });
    expect(await pay.queryOrder(no)).toMatchObject({ trade_state: 'SUCCESS' });

    await expect(pay.closeOrder(no)).rejects.toMatchObject({ code: 'ORDERPAID' });
    const refund = await pay.refund({ outTradeNo: no, outRefundNo: `R${no}`, refundFen: 1800, totalFen: 1800, reason: '办件撤回', notifyUrl: rx.url });
    expect(refund.status).toBe('PROCESSING');
    await new Promise((r) => setTimeout(r, 100));
    expect(await pay.queryRefund(`R${no}`)).toMatchObject({ status: 'SUCCESS' });
    const rn = rx.got.at(-1)!;
    expect(await pay.openNotify(rn.body, (h) => rn.headers[h] as string | undefined)).toMatchObject({ eventType: 'REFUND.SUCCESS', resource: { refund_status: 'SUCCESS', out_refund_no: `R${no}` } });
    await expect(pay.refund({ outTradeNo: no, outRefundNo: `R2${no}`, refundFen: 1, totalFen: 1800, reason: 'x', notifyUrl: rx.url })).rejects.toMatchObject({ code: 'NOT_ENOUGH' });
  });

  it('closes an unpaid order (a signed 204) and reports unknown ones as null', async () => {
    const no = outTradeNo();
    await pay.createJsapiOrder({ outTradeNo: no, description: '邮寄费', amountFen: 100, openid: 'o-payer', notifyUrl: rx.url });
    await pay.closeOrder(no);
    expect(await pay.queryOrder(no)).toMatchObject({ trade_state: 'CLOSED' });
    expect(await pay.queryOrder(outTradeNo())).toBeNull();
  });

  it('refuses notifies that are stale, SIGNTEST probes, forged with another key, tampered, or from an unknown serial', async () => {
    const no = outTradeNo();
    await pay.createJsapiOrder({ outTradeNo: no, description: '邮寄费', amountFen: 100, openid: 'o-payer', notifyUrl: rx.url });
    await fetch(`${sim.url}/__sim/pay/orders/${no}/pay`, { method: 'POST' });
    const n = rx.got.at(-1)!;
    const hdr = (over: Record<string, string>) => (h: string) => (over[h] ?? n.headers[h]) as string | undefined;
    const problem = (p: Promise<unknown>) => p.then(() => 'accepted', (e: unknown) => (e instanceof PayNotifyError ? e.problem : String(e)));
    const serial = n.headers['wechatpay-serial'] as string;
    const key = mode === 'publicKey' ? keys.publicKeyPrivate : keys.platformPrivateKey;
    const stale = signResponse(key, serial, n.body, Date.now() - 301_000);
    expect(await problem(pay.openNotify(n.body, hdr({ 'wechatpay-timestamp': stale.timestamp, 'wechatpay-nonce': stale.nonce, 'wechatpay-signature': stale.signature })))).toBe('stale');
    expect(await problem(pay.openNotify(n.body, hdr({ 'wechatpay-signature': 'WECHATPAY/SIGNTEST/abc' })))).toBe('signtest');
    const forger = generateSimPayKeys();
    const forged = signResponse(forger.platformPrivateKey, serial, n.body, Date.now());
    expect(await problem(pay.openNotify(n.body, hdr({ 'wechatpay-timestamp': forged.timestamp, 'wechatpay-nonce': forged.nonce, 'wechatpay-signature': forged.signature })))).toBe('bad_signature');
    expect(await problem(pay.openNotify(n.body.replace('"TRANSACTION.SUCCESS"', '"TRANSACTION.SUCCESS" '), hdr({})))).toBe('bad_signature');
    expect(await problem(pay.openNotify(n.body, hdr({ 'wechatpay-serial': 'PUB_KEY_ID_0000DEADBEEF' })))).toBe('unknown_serial');
    expect(await problem(pay.openNotify(n.body, hdr({ 'wechatpay-signature': '' })))).toBe('missing_headers');
  });

  it('rejects an unsigned or wrongly signed success answer', async () => {
    const other = await startWeChatPaySimulator({ keys: { ...keys, platformPrivateKey: generateSimPayKeys().platformPrivateKey, publicKeyPrivate: generateSimPayKeys().publicKeyPrivate }, appids: [APPID], mode });
    try {
      const err = await clientFor(other, mode).createJsapiOrder({ outTradeNo: outTradeNo(), description: '邮寄费', amountFen: 100, openid: 'o', notifyUrl: rx.url }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WeChatPayError);
      expect((err as WeChatPayError).code).toBe('SIGN_INVALID');
    } finally {
      await other.stop();
    }
  });
});
