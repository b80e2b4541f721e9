import { taroMock } from '../../mocks/taro';
import { ApiError } from '@shared/errors';
import type { THomeResponse } from '@shared/schemas/home';
import { buildUrl, call, queryString } from '../../../miniprogram/src/services/request';
import { STORAGE_KEYS } from '../../../miniprogram/src/services/storage';

const home: THomeResponse = {
  city: { code: '530500', name: '保山市', level: 'CITY', parentCode: null },
  counties: [{ code: '530502', name: '隆阳区', level: 'COUNTY', parentCode: '530500', townshipCount: 18 }],
  departments: [{ id: 'd1', code: '11530500MB0000001X', name: '保山市公安局', regionCode: '530500' }],
  stats: { regions: 20, departments: 1, publishedItems: 0 },
};

/** Runs the call and returns what it rejected with, failing the test if it resolved. */
async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error('expected the call to fail');
}

beforeEach(() => {
  taroMock.reset();
  delete process.env.TARO_APP_API_BASE;
});

describe('call() on success', () => {
  it('returns the body parsed by the endpoint schema', async () => {
    taroMock.respondJson(200, { ...home, unexpected: 'dropped by the schema' });

    const result = await call('home');

    expect(result).toEqual(home);
    expect(result).not.toHaveProperty('unexpected');
    expect(taroMock.requests).toHaveLength(1);
    expect(taroMock.requests[0]).toMatchObject({ url: '/api/v1/home', method: 'GET', dataType: 'text' });
  });

  it('rejects a 200 body that breaks the contract with INTERNAL', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    taroMock.respondJson(200, { ...home, stats: { ...home.stats, regions: -1 } }, { 'X-Request-Id': 'req-7' });

    const error = await failureOf(call('home'));

    expect(error).toMatchObject({ code: 'INTERNAL', status: 200, requestId: 'req-7' });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('prefixes the configured API origin', async () => {
    process.env.TARO_APP_API_BASE = 'https://onetrip.example.gov.cn';
    taroMock.respondJson(200, home);

    await call('home');

    expect(taroMock.requests[0]?.url).toBe('https://onetrip.example.gov.cn/api/v1/home');
  });
});

describe('call() on failure', () => {
  it('turns the shared error body into an ApiError with code, message and request id', async () => {
    taroMock.respondJson(404, {
      error: { code: 'NOT_FOUND', message: '您访问的内容不存在', requestId: 'req-42', details: [{ path: 'parent', message: '无此地区' }] },
    });

    const error = await failureOf(call('regionChildren', { query: { parent: '530599' } }));

    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('您访问的内容不存在');
    expect(error.status).toBe(404);
    expect(error.requestId).toBe('req-42');
    expect(error.details).toEqual([{ path: 'parent', message: '无此地区' }]);
  });

  it('falls back to the X-Request-Id header when the body has no request id', async () => {
    taroMock.respondJson(429, { error: { code: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试' } }, { 'x-request-id': 'req-hdr' });

    const error = await failureOf(call('home'));

    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, requestId: 'req-hdr' });
  });

  it('maps a non-JSON 502 from the gateway to SERVICE_UNAVAILABLE with its Chinese message', async () => {
    taroMock.respondWith(() => ({ statusCode: 502, data: '<html><body>502 Bad Gateway</body></html>', header: { 'Content-Type': 'text/html' } }));

    const error = await failureOf(call('home'));

    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 502, message: '服务暂时不可用，请稍后再试' });
  });

  it('maps a 500 whose body is not the error shape to INTERNAL', async () => {
    taroMock.respondJson(500, { message: 'Internal Server Error' });

    const error = await failureOf(call('home'));

    expect(error).toMatchObject({ code: 'INTERNAL', status: 500, message: '系统繁忙，请稍后再试' });
  });

  it('turns a failed request (no answer) into NETWORK with status 0', async () => {
    taroMock.respondWith(() => {
      throw { errMsg: 'request:fail net::ERR_CONNECTION_REFUSED' };
    });

    const error = await failureOf(call('home'));

    expect(error).toMatchObject({ code: 'NETWORK', status: 0, message: '网络连接失败，请检查网络后重试' });
  });

  it('reports a timeout as NETWORK with a timeout message', async () => {
    taroMock.respondWith(() => Promise.reject({ errMsg: 'request:fail timeout' }));

    const error = await failureOf(call('home', { timeout: 5 }));

    expect(error).toMatchObject({ code: 'NETWORK', message: '网络请求超时，请检查网络后重试' });
    expect(taroMock.requests[0]?.timeout).toBe(5);
  });

  it('rejects an invalid query before sending anything', async () => {
    taroMock.respondJson(200, { items: [] });

    const error = await failureOf(call('regionChildren', { query: { parent: 'abc' } }));

    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message: '地区代码应为4到12位数字' });
    expect(error.details?.[0]?.path).toBe('parent');
    expect(taroMock.requests).toHaveLength(0);
  });
});

describe('call() authorization', () => {
  it('sends the stored token as a bearer token', async () => {
    taroMock.storage.set(STORAGE_KEYS.token, 'tok-123');
    taroMock.respondJson(200, home);

    await call('home');

    expect(taroMock.requests[0]?.header?.Authorization).toBe('Bearer tok-123');
  });

  it('sends no Authorization header without a token', async () => {
    taroMock.respondJson(200, home);

    await call('home');

    expect(taroMock.requests[0]?.header).not.toHaveProperty('Authorization');
  });
});

describe('query strings and paths', () => {
  it('puts the validated query on the URL', async () => {
    taroMock.respondJson(200, { items: [] });

    await call('regionChildren', { query: { parent: '530502' } });

    expect(taroMock.requests[0]?.url).toBe('/api/v1/regions?parent=530502');
    expect(taroMock.requests[0]?.data).toBeUndefined();
  });

  it('encodes keys and values, repeats arrays, and drops empty values', () => {
    expect(queryString({ q: '保山 a&b=c', 'k y': 1, list: [1, 2], none: undefined, nil: null })).toBe(
      '?q=%E4%BF%9D%E5%B1%B1%20a%26b%3Dc&k%20y=1&list=1&list=2',
    );
    expect(queryString({})).toBe('');
    expect(queryString(undefined)).toBe('');
  });

  it('fills and encodes path parameters, and refuses a missing one', () => {
    expect(buildUrl('/cases/:id/events', { id: 'a/b c' })).toBe('/api/v1/cases/a%2Fb%20c/events');
    expect(() => buildUrl('/cases/:id', {})).toThrow('Missing path parameter "id"');
  });
});
