// Stands in for @tarojs/taro in jest: the APIs the app uses, with requests routed to a
// handler the test installs, storage in memory, and page lifecycle hooks that tests fire.
import { useEffect, useRef } from 'react';

export interface RequestOptions {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
  timeout?: number;
  success?: (res: { statusCode: number; data: unknown; header: Record<string, string> }) => void;
  fail?: (err: { errMsg: string }) => void;
}

type Handler = (opts: RequestOptions) => void;

let handler: Handler = (opts) => opts.fail?.({ errMsg: 'request:fail no handler' });
const storage = new Map<string, unknown>();
const pageListeners = new Map<string, Set<() => unknown>>();
let routerParams: Record<string, string> = {};
let appBaseInfo: Record<string, unknown> = {};
/** What wx.login() answers next: a code, or a failure. */
let loginResult: { code: string } | { fail: string } = { code: 'ok-villager' };
/** What WeChat's subscribe dialog answers next: accept/reject per template, or a failure. */
let subscribeAnswer: Record<string, string> | { fail: string } = {};

export const calls = {
  requests: [] as RequestOptions[],
  navigateTo: [] as string[],
  toasts: [] as string[],
  phoneCalls: [] as string[],
  logins: 0,
  /** The template ids of each subscribe dialog shown. */
  subscribeRequests: [] as string[][],
};

export function setRequestHandler(next: Handler): void {
  handler = next;
}

export function setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}

export function setAppBaseInfo(info: Record<string, unknown>): void {
  appBaseInfo = info;
}

export function setSubscribeAnswer(next: typeof subscribeAnswer): void {
  subscribeAnswer = next;
}

export function setLoginResult(next: typeof loginResult): void {
  loginResult = next;
}

/** What is in Taro storage now (tests check what survives a reload). */
export function storedValue(key: string): unknown {
  return storage.get(key);
}

/** Fires a page lifecycle event (reachBottom, pullDownRefresh, didShow) on every mounted page. */
export async function firePageEvent(name: 'reachBottom' | 'pullDownRefresh' | 'didShow'): Promise<void> {
  await Promise.all([...(pageListeners.get(name) ?? [])].map((fn) => fn()));
}

export function resetTaroShim(): void {
  storage.clear();
  pageListeners.clear();
  routerParams = {};
  appBaseInfo = {};
  loginResult = { code: 'ok-villager' };
  calls.requests = [];
  calls.navigateTo = [];
  calls.toasts = [];
  calls.phoneCalls = [];
  calls.logins = 0;
  calls.subscribeRequests = [];
  subscribeAnswer = {};
  handler = (opts) => opts.fail?.({ errMsg: 'request:fail no handler' });
}

function usePageEvent(name: string, fn: () => unknown): void {
  const ref = useRef(fn);
  ref.current = fn;
  useEffect(() => {
    const cb = () => ref.current();
    if (!pageListeners.has(name)) pageListeners.set(name, new Set());
    pageListeners.get(name)!.add(cb);
    return () => {
      pageListeners.get(name)?.delete(cb);
    };
  }, [name]);
}

export const useReachBottom = (fn: () => unknown) => usePageEvent('reachBottom', fn);
export const usePullDownRefresh = (fn: () => unknown) => usePageEvent('pullDownRefresh', fn);
export const useShareAppMessage = (fn: () => unknown) => usePageEvent('shareAppMessage', fn);
export const useLaunch = (fn: () => unknown) => useEffect(() => void fn(), []);
// Taro fires didShow when a page first shows, and again each time it comes back into view.
export const useDidShow = (fn: () => unknown) => {
  usePageEvent('didShow', fn);
  useEffect(() => void fn(), []);
};
export const useRouter = () => ({ params: routerParams, path: '' });

/** The share payload the current page would give WeChat. */
export function shareMessage(): unknown {
  const fns = [...(pageListeners.get('shareAppMessage') ?? [])];
  return fns.length ? fns[fns.length - 1]() : undefined;
}

const Taro = {
  request(opts: RequestOptions) {
    calls.requests.push(opts);
    handler(opts);
    return Promise.resolve();
  },
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  login: () => {
    calls.logins += 1;
    const r = loginResult;
    return 'code' in r ? Promise.resolve({ code: r.code, errMsg: 'login:ok' }) : Promise.reject({ errMsg: r.fail });
  },
  navigateTo: (opts: { url: string }) => {
    calls.navigateTo.push(opts.url);
    return Promise.resolve();
  },
  redirectTo: (opts: { url: string }) => {
    calls.navigateTo.push(opts.url);
    return Promise.resolve();
  },
  navigateBack: () => Promise.resolve(),
  switchTab: () => Promise.resolve(),
  stopPullDownRefresh: () => undefined,
  makePhoneCall: (opts: { phoneNumber: string }) => {
    calls.phoneCalls.push(opts.phoneNumber);
    return Promise.resolve();
  },
  openLocation: () => Promise.resolve(),
  setClipboardData: () => Promise.resolve(),
  showToast: (opts: { title: string }) => {
    calls.toasts.push(opts.title);
    return Promise.resolve();
  },
  requestSubscribeMessage: (opts: { tmplIds: string[] }) => {
    calls.subscribeRequests.push(opts.tmplIds);
    const r = subscribeAnswer;
    return 'fail' in r ? Promise.reject({ errMsg: r.fail }) : Promise.resolve({ errMsg: 'requestSubscribeMessage:ok', ...r });
  },
  getAppBaseInfo: () => appBaseInfo,
};

export default Taro;
