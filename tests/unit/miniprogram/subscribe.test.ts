import { taroMock, type MockRequestOptions } from '../../mocks/taro';
import { subscribeAt } from '../../../miniprogram/src/services/subscribe';
import { STORAGE_KEYS, writeString } from '../../../miniprogram/src/services/storage';

beforeEach(() => {
  taroMock.reset();
  writeString(STORAGE_KEYS.token, 'token-1');
});

const TEMPLATES = [
  { key: 'case.accepted', templateId: 'T-ACC', title: '申请已受理' },
  { key: 'case.correctionRequired', templateId: 'T-COR', title: '需要补正材料' },
  { key: 'case.notAccepted', templateId: 'T-NOT', title: '申请不予受理' },
];

function server(opts: { failPost?: boolean } = {}) {
  const seen: MockRequestOptions[] = [];
  taroMock.respondWith((o) => {
    seen.push(o);
    if (o.url.includes('/me/subscriptions/templates')) return { statusCode: 200, data: JSON.stringify({ moment: 'submit', templates: TEMPLATES }), header: { 'Content-Type': 'application/json' } };
    if (opts.failPost) return { statusCode: 503, data: JSON.stringify({ error: { code: 'SERVICE_UNAVAILABLE', message: '服务暂不可用' } }), header: { 'Content-Type': 'application/json' } };
    return { statusCode: 200, data: JSON.stringify({ accepted: 1, ignored: 2 }), header: { 'Content-Type': 'application/json' } };
  });
  return seen;
}

describe('subscribeAt', () => {
  it('asks for at most 3 templates of the moment and posts what the user answered', async () => {
    const seen = server();
    const asked: string[][] = [];
    await subscribeAt('submit', async (ids) => {
      asked.push(ids);
      return { 'T-ACC': 'accept', 'T-COR': 'reject', 'T-NOT': 'ban' };
    });
    expect(asked).toEqual([['T-ACC', 'T-COR', 'T-NOT']]);
    const post = seen.find((o) => o.method === 'POST');
    expect(post?.url).toMatch(/\/api\/v1\/me\/subscriptions$/);
    const body = typeof post?.data === 'string' ? JSON.parse(post.data) : post?.data;
    expect(body).toEqual({ templateKeys: ['case.accepted', 'case.correctionRequired', 'case.notAccepted'], results: { 'T-ACC': 'accept', 'T-COR': 'reject', 'T-NOT': 'ban' } });
  });

  it('never fails the tap: a refused dialog or a failing server is swallowed', async () => {
    server({ failPost: true });
    await expect(subscribeAt('resubmit', async () => ({ 'T-ACC': 'accept' }))).resolves.toBeUndefined();
    await expect(subscribeAt('resubmit', () => Promise.reject(new Error('requestSubscribeMessage:fail')))).resolves.toBeUndefined();
  });
});
