// A small WeChat runtime for the compiled mini-program (`dist/weapp`), in Node.
//
// It does what WeChat's logic layer does for this app and nothing more: runs the compiled
// files with WeChat's globals (`wx`, `App`, `Page`, `Component`, `getApp`,
// `getCurrentPages`) and without the browser's and Node's (they are passed as `undefined`,
// so code reaching for `window` or `process` breaks here as it would on a phone); keeps each
// page's data tree from `setData`; runs the page stack (navigateTo, redirectTo, switchTab,
// navigateBack) against `app.json`; and dispatches taps the way WeChat does, only to nodes
// whose template in `base.wxml` binds the event, bubbling to the ancestors that bind it.
//
// `wx` carries every name in WeChat's API list (see wechat-apis.mjs). The ones this app
// needs are implemented and every call is recorded; any other is a WeChat API this runtime
// does not provide and fails the test by name, as does a deprecated API, reading a `wx`
// name WeChat does not have, a navigation to a path not in app.json, a subscribe request
// outside a tap, and any error the app throws in a callback.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import vm from 'node:vm';
import { wechatApis } from './wechat-apis.mjs';

/** Globals a browser or Node has and WeChat's logic layer does not. */
export const HIDDEN_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'history', 'self', 'parent', 'top', 'frames',
  'global', 'globalThis', 'process', 'Buffer', 'setImmediate', 'clearImmediate',
  'queueMicrotask', 'MessageChannel', 'MessagePort', 'BroadcastChannel', 'Worker',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Headers', 'Request', 'Response', 'FormData', 'Blob', 'File',
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal',
  'localStorage', 'sessionStorage', 'indexedDB', 'caches', 'crypto', 'performance',
  'structuredClone', 'atob', 'btoa', 'requestAnimationFrame', 'cancelAnimationFrame',
  'Event', 'EventTarget', 'CustomEvent', 'HTMLElement', 'Element', 'Node', 'MutationObserver', 'IntersectionObserver',
];

/** Events WeChat bubbles from the tapped node to its ancestors. */
const BUBBLING = new Set(['tap', 'longpress', 'longtap', 'touchstart', 'touchmove', 'touchend', 'touchcancel']);

const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/**
 * Starts a mini-program from `dist`. `send(request)` answers `wx.request` (over real HTTP, in
 * the tests); `loginCode()` answers `wx.login`; `fontSizeSetting` is WeChat's font size (16
 * standard). Returns the runtime; call `launch()` first.
 */
