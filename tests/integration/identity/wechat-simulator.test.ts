import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { startWeChatSimulator, type WeChatSimulator } from '../../../server/adapters/wechat/simulator/wechat.sim';

const APPID = 'wx1234567890abcdef';
const SECRET = 'sim-secret-for-contract-tests';
let sim: WeChatSimulator;

beforeAll(async () => {
  sim = await startWeChatSimulator({ appid: APPID, secret: SECRET });
});
afterAll(() => sim.stop());
beforeEach(() => sim.state.reset());

const get = async (p: string) => (await fetch(sim.url + p)).json() as Promise<Record<string, unknown>>;
const post = (p: string, body: unknown) => fetch(sim.url + p, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const postJson = async (p: string, body: unknown) => (await post(p, body)).json() as Promise<Record<string, unknown>>;
const code2session = (code: string, appid = APPID, secret = SECRET) =>
  get(`/sns/jscode2session?appid=${appid}&secret=${secret}&js_code=${encodeURIComponent(code)}&grant_type=authorization_code`);
const loginCode = async (openid: string) => (await postJson('/__sim/login-code', { openid })).code as string;
const token = async (force = false) =>
  (await postJson('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: APPID, secret: SECRET, force_refresh: force })).access_token as string;

describe('WeChat simulator: jscode2session', () => {
  it('exchanges a fresh code for the openid and a session_key', async () => {
    const body = await code2session(await loginCode('o-zhangwei'));
    expect(body).toEqual({ openid: 'o-zhangwei', session_key: expect.any(String) });
  });

  it('answers 40163 for a reused code and 40029 for a forged or expired one, always with HTTP 200', async () => {
    const code = await loginCode('o-a');
    await code2session(code);
    expect((await code2session(code)).errcode).toBe(40163);
    expect((await code2session('forged-code')).errcode).toBe(40029);
    const late = await loginCode('o-b');
    await postJson('/__sim/clock', { advanceMs: 5 * 60 * 1000 + 1 });
    expect((await code2session(late)).errcode).toBe(40029);
    const res = await fetch(`${sim.url}/sns/jscode2session?appid=${APPID}&secret=${SECRET}&js_code=x&grant_type=authorization_code`);
    expect(res.status).toBe(200);
  });

  it('rejects a wrong appid or secret', async () => {
    expect((await code2session(await loginCode('o-c'), 'wx0000000000000001')).errcode).toBe(40013);
    expect((await code2session(await loginCode('o-c'), APPID, 'wrong')).errcode).toBe(40125);
  });
});

describe('WeChat simulator: stable_token', () => {
  it('returns the same token until force_refresh, which keeps the old one valid for a grace period', async () => {
    const a = await token();
    expect(await token()).toBe(a);
    const b = await token(true);
    expect(b).not.toBe(a);
    const ok = await postJson(`/wxa/msg_sec_check?access_token=${a}`, { version: 2, openid: 'o', content: 'hi' });
    expect(ok.errcode).toBe(0);
  });

  it('reports 42001 for expired tokens and 40001 for invalidated or unknown ones', async () => {
    const t = await token();
    await postJson('/__sim/tokens', { mode: 'expire' });
    expect((await postJson(`/wxa/msg_sec_check?access_token=${t}`, { version: 2, openid: 'o', content: 'x' })).errcode).toBe(42001);
    const t2 = await token();
    expect(t2).not.toBe(t);
    await postJson('/__sim/tokens', { mode: 'invalidate' });
    expect((await postJson(`/wxa/msg_sec_check?access_token=${t2}`, { version: 2, openid: 'o', content: 'x' })).errcode).toBe(40001);
    expect((await postJson('/wxa/msg_sec_check?access_token=nope', {})).errcode).toBe(40001);
  });

  it('expires tokens after 7200 s', async () => {
    const t = await token();
    await postJson('/__sim/clock', { advanceMs: 7200 * 1000 });
    expect((await postJson(`/wxa/msg_sec_check?access_token=${t}`, { version: 2, openid: 'o', content: 'x' })).errcode).toBe(42001);
  });
});

describe('WeChat simulator: subscribeMessage.send', () => {
  const send = async (data: Record<string, { value: string }>, touser = 'o-sub') =>
    postJson(`/cgi-bin/message/subscribe/send?access_token=${await token()}`, { touser, template_id: 'TPL1', page: 'pages/case/index', data, miniprogram_state: 'formal' });

  it('delivers exactly one message per recorded accept, then 43101', async () => {
    await postJson('/__sim/subscribe-accept', { openid: 'o-sub', templateIds: ['TPL1'] });
    expect((await send({ thing1: { value: '食品经营许可' } })).errcode).toBe(0);
    expect((await send({ thing1: { value: '第二条' } })).errcode).toBe(43101);
    const sent = (await get('/__sim/messages?touser=o-sub')).items as { data: unknown }[];
    expect(sent).toHaveLength(1);
    expect(sent[0]!.data).toEqual({ thing1: { value: '食品经营许可' } });
  });

  it('enforces field limits with 47003 without using up the accept', async () => {
    await postJson('/__sim/subscribe-accept', { openid: 'o-sub', templateIds: ['TPL1'] });
    expect((await send({ thing1: { value: '一'.repeat(21) } })).errcode).toBe(47003);
    expect((await send({ phrase2: { value: '已经办结了啊' } })).errcode).toBe(47003);
    expect((await send({ time3: { value: '明天' } })).errcode).toBe(47003);
    expect((await send({ number4: { value: 'abc' } })).errcode).toBe(47003);
    expect((await send({ thing1: { value: '一'.repeat(20) }, time3: { value: '2026年11月25日 15:01' }, phrase2: { value: '已办结' } })).errcode).toBe(0);
  });

  it('rejects unknown users', async () => {
    expect((await send({ thing1: { value: 'x' } }, 'o-stranger')).errcode).toBe(40003);
  });
});

describe('WeChat simulator: getwxacodeunlimit', () => {
  it('returns a real PNG whose QR code decodes to the scene', async () => {
    const res = await post(`/wxa/getwxacodeunlimit?access_token=${await token()}`, { scene: 'c=2026A0001&t=x', page: 'pages/index/index', width: 430 });
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe('c=2026A0001&t=x');
  });

  it('answers JSON errors (HTTP 200) for a bad scene or page', async () => {
    const t = await token();
    const long = await post(`/wxa/getwxacodeunlimit?access_token=${t}`, { scene: 'x'.repeat(33) });
    expect(long.status).toBe(200);
    expect(long.headers.get('content-type')).toContain('application/json');
    expect(((await long.json()) as { errcode: number }).errcode).toBe(40169);
    expect((await postJson(`/wxa/getwxacodeunlimit?access_token=${t}`, { scene: '中文' })).errcode).toBe(40169);
    expect((await postJson(`/wxa/getwxacodeunlimit?access_token=${t}`, { scene: 'a', page: '/pages/x' })).errcode).toBe(41030);
  });
});

describe('WeChat simulator: getuserphonenumber and msgSecCheck', () => {
  it('resolves a phone code once', async () => {
    const { code } = await postJson('/__sim/phone-code', { phoneNumber: '13812345678' });
    const t = await token();
    const body = await postJson(`/wxa/business/getuserphonenumber?access_token=${t}`, { code });
    expect(body).toMatchObject({ errcode: 0, phone_info: { phoneNumber: '13812345678', purePhoneNumber: '13812345678', countryCode: '86' } });
    expect((await postJson(`/wxa/business/getuserphonenumber?access_token=${t}`, { code })).errcode).toBe(40029);
  });

  it('answers errcode 0 for risky content with suggest=risky', async () => {
    const t = await token();
    const risky = await postJson(`/wxa/msg_sec_check?access_token=${t}`, { version: 2, openid: 'o', scene: 2, content: '网络赌博' });
    expect(risky).toMatchObject({ errcode: 0, result: { suggest: 'risky' } });
    const fine = await postJson(`/wxa/msg_sec_check?access_token=${t}`, { version: 2, openid: 'o', scene: 2, content: '办理营业执照' });
    expect(fine).toMatchObject({ errcode: 0, result: { suggest: 'pass' } });
  });
});

describe('WeChat simulator: faults', () => {
  it('injects 5xx, rate limits and delays, on protocol calls only', async () => {
    await postJson('/__sim/faults', { fail: { count: 1, status: 503 } });
    expect((await post('/cgi-bin/stable_token', {})).status).toBe(503);
    expect((await post('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: APPID, secret: SECRET })).status).toBe(200);
    await postJson('/__sim/faults', { errcode: { count: 2, errcode: 45011 }, pathPrefix: '/sns/' });
    expect((await code2session(await loginCode('o-r'))).errcode).toBe(45011);
    expect((await token()).length).toBeGreaterThan(20); // other paths unaffected
    await postJson('/__sim/faults', { delayMs: 300 });
    const t0 = Date.now();
    await token();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
  });
});
