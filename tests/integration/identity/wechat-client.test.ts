import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { createWeChatClient } from '../../../server/adapters/wechat/wechat.client';
import { WeChatApiError, type WeChatClient } from '../../../server/adapters/wechat/wechat.port';
import { startWeChatSimulator, type WeChatSimulator } from '../../../server/adapters/wechat/simulator/wechat.sim';

const APPID = 'wx1234567890abcdef';
const SECRET = 'sim-secret-for-contract-tests';
let sim: WeChatSimulator;
let client: WeChatClient;

beforeAll(async () => {
  sim = await startWeChatSimulator({ appid: APPID, secret: SECRET });
});
afterAll(() => sim.stop());
beforeEach(() => {
  sim.state.reset();
  client = createWeChatClient({ baseUrl: sim.url, appid: APPID, secret: SECRET, timeoutMs: 1000 });
});

const tokenCalls = () => sim.state.calls.filter((c) => c.path === '/cgi-bin/stable_token').length;
const errcodeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof WeChatApiError) return e.errcode;
    throw e;
  }
  throw new Error('expected a WeChatApiError');
};

describe('WeChat client against the simulator', () => {
  it('code2Session returns the openid; reused and forged codes become typed errors', async () => {
    const code = sim.state.issueLoginCode('o-client', 'u-1');
    await expect(client.code2Session(code)).resolves.toEqual({ openid: 'o-client', unionid: 'u-1', sessionKey: expect.any(String) });
    expect(await errcodeOf(client.code2Session(code))).toBe(40163);
    expect(await errcodeOf(client.code2Session('forged'))).toBe(40029);
  });

  it('caches the stable token and shares one request between concurrent callers', async () => {
    const [a, b] = await Promise.all([client.getAccessToken(), client.getAccessToken()]);
    expect(a).toBe(b);
    await client.getAccessToken();
    expect(tokenCalls()).toBe(1);
  });

  it('refreshes once on 40001 and on 42001, then succeeds', async () => {
    await client.getAccessToken();
    sim.state.invalidateTokens();
    await expect(client.msgSecCheck({ openid: 'o', content: '你好' })).resolves.toEqual({ suggest: 'pass', label: 100 });
    sim.state.expireTokens();
    await expect(client.msgSecCheck({ openid: 'o', content: '赌博' })).resolves.toMatchObject({ suggest: 'risky' });
    expect(tokenCalls()).toBe(3);
  });

  it('does not loop when the fresh token fails again', async () => {
    await client.getAccessToken();
    sim.state.invalidateTokens();
    sim.state.faults.errcodeNext = { count: 5, errcode: 40001 };
    sim.state.faults.pathPrefix = '/wxa/';
    expect(await errcodeOf(client.msgSecCheck({ openid: 'o', content: 'x' }))).toBe(40001);
    expect(sim.state.calls.filter((c) => c.path === '/wxa/msg_sec_check')).toHaveLength(2);
  });

  it('getWxaCodeUnlimit returns PNG bytes and turns a JSON body into a typed error', async () => {
    const png = PNG.sync.read(await client.getWxaCodeUnlimit({ scene: 'case=A1', page: 'pages/index/index', width: 300 }));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe('case=A1');
    expect(await errcodeOf(client.getWxaCodeUnlimit({ scene: 'x'.repeat(40) }))).toBe(40169);
  });

  it('sends one subscribe message per accept; 43101 is not retryable', async () => {
    sim.state.knownOpenids.add('o-s');
    sim.state.recordAccept('o-s', 'TPL');
    await client.sendSubscribeMessage({ touser: 'o-s', templateId: 'TPL', data: { thing1: { value: '已受理' } } });
    const err = await client.sendSubscribeMessage({ touser: 'o-s', templateId: 'TPL', data: { thing1: { value: '已受理' } } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WeChatApiError);
    expect((err as WeChatApiError).errcode).toBe(43101);
    expect((err as WeChatApiError).retryable).toBe(false);
    expect(sim.state.sent).toHaveLength(1);
  });

  it('getUserPhoneNumber returns the phone behind a code', async () => {
    const code = sim.state.issuePhoneCode('13900001111');
    await expect(client.getUserPhoneNumber(code)).resolves.toEqual({ phoneNumber: '13900001111', purePhoneNumber: '13900001111', countryCode: '86' });
  });

  it('maps 5xx, rate limits and timeouts to retryable errors', async () => {
    sim.state.faults.failNext = { count: 1, status: 502 };
    const e1 = (await client.code2Session('x').catch((e: unknown) => e)) as WeChatApiError;
    expect([e1.errcode, e1.retryable]).toEqual([-2, true]);
    sim.state.faults = { ...sim.state.noFaults(), errcodeNext: { count: 1, errcode: 45011 } };
    const e2 = (await client.code2Session('x').catch((e: unknown) => e)) as WeChatApiError;
    expect([e2.errcode, e2.retryable]).toEqual([45011, true]);
    sim.state.faults = { ...sim.state.noFaults(), delayMs: 1500 };
    const e3 = (await client.code2Session('x').catch((e: unknown) => e)) as WeChatApiError;
    expect([e3.errcode, e3.errmsg]).toEqual([-2, 'timeout']);
  });
});