export function createRuntime({ dist, send, loginCode, fontSizeSetting = 16, modalAnswers = [] }) {
  const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));
  const routes = new Set([...(appJson.pages ?? []), ...(appJson.subPackages ?? appJson.subpackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`))]);
  const tabRoutes = new Set((appJson.tabBar?.list ?? []).map((t) => t.pagePath));
  const templates = readTemplates(join(dist, 'base.wxml'));
  const xs = loadWxs(join(dist, 'utils.wxs'));
  const apis = wechatApis();

  /** Everything that happened, in order, for the printout: pages, taps, API calls. */
  const log = [];
  /** What would break on a phone; the tests expect this to stay empty. */
  const problems = [];
  const problem = (text) => {
    problems.push(text);
    log.push({ kind: 'problem', text });
  };
  const calls = [];
  const record = (name, args, extra = {}) => {
    const entry = { name, args: clone(args), ...extra };
    calls.push(entry);
    log.push({ kind: 'api', name, args: entry.args, ...extra });
    return entry;
  };

  // Timers the app sets, so `close()` can clear them and an error in one is reported.
  const timers = new Set();
  const guarded = (fn, what) => (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      problem(`uncaught error in ${what}: ${e?.stack ?? e}`);
    }
  };
  const appTimers = {
    setTimeout: (fn, ms, ...a) => {
      const t = setTimeout(() => {
        timers.delete(t);
        guarded(fn, 'a timer')(...a);
      }, ms);
      timers.add(t);
      return t;
    },
    clearTimeout: (t) => {
      timers.delete(t);
      clearTimeout(t);
    },
    setInterval: (fn, ms, ...a) => {
      const t = setInterval(guarded(fn, 'an interval'), ms, ...a);
      timers.add(t);
      return t;
    },
    clearInterval: (t) => {
      timers.delete(t);
      clearInterval(t);
    },
  };
  /** WeChat answers most APIs asynchronously; so does this runtime. */
  const later = (fn) => appTimers.setTimeout(fn, 0);

  // ---- storage ----
  const storage = new Map();
  const storageApis = {
    setStorageSync: (key, value) => void storage.set(String(key), JSON.stringify(value === undefined ? null : value)),
    getStorageSync: (key) => (storage.has(String(key)) ? JSON.parse(storage.get(String(key))) : ''),
    removeStorageSync: (key) => void storage.delete(String(key)),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 1, limitSize: 10240 }),
  };

  // ---- pages ----
  const pageConfigs = new Map(); // route -> the object passed to Page()
  const stack = [];
  const tabInstances = new Map();
  let loadingRoute = null;
  let app = null;

  function parseUrl(url) {
    const [path, search = ''] = String(url).split('?');
    const route = normalize(path.replace(/^\/+/, '')).split('\\').join('/');
    const query = {};
    for (const pair of search.split('&').filter(Boolean)) {
      const [k, v = ''] = pair.split('=');
      query[decodeURIComponent(k)] = decodeURIComponent(v);
    }
    return { route, query };
  }

  function instantiate(route, query) {
    if (!pageConfigs.has(route)) {
      loadingRoute = route;
      modules.require(join(dist, `${route}.js`));
      loadingRoute = null;
      if (!pageConfigs.has(route)) throw new Error(`${route}.js did not call Page()`);
    }
    const cfg = pageConfigs.get(route);
    const page = { ...cfg, data: clone(cfg.data ?? {}), route, __route__: route, options: query, setDataCalls: 0 };
    page.setData = (patch, callback) => {
      page.setDataCalls += 1;
      for (const [key, value] of Object.entries(patch)) setPath(page.data, key, clone(value));
      if (typeof callback === 'function') later(guarded(callback.bind(page), `${route} setData callback`));
    };
    page.getOpenerEventChannel = () => ({ emit() {}, on() {}, once() {}, off() {} });
    page.selectComponent = () => null;
    page.selectAllComponents = () => [];
    page.createSelectorQuery = () => wx.createSelectorQuery();
    return page;
  }

  const lifecycle = (page, name, ...args) => {
    if (typeof page?.[name] === 'function') guarded(() => page[name](...args), `${page.route}.${name}`)();
  };

  function open(route, query) {
    const page = instantiate(route, query);
    stack.push(page);
    log.push({ kind: 'page', text: `open ${route}${Object.keys(query).length ? '?' + new URLSearchParams(query) : ''}` });
    lifecycle(page, 'onLoad', query);
    lifecycle(page, 'onShow');
    later(() => lifecycle(page, 'onReady'));
    return page;
  }
  const top = () => stack[stack.length - 1];
  const unload = (page) => {
    log.push({ kind: 'page', text: `close ${page.route}` });
    lifecycle(page, 'onUnload');
  };

  /** Runs a navigation API: checks the path against app.json, then moves the stack. */
  function navigation(name, move) {
    return (options = {}) => {
      record(name, { url: options.url, delta: options.delta });
      const finish = (error) => {
        if (error) {
          problem(`${name}: ${error}`);
          options.fail?.({ errMsg: `${name}:fail ${error}` });
        } else options.success?.({ errMsg: `${name}:ok` });
        options.complete?.({ errMsg: `${name}:${error ? 'fail' : 'ok'}` });
      };
      later(() => {
        let error = null;
        try {
          error = move(options);
        } catch (e) {
          error = String(e?.stack ?? e);
        }
        finish(error);
      });
    };
  }
  const checkRoute = (route) => (routes.has(route) ? null : `page "${route}" is not found in app.json`);

  const navigationApis = {
    navigateTo: navigation('navigateTo', ({ url }) => {
      const { route, query } = parseUrl(url);
      if (checkRoute(route)) return checkRoute(route);
      if (tabRoutes.has(route)) return `can not navigateTo a tabbar page "${route}"`;
      if (stack.length >= 10) return 'webview count limit exceed';
      lifecycle(top(), 'onHide');
      open(route, query);
      return null;
    }),
    redirectTo: navigation('redirectTo', ({ url }) => {
      const { route, query } = parseUrl(url);
      if (checkRoute(route)) return checkRoute(route);
      if (tabRoutes.has(route)) return `can not redirectTo a tabbar page "${route}"`;
      const current = stack.pop();
      if (current) tabRoutes.has(current.route) ? lifecycle(current, 'onHide') : unload(current);
      open(route, query);
      return null;
    }),
    switchTab: navigation('switchTab', ({ url }) => {
      const { route } = parseUrl(url);
      if (checkRoute(route)) return checkRoute(route);
      if (!tabRoutes.has(route)) return `can not switch to no-tabBar page "${route}"`;
      showTab(route);
      return null;
    }),
    reLaunch: navigation('reLaunch', ({ url }) => {
      const { route, query } = parseUrl(url);
      if (checkRoute(route)) return checkRoute(route);
      while (stack.length) unload(stack.pop());
      tabInstances.clear();
      if (tabRoutes.has(route)) showTab(route);
      else open(route, query);
      return null;
    }),
    navigateBack: navigation('navigateBack', ({ delta = 1 }) => {
      if (stack.length <= 1) return 'cannot navigate back at first page.';
      for (let i = 0; i < delta && stack.length > 1; i++) unload(stack.pop());
      lifecycle(top(), 'onShow');
      return null;
    }),
  };

  function showTab(route) {
    // Pages above the tab bar close; tab pages stay alive and are only hidden.
    while (stack.length) {
      const page = stack.pop();
      if (tabRoutes.has(page.route)) lifecycle(page, 'onHide');
      else unload(page);
    }
    const existing = tabInstances.get(route);
    if (existing) {
      stack.push(existing);
      log.push({ kind: 'page', text: `show tab ${route}` });
      lifecycle(existing, 'onShow');
    } else tabInstances.set(route, open(route, {}));
  }

  // ---- taps ----
  let tapDepth = 0;

  /** The template base.wxml renders a node with, from its place in the tree (as base.wxml picks it). */
  function templateOf(path) {
    let c = 0;
    let l = '';
    let name = null;
    for (const node of path) {
      name = xs.a(c, node.nn, l);
      if (name === 'tmpl_15_container') {
        // Deep nodes go through the recursive `comp` component, which starts again at level 0.
        name = `tmpl_0_${node.nn}`;
        c = 1;
        l = xs.f('', node.nn);
      } else {
        c += 1;
        l = xs.f(l, node.nn);
      }
    }
    const t = templates.get(name);
    // Inputs pick a `_focus` or `_blur` variant of their template.
    if (t?.variants) return templates.get(`${name}_${path[path.length - 1].focus !== undefined ? 'focus' : 'blur'}`);
    return t;
  }

  /** Which way the node's template binds an event: 'bind', 'catch' or null. */
  function binding(path, type) {
    const t = templateOf(path);
    if (!t) return null;
    if (t.attrs.includes(`catch${type}="eh"`)) return 'catch';
    if (t.attrs.includes(`bind${type}="eh"`)) return 'bind';
    return null;
  }

  function eventFor(node, type, detail) {
    const target = { id: node.uid || node.sid, dataset: { sid: node.sid } };
    return { type, timeStamp: Date.now(), target, currentTarget: target, detail, touches: [], changedTouches: [], mark: {}, mut: false, _userTap: type === 'tap' };
  }

  /**
   * Fires a native event at a node found in the page's tree (`path` from the root's first
   * child down to it). The node's own template must bind the event; a bubbling event then
   * reaches each ancestor whose template binds it, until one catches it.
   */
  function fire(page, path, type, detail = {}) {
    const node = path[path.length - 1];
    const how = binding(path, type);
    if (!how) {
      const t = templateOf(path);
      problem(`${type} on a node that does not bind it: <${t?.tag ?? '?'}> class "${node.cl ?? ''}" (template ${t?.name ?? 'unknown'}) in ${page.route}`);
      return false;
    }
    log.push({ kind: 'event', text: `${type} ${describe(node)} in ${page.route}` });
    if (type === 'tap') tapDepth += 1;
    try {
      guarded(() => page.eh(eventFor(node, type, detail)), `${page.route} ${type} handler`)();
      if (BUBBLING.has(type) && how === 'bind') {
        for (let i = path.length - 2; i >= 0; i--) {
          const up = binding(path.slice(0, i + 1), type);
          if (!up) continue;
          const e = eventFor(path[i], type, detail);
          e.target = { id: node.uid || node.sid, dataset: { sid: node.sid } };
          guarded(() => page.eh(e), `${page.route} ${type} handler`)();
          if (up === 'catch') break;
        }
      }
    } finally {
      if (type === 'tap') tapDepth -= 1;
    }
    return true;
  }

  // ---- wx ----
  let loginCount = 0;
  let inFlight = 0;
  const modalQueue = [...modalAnswers];
  const withCallbacks = (name, answer) => (options = {}) => {
    record(name, stripCallbacks(options));
    later(() => {
      let res;
      try {
        res = { errMsg: `${name}:ok`, ...answer(options) };
      } catch (e) {
        const errMsg = `${name}:fail ${e.message}`;
        options.fail?.({ errMsg });
        options.complete?.({ errMsg });
        return;
      }
      options.success?.(res);
      options.complete?.(res);
    });
  };

  const implemented = {
    ...storageApis,
    ...navigationApis,
    request(options) {
      const entry = record('request', { url: options.url, method: options.method ?? 'GET', data: options.data });
      inFlight += 1;
      let aborted = false;
      const started = Date.now();
      send({ url: options.url, method: options.method ?? 'GET', header: options.header ?? {}, data: options.data, timeout: options.timeout ?? 60000 }).then(
        ({ statusCode, headers, body }) => {
          inFlight -= 1;
          if (aborted) return;
          let data = body;
          if ((options.dataType ?? 'json') === 'json') {
            try {
              data = JSON.parse(body);
            } catch {
              // WeChat hands over the text when it is not JSON.
            }
          }
          entry.statusCode = statusCode;
          entry.ms = Date.now() - started;
          const res = { data, statusCode, header: headers, cookies: [], errMsg: 'request:ok' };
          guarded(() => options.success?.(res), 'request success callback')();
          guarded(() => options.complete?.(res), 'request complete callback')();
        },
        (error) => {
          inFlight -= 1;
          if (aborted) return;
          entry.error = String(error?.message ?? error);
          const res = { errMsg: `request:fail ${entry.error}` };
          guarded(() => options.fail?.(res), 'request fail callback')();
          guarded(() => options.complete?.(res), 'request complete callback')();
        },
      );
      return {
        abort() {
          aborted = true;
          const res = { errMsg: 'request:fail abort' };
          options.fail?.(res);
          options.complete?.(res);
        },
        onHeadersReceived() {},
        offHeadersReceived() {},
        onChunkReceived() {},
        offChunkReceived() {},
      };
    },
    login: withCallbacks('login', () => {
      loginCount += 1;
      return { code: loginCode(loginCount) };
    }),
    checkSession: withCallbacks('checkSession', () => ({})),
    getAppBaseInfo() {
      record('getAppBaseInfo', {});
      return { SDKVersion: '3.6.0', enableDebug: false, host: { appId: 'wx-test-host' }, language: 'zh_CN', version: '8.0.50', theme: 'light', fontSizeSetting };
    },
    getWindowInfo() {
      record('getWindowInfo', {});
      return { pixelRatio: 2, screenWidth: 375, screenHeight: 812, windowWidth: 375, windowHeight: 724, statusBarHeight: 44, safeArea: { left: 0, right: 375, top: 44, bottom: 778, width: 375, height: 734 }, screenTop: 0 };
    },
    getDeviceInfo() {
      record('getDeviceInfo', {});
      return { abi: 'arm64-v8a', benchmarkLevel: 1, brand: 'test', model: 'test phone', system: 'Android 12', platform: 'android', memorySize: 4096 };
    },
    getLaunchOptionsSync: () => ({ path: appJson.pages[0], query: {}, scene: 1001, referrerInfo: {} }),
    getEnterOptionsSync: () => ({ path: appJson.pages[0], query: {}, scene: 1001, referrerInfo: {} }),
    canIUse: (schema) => typeof implemented[String(schema).split('.')[0]] === 'function',
    nextTick: (fn) => void Promise.resolve().then(guarded(fn, 'wx.nextTick')),
    getNetworkType: withCallbacks('getNetworkType', () => ({ networkType: 'wifi' })),
    onNetworkStatusChange: (fn) => void record('onNetworkStatusChange', {}),
    offNetworkStatusChange: () => undefined,
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    offAppShow: () => undefined,
    offAppHide: () => undefined,
    onError: () => undefined,
    onUnhandledRejection: () => undefined,
    onPageNotFound: () => undefined,
    getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
    showToast: withCallbacks('showToast', () => ({})),
    hideToast: withCallbacks('hideToast', () => ({})),
    showLoading: withCallbacks('showLoading', () => ({})),
    hideLoading: withCallbacks('hideLoading', () => ({})),
    showModal: withCallbacks('showModal', () => {
      const confirm = modalQueue.length ? modalQueue.shift() : true;
      return { confirm, cancel: !confirm };
    }),
    makePhoneCall: withCallbacks('makePhoneCall', ({ phoneNumber }) => {
      if (!/^[\d+\-\s]{3,}$/.test(String(phoneNumber ?? ''))) throw new Error('parameter error: phoneNumber');
      return {};
    }),
    openLocation: withCallbacks('openLocation', ({ latitude, longitude }) => {
      if (typeof latitude !== 'number' || typeof longitude !== 'number') throw new Error('parameter error: latitude and longitude must be numbers');
      return {};
    }),
    requestSubscribeMessage(options = {}) {
      const inTap = tapDepth > 0;
      record('requestSubscribeMessage', stripCallbacks(options), { inTap });
      later(() => {
        if (!inTap) {
          problem('requestSubscribeMessage called outside a tap: WeChat refuses it ("can only be invoked by user TAP gesture")');
          const res = { errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.', errCode: 20004 };
          options.fail?.(res);
          options.complete?.(res);
          return;
        }
        const res = { errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries((options.tmplIds ?? []).map((id) => [id, 'accept'])) };
        options.success?.(res);
        options.complete?.(res);
      });
    },
    // The badge on a tab (unread messages on 我的): the index must name a tab in app.json.
    ...Object.fromEntries(
      ['setTabBarBadge', 'removeTabBarBadge', 'showTabBarRedDot', 'hideTabBarRedDot'].map((name) => [
        name,
        withCallbacks(name, ({ index, text }) => {
          if (!Number.isInteger(index) || index < 0 || index >= (appJson.tabBar?.list?.length ?? 0)) throw new Error(`tabbar item not found: index ${index}`);
          if (name === 'setTabBarBadge' && typeof text !== 'string') throw new Error('parameter error: text should be a string');
          return {};
        }),
      ]),
    ),
    setClipboardData: withCallbacks('setClipboardData', () => ({})),
    stopPullDownRefresh: withCallbacks('stopPullDownRefresh', () => ({})),
    startPullDownRefresh: withCallbacks('startPullDownRefresh', () => ({})),
    setNavigationBarTitle: withCallbacks('setNavigationBarTitle', () => ({})),
    showShareMenu: withCallbacks('showShareMenu', () => ({})),
    pageScrollTo: withCallbacks('pageScrollTo', () => ({})),
    hideKeyboard: withCallbacks('hideKeyboard', () => ({})),
    vibrateShort: withCallbacks('vibrateShort', () => ({})),
    createSelectorQuery() {
      const query = { in: () => query, select: () => node, selectAll: () => node, selectViewport: () => node, exec: (cb) => later(() => cb?.([])) };
      const node = { boundingClientRect: () => query, scrollOffset: () => query, fields: () => query, node: () => query, context: () => query };
      return query;
    },
  };

  const wxTarget = {};
  for (const [name, deprecated] of apis.methods) {
    const impl = implemented[name];
    wxTarget[name] = (...args) => {
      if (deprecated) problem(`wx.${name} is deprecated in WeChat`);
      if (!impl) {
        record(name, stripCallbacks(args[0]));
        problem(`wx.${name} is a WeChat API this test runtime does not provide`);
        throw new Error(`wx.${name} is not provided by the test runtime`);
      }
      return impl(...args);
    };
  }
  for (const name of Object.keys(implemented)) if (!apis.methods.has(name)) throw new Error(`runtime implements wx.${name}, which WeChat does not have`);
  for (const name of apis.properties) wxTarget[name] = undefined;
  const wx = new Proxy(wxTarget, {
    get(target, name, receiver) {
      // webpack keeps its chunk list on wx (`wx.webpackJsonp`); everything else must be WeChat's.
      if (typeof name === 'string' && !(name in target) && name !== 'webpackJsonp') problem(`read wx.${name}, which WeChat does not have`);
      return Reflect.get(target, name, receiver);
    },
  });

  // ---- modules ----
  const globals = {
    wx,
    App: (cfg) => {
      app = cfg;
    },
    Page: (cfg) => {
      if (!loadingRoute) throw new Error('Page() called outside a page file');
      pageConfigs.set(loadingRoute, cfg);
    },
    Component: () => undefined,
    Behavior: (b) => b,
    getApp: () => app,
    getCurrentPages: () => [...stack],
    requirePlugin: (name) => {
      problem(`requirePlugin("${name}")`);
    },
    console,
    ...appTimers,
    // WeChat refuses to compile code at run time (no eval, no new Function).
    Function: new Proxy(Function, {
      apply() {
        throw new Error('Function() is not allowed in WeChat');
      },
      construct() {
        throw new Error('new Function() is not allowed in WeChat');
      },
    }),
  };
  const modules = moduleLoader(dist, globals);

  return {
    wx,
    log,
    problems,
    calls,
    storage: storageApis,
    routes,
    tabRoutes,
    appJson,
    get app() {
      return app;
    },
    pages: () => [...stack],
    current: top,
    /** Loads app.js and opens the first page, as WeChat does on a cold start. */
    launch() {
      modules.require(join(dist, 'app.js'));
      if (!app) throw new Error('app.js did not call App()');
      const launch = { path: appJson.pages[0], query: {}, scene: 1001, referrerInfo: {} };
      log.push({ kind: 'page', text: 'launch' });
      lifecycle(app, 'onLaunch', launch);
      lifecycle(app, 'onShow', launch);
      tabInstances.set(appJson.pages[0], open(appJson.pages[0], {}));
    },
    /** The villager taps a tab in WeChat's own tab bar (drawn by WeChat, not in any page's tree). */
    tapTabBar(route) {
      const index = appJson.tabBar?.list?.findIndex((t) => t.pagePath === route) ?? -1;
      if (index < 0) throw new Error(`"${route}" is not in app.json's tabBar`);
      // WeChat draws the tab bar on tab pages only; a page opened with navigateTo has a back arrow instead.
      if (!tabRoutes.has(top()?.route)) throw new Error(`no tab bar on ${top()?.route}: go back first`);
      log.push({ kind: 'event', text: `tab bar: ${appJson.tabBar.list[index].text}` });
      showTab(route);
      lifecycle(top(), 'onTabItemTap', { index, pagePath: route, text: appJson.tabBar.list[index].text });
      return top();
    },
    /** The villager taps the back arrow in WeChat's navigation bar. */
    back() {
      if (stack.length <= 1) throw new Error(`no back arrow on ${top()?.route}: it is the first page`);
      log.push({ kind: 'event', text: 'back arrow' });
      unload(stack.pop());
      lifecycle(top(), 'onShow');
      return top();
    },
    /** A tap on a node (a `{ path }` from tree.mjs). False (and a problem) when it is not tappable. */
    tap: (hit) => fire(top(), hit.path, 'tap', { x: 10, y: 10 }),
    /** Whether the node's template binds the event in base.wxml. */
    binds: (hit, type) => binding(hit.path, type) !== null,
    /** Types text into an input: WeChat sends one `input` event with the whole value. */
    input: (hit, value) => fire(top(), hit.path, 'input', { value, cursor: value.length, keyCode: 0 }),
    confirm: (hit, value) => fire(top(), hit.path, 'confirm', { value }),
    /** WeChat's answer to a getPhoneNumber button after the villager allows it. */
    phoneNumber: (hit, code) => fire(top(), hit.path, 'getphonenumber', { errMsg: 'getPhoneNumber:ok', code }),
    /**
     * Resolves once no request is in flight and no page has had setData for a little while:
     * the screen a villager would look at before her next tap.
     */
    async settle(quietMs = 60, timeoutMs = 8000) {
      const end = Date.now() + timeoutMs;
      let last = -1;
      let quietSince = Date.now();
      while (Date.now() < end) {
        const count = stack.reduce((n, p) => n + p.setDataCalls, 0) + calls.length;
        if (count !== last || inFlight > 0) {
          last = count;
          quietSince = Date.now();
        } else if (Date.now() - quietSince >= quietMs) return;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`the app did not settle in ${timeoutMs} ms (${inFlight} requests in flight)`);
    },
    /** Calls recorded for one API. */
    callsOf: (name) => calls.filter((c) => c.name === name),
    close() {
      for (const t of timers) {
        clearTimeout(t);
        clearInterval(t);
      }
      timers.clear();
    },
  };
}

