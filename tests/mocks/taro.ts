/**
 * Jest stand-in for @tarojs/taro (mapped by moduleNameMapper). Storage is an in-memory map, requests are
 * recorded and answered by a handler each test sets with `taroMock.respondWith`; a handler that throws or
 * rejects plays a network failure, the way wx.request calls `fail`.
 */

export interface MockRequestOptions {
  url: string;
  method?: string;
  header?: Record<string, string>;
  data?: unknown;
  dataType?: string;
  responseType?: string;
  timeout?: number;
}

export interface MockResponse {
  statusCode: number;
  /** With dataType 'text' (what the app's client asks for) this is the raw body text. */
  data: unknown;
  header?: Record<string, string>;
}

export type MockRequestHandler = (options: MockRequestOptions) => MockResponse | Promise<MockResponse>;

const noHandler: MockRequestHandler = (options) => {
  throw { errMsg: `request:fail no handler for ${options.url} (call taroMock.respondWith in the test)` };
};

let handler: MockRequestHandler = noHandler;
const storage = new Map<string, unknown>();
const requests: MockRequestOptions[] = [];
const navigations: string[] = [];

/** Test controls. */
export const taroMock = {
  /** Requests made since the last reset, oldest first. */
  requests,
  /** URLs passed to navigateTo/redirectTo since the last reset. */
  navigations,
  storage,
  respondWith(next: MockRequestHandler): void {
    handler = next;
  },
  /** Shorthand: answer every request with this status and JSON body. */
  respondJson(statusCode: number, body: unknown, header: Record<string, string> = {}): void {
    handler = () => ({ statusCode, data: JSON.stringify(body), header: { 'Content-Type': 'application/json', ...header } });
  },
  reset(): void {
    handler = noHandler;
    storage.clear();
    requests.length = 0;
    navigations.length = 0;
  },
};

function request(options: MockRequestOptions): Promise<MockResponse & { errMsg: string }> {
  requests.push(options);
  return Promise.resolve()
    .then(() => handler(options))
    .then((response) => ({ header: {}, ...response, errMsg: 'request:ok' }));
}

// Taro's sync storage API returns '' for a missing key.
function getStorageSync(key: string): unknown {
  return storage.has(key) ? storage.get(key) : '';
}
function setStorageSync(key: string, value: unknown): void {
  storage.set(key, value);
}
function removeStorageSync(key: string): void {
  storage.delete(key);
}

function navigateTo({ url }: { url: string }): Promise<{ errMsg: string }> {
  navigations.push(url);
  return Promise.resolve({ errMsg: 'navigateTo:ok' });
}
function redirectTo({ url }: { url: string }): Promise<{ errMsg: string }> {
  navigations.push(url);
  return Promise.resolve({ errMsg: 'redirectTo:ok' });
}
function navigateBack(): Promise<{ errMsg: string }> {
  return Promise.resolve({ errMsg: 'navigateBack:ok' });
}
function showToast(): Promise<{ errMsg: string }> {
  return Promise.resolve({ errMsg: 'showToast:ok' });
}

// Page lifecycle hooks do nothing outside a Taro runtime; components still render.
function noopHook(_callback?: (...args: unknown[]) => unknown): void {}
export const useDidShow = noopHook;
export const useDidHide = noopHook;
export const useLoad = noopHook;
export const useReady = noopHook;
export const useLaunch = noopHook;
export const usePullDownRefresh = noopHook;
export const useReachBottom = noopHook;
export function useRouter(): { params: Record<string, string>; path: string } {
  return { params: {}, path: '' };
}

export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB' } as const;
export function getEnv(): string {
  return ENV_TYPE.WEB;
}

const Taro = {
  request,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  navigateTo,
  redirectTo,
  navigateBack,
  showToast,
  getEnv,
  ENV_TYPE,
  useDidShow,
  useDidHide,
  useLoad,
  useReady,
  useLaunch,
  usePullDownRefresh,
  useReachBottom,
  useRouter,
};

export { request, getStorageSync, setStorageSync, removeStorageSync, navigateTo, redirectTo, navigateBack, showToast };
export default Taro;