function stripCallbacks(options) {
  if (!options || typeof options !== 'object') return options;
  return Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v !== 'function'));
}

/** `root.cn.[0].cn.[3].v` (Taro's setData keys) → sets that place in the tree. */
function setPath(target, key, value) {
  const parts = [...key.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]));
  let node = target;
  for (let i = 0; i < parts.length - 1; i++) {
    if (node[parts[i]] === undefined || node[parts[i]] === null) node[parts[i]] = typeof parts[i + 1] === 'number' ? [] : {};
    node = node[parts[i]];
  }
  node[parts[parts.length - 1]] = value;
}

/** The templates of base.wxml: name → the first element's tag and attributes. */
function readTemplates(file) {
  const wxml = readFileSync(file, 'utf8');
  const templates = new Map();
  for (const m of wxml.matchAll(/<template name="([^"]+)">\s*<([\w-]+)([^>]*)>/g)) {
    const [, name, tag, attrs] = m;
    templates.set(name, { name, tag, attrs, variants: tag === 'template' && attrs.includes('xs.c(') });
  }
  return templates;
}

/** utils.wxs is plain ES5 in CommonJS form: the same functions base.wxml calls. */
function loadWxs(file) {
  const module = { exports: {} };
  vm.compileFunction(readFileSync(file, 'utf8'), ['module', 'exports'], { filename: file })(module, module.exports);
  return module.exports;
}

/**
 * WeChat's `require`: paths relative to the requiring file, `.js` optional, each file run
 * once. Files run in this realm (a separate vm context breaks `instanceof` between the
 * app's objects and ours) with WeChat's globals as parameters and the hidden ones undefined.
 */
function moduleLoader(dist, globals) {
  const cache = new Map();
  const names = [...Object.keys(globals), ...HIDDEN_GLOBALS];
  const values = [...Object.values(globals), ...HIDDEN_GLOBALS.map(() => undefined)];
  function load(file) {
    const path = file.endsWith('.js') ? file : `${file}.js`;
    if (cache.has(path)) return cache.get(path).exports;
    if (relative(dist, path).startsWith('..')) throw new Error(`require outside the package: ${path}`);
    const module = { exports: {} };
    cache.set(path, module);
    const fn = vm.compileFunction(readFileSync(path, 'utf8'), ['require', 'module', 'exports', ...names], { filename: path });
    fn.call(undefined, (rel) => load(join(dirname(path), rel)), module, module.exports, ...values);
    return module.exports;
  }
  return { require: load };
}

/** A short description of a node for the printout: its class and first text. */
export function describe(node) {
  const text = textOf(node).slice(0, 24);
  return `${node.cl ? `.${String(node.cl).trim().split(/\s+/).join('.')}` : `<${node.nn}>`}${text ? ` "${text}"` : ''}`;
}

/** All the text under a node, as the villager reads it. */
export function textOf(node) {
  if (!node || typeof node !== 'object') return '';
  let text = typeof node.v === 'string' ? node.v : '';
  for (const child of node.cn ?? []) text += textOf(child);
  return text;
}
