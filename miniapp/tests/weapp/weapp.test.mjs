// The WeChat build (`dist/weapp`) executed in Node against the real server: the four tabs,
// detail pages, search and chips, WeChat sign-in, applying with the WeChat-bound phone,
// 我的报名, the subscribe request, 大字模式 and WeChat's font size. Nothing from src/ is
// imported: only the compiled files run (see runtime.mjs for what the runtime provides).
//
// Run: pnpm --filter @ziyang/miniapp test:weapp (builds or reuses dist/weapp and the server).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { TEST_TEMPLATES, WEAPP_DIR } from '../../scripts/weapp-build.mjs';
import { createRuntime } from './runtime.mjs';
import { send, startServer } from './server.mjs';
import { byClass, one, pageText, texts, textOf } from './tree.mjs';

// A development build calls the loopback fallback baked into it (src/api/client.ts). The
// runtime sends those requests to the test server, as DevTools would to a local server on
// port 4000; any other address fails the test.
const BAKED_API_URL = 'http://127.0.0.1:4000/graphql';
// WEAPP_DIST points the tests at another copy of the build (e.g. one broken on purpose).
const DIST = process.env.WEAPP_DIST || WEAPP_DIR;

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

/** A fresh WeChat (empty storage, its own villager) running the compiled app. */
function wechat(name, options = {}) {
  const openid = `wx${name}${randomBytes(3).toString('hex')}`;
  const mp = createRuntime({
    dist: DIST,
    ...options,
    // Each code signs in as this villager, once (the stand-in refuses a code used twice).
    loginCode: (n) => `ok-${openid}--${n}-${randomBytes(4).toString('hex')}`,
    send: (req) => {
      if (req.url !== BAKED_API_URL) return Promise.reject(new Error(`the app called ${req.url}, not the API address ${BAKED_API_URL}`));
      return send({ ...req, url: `${server.url}/graphql` });
    },
  });
  mp.openid = openid;
  return mp;
}

/** Polls until `check()` returns something truthy; fails saying what it waited for. */
async function until(what, check, ms = 8000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      last = await check();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

const operationOf = (data) => /(?:query|mutation)\s+(\w+)/.exec(data?.query ?? '')?.[1] ?? 'anonymous';

/** Prints what ran (pages, events, API calls) and fails on anything that breaks on a phone. */
function finish(mp, t) {
  mp.close();
  const lines = mp.log.map((e) => {
    if (e.kind === 'api' && e.name === 'request') {
      const call = mp.calls.find((c) => c.args === e.args);
      return `  api    request ${operationOf(e.args.data)} → ${call?.statusCode ?? call?.error ?? 'no answer yet'}`;
    }
    if (e.kind === 'api') return `  api    ${e.name}${e.inTap !== undefined ? ` (inside a tap: ${e.inTap})` : ''} ${JSON.stringify(e.args ?? {}).slice(0, 90)}`;
    return `  ${e.kind.padEnd(6)} ${e.text}`;
  });
  console.log(`--- ${t.name}\n${lines.join('\n')}`);
  assert.deepEqual(mp.problems, [], 'the compiled app did something WeChat would not allow');
}

async function currentPage(mp, route) {
  return until(`page ${route}`, () => mp.current()?.route === route && mp.current());
}

const JOBS = `query($filter: JobFilter) { jobs(filter: $filter, first: 20) { totalCount edges { node { id title employer { name } } } } }`;

test('each of the four tabs loads and shows real titles from the server', async (t) => {
  const mp = wechat('tabs');
  try {
    mp.launch();
    const { jobs } = await server.gql(JOBS, { filter: {} });
    const jobsPage = await currentPage(mp, 'pages/jobs/index');
    await until('job cards', () => texts(jobsPage, 'card__title').length === jobs.edges.length);
    assert.deepEqual(texts(jobsPage, 'card__title'), jobs.edges.map((e) => e.node.title));
    assert.match(textOf(one(jobsPage, 'results__count').node), new RegExp(`共找到 ${jobs.totalCount} 个工作`));

    const { courses } = await server.gql(`{ courses(first: 20, sort: NEWEST) { edges { node { title } } } }`);
    const coursesPage = mp.tapTabBar('pages/courses/index');
    await until('course cards', () => texts(coursesPage, 'card__title').length === courses.edges.length);
    assert.deepEqual(texts(coursesPage, 'card__title'), courses.edges.map((e) => e.node.title));

    const { franchiseOpenings } = await server.gql(`{ franchiseOpenings(first: 20, sort: NEWEST) { edges { node { title } } } }`);
    const openingsPage = mp.tapTabBar('pages/openings/index');
    await until('opening cards', () => texts(openingsPage, 'card__title').length === franchiseOpenings.edges.length);
    assert.deepEqual(texts(openingsPage, 'card__title'), franchiseOpenings.edges.map((e) => e.node.title));

    const mePage = mp.tapTabBar('pages/me/index');
    await until('我的, signed out', () => pageText(mePage).includes('还没有登录'));
    assert.ok(byClass(mePage, 'setting', '大字模式').length, '我的 offers 大字模式');

    // Back to a tab already open: the same page, kept alive, not loaded again.
    assert.equal(mp.tapTabBar('pages/jobs/index'), jobsPage);
    assert.ok(mp.calls.every((c) => c.name !== 'request' || c.statusCode === 200), 'every request answered 200');
  } finally {
    finish(mp, t);
  }
});

test('tapping a card opens its detail page (a path in app.json) showing the posting', async (t) => {
  const mp = wechat('details');
  try {
    mp.launch();
    const jobsPage = await currentPage(mp, 'pages/jobs/index');
    const card = await until('a job card', () => byClass(jobsPage, 'card--tappable')[0]);
    const title = textOf(one(jobsPage, 'card__title').node);
    const { jobs } = await server.gql(JOBS, { filter: {} });
    const job = jobs.edges.find((e) => e.node.title === title).node;
    assert.ok(mp.tap(card), 'the job card is tappable');

    const detail = await currentPage(mp, 'job/detail/index');
    assert.ok(mp.routes.has(detail.route), `${detail.route} is in app.json`);
    assert.equal(detail.options.id, job.id);
    await until('the job on its page', () => byClass(detail, 'detail__title', job.title).length);
    assert.ok(pageText(detail).includes(job.employer.name), 'the employer is shown');

    // 打电话 and 看地图 go to WeChat's dialer and map.
    const call = await until('打电话', () => byClass(detail, 'btn--call')[0]);
    mp.tap(call);
    const map = byClass(detail, 'btn', '看地图')[0];
    if (map) mp.tap(map);
    await until('makePhoneCall', () => mp.callsOf('makePhoneCall').length);
    assert.match(mp.callsOf('makePhoneCall')[0].args.phoneNumber, /^\d{7,}/);
    if (map) {
      await until('openLocation', () => mp.callsOf('openLocation').length);
      assert.equal(typeof mp.callsOf('openLocation')[0].args.latitude, 'number');
    }

    // A course and a shop opening, from their tabs (back to the list first: only tab pages have the tab bar).
    assert.equal(mp.back(), jobsPage);
    for (const [tab, route, titleClass] of [
      ['pages/courses/index', 'course/detail/index', 'detail__title'],
      ['pages/openings/index', 'opening/detail/index', 'detail__title'],
    ]) {
      const list = mp.tapTabBar(tab);
      const first = await until(`a card on ${tab}`, () => byClass(list, 'card--tappable')[0]);
      const cardTitle = textOf(one(list, 'card__title').node);
      mp.tap(first);
      const page = await currentPage(mp, route);
      assert.ok(mp.routes.has(page.route));
      await until(`"${cardTitle}" on ${route}`, () => byClass(page, titleClass, cardTitle).length);
      mp.back();
    }
  } finally {
    finish(mp, t);
  }
});

test('the search box and a chip change the job list', async (t) => {
  const mp = wechat('search');
  try {
    mp.launch();
    const page = await currentPage(mp, 'pages/jobs/index');
    await until('job cards', () => texts(page, 'card__title').length);
    await mp.settle();

    const keyword = '修脚';
    const { jobs: found } = await server.gql(JOBS, { filter: { keyword } });
    assert.ok(found.totalCount > 0 && found.totalCount < (await server.gql(JOBS, { filter: {} })).jobs.totalCount);
    mp.input(one(page, 'search__input'), keyword);
    mp.tap(one(page, 'search__button'));
    await until(`results for ${keyword}`, () => textOf(one(page, 'results__count').node).includes(`共找到 ${found.totalCount} 个工作`));
    assert.deepEqual(texts(page, 'card__title'), found.edges.map((e) => e.node.title));

    const { jobs: lodged } = await server.gql(JOBS, { filter: { keyword, providesHousing: true, providesMeals: true } });
    assert.notEqual(lodged.totalCount, found.totalCount, 'the chip narrows the list');
    mp.tap(one(page, 'chip', '包吃住'));
    await until('包吃住 results', () => textOf(one(page, 'results__count').node).includes(`共找到 ${lodged.totalCount} 个工作`));
    assert.deepEqual(texts(page, 'card__title'), lodged.edges.map((e) => e.node.title));
    assert.ok(byClass(page, 'chip--on', '包吃住').length, 'the chip shows as chosen');
  } finally {
    finish(mp, t);
  }
});

test('WeChat sign-in: wx.login, then login with the code, then the token is stored', async (t) => {
  const mp = wechat('signin');
  try {
    mp.launch();
    const me = mp.tapTabBar('pages/me/index');
    const button = await until('微信一键登录', () => byClass(me, 'btn', '微信一键登录')[0]);
    const codes = server.wechat.calls.length;
    mp.tap(button);
    await until('signed in on 我的', () => !pageText(me).includes('还没有登录') && byClass(me, 'menu__title', '我的报名').length);

    const [login] = mp.callsOf('login');
    assert.ok(login, 'wx.login was called');
    const loginRequest = mp.calls.find((c) => c.name === 'request' && operationOf(c.args.data) === 'Login');
    assert.ok(loginRequest, 'the login mutation was sent');
    assert.equal(loginRequest.statusCode, 200);
    const exchanged = server.wechat.calls.slice(codes).filter((c) => c.path === '/sns/jscode2session');
    assert.equal(exchanged.length, 1, 'the server exchanged the code with WeChat once');
    assert.equal(exchanged[0].query.js_code, loginRequest.args.data.variables.code, 'the code from wx.login is the one exchanged');
    assert.ok(!JSON.stringify(mp.calls).includes('demoLogin'), 'no demo sign-in');

    const stored = mp.storage.getStorageSync('ziyang.session');
    const token = (typeof stored === 'string' ? JSON.parse(stored) : stored)?.token;
    assert.ok(token, 'a session token is in storage');
    const { me: user } = await server.gql(`{ me { id } }`, {}, token);
    assert.ok(user?.id, 'the stored token is a working session');
  } finally {
    finish(mp, t);
  }
});

test('a villager with a phone applies, 我的报名 shows it, and the subscribe request comes from the tap', async (t) => {
  const mp = wechat('apply');
  try {
    mp.launch();
    const list = await currentPage(mp, 'pages/jobs/index');
    const card = await until('a job card', () => byClass(list, 'card--tappable')[0]);
    const title = textOf(one(list, 'card__title').node);
    mp.tap(card);
    const detail = await currentPage(mp, 'job/detail/index');
    const applyButton = await until('我要报名', () => byClass(detail, 'bottom-bar__main', '我要报名')[0]);

    // Signed out, 报名 signs in silently with wx.login, then opens the form.
    mp.tap(applyButton);
    await until('the apply form', () => byClass(detail, 'sheet__title', '报名').length);
    // The form fills itself from the profile when it arrives; type once it has.
    await mp.settle();
    assert.equal(mp.callsOf('login').length, 1);
    assert.equal(mp.callsOf('requestSubscribeMessage').length, 0, 'no subscribe request before the villager submits');

    mp.input(one(detail, 'form__input'), '王秀英');
    // 用微信绑定的手机号: WeChat asks the villager, then hands the app a one-time code.
    const phoneButton = one(detail, 'form__wechat-phone');
    assert.ok(mp.binds(phoneButton, 'getphonenumber'), 'the phone button binds getphonenumber');
    const phone = `139${String(Date.now()).slice(-8)}`;
    mp.phoneNumber(phoneButton, `phone-${phone}`);
    await until('the phone from WeChat in the form', () => byClass(detail, 'form__input').some((h) => h.node.p25 === phone || JSON.stringify(h.node).includes(phone)));

    mp.tap(one(detail, 'btn', '提交报名'));
    await until('报名成功', () => byClass(detail, 'sheet__title', '报名成功').length);
    assert.ok(pageText(detail).includes(phone), 'the confirmation names the phone the employer will call');

    const subscribe = mp.callsOf('requestSubscribeMessage');
    assert.equal(subscribe.length, 1, 'one subscribe request');
    assert.equal(subscribe[0].inTap, true, 'made inside the tap on 提交报名');
    assert.deepEqual(subscribe[0].args.tmplIds, TEST_TEMPLATES);
    await until('acceptWechatSubscriptions sent', () => mp.calls.some((c) => c.name === 'request' && operationOf(c.args.data) === 'AcceptWechatSubscriptions' && c.statusCode === 200));

    mp.tap(one(detail, 'btn', '看我的报名'));
    const mine = await currentPage(mp, 'me/applications/index');
    assert.ok(mp.routes.has(mine.route));
    await until(`"${title}" in 我的报名`, () => byClass(mine, 'mine__title', title).length);
  } finally {
    finish(mp, t);
  }
});

test('大字模式 and WeChat\'s font size scale the text', async (t) => {
  // WeChat's text set one step larger (20 against the standard 16): 1.25 before 大字模式.
  const mp = wechat('fonts', { fontSizeSetting: 20 });
  try {
    mp.launch();
    const scaleOf = (page) => /--fs:\s*([\d.]+)/.exec(one(page, 'screen').node.st ?? '')?.[1];
    const jobs = await currentPage(mp, 'pages/jobs/index');
    await until('the jobs screen', () => byClass(jobs, 'screen').length);
    assert.equal(scaleOf(jobs), '1.25');
    assert.equal(mp.callsOf('getAppBaseInfo').length >= 1, true, 'read from getAppBaseInfo');

    const me = mp.tapTabBar('pages/me/index');
    const toggle = await until('大字模式', () => byClass(me, 'setting', '大字模式')[0]);
    mp.tap(toggle);
    await until('大字模式 on', () => scaleOf(me) === '1.63');
    assert.ok(byClass(me, 'screen--large').length && byClass(me, 'toggle--on').length);
    assert.equal(mp.storage.getStorageSync('ziyang.largeText'), true, 'remembered for the next visit');

    // The other tabs follow, and the stylesheet sizes text by that number.
    mp.tapTabBar('pages/jobs/index');
    await until('jobs in 大字模式', () => scaleOf(jobs) === '1.63');
    const wxss = readFileSync(join(DIST, 'app.wxss'), 'utf8');
    for (const cls of ['card__title', 'detail__title', 'btn']) {
      assert.match(wxss, new RegExp(`\\.${cls}\\{[^}]*font-size:calc\\(\\d+px\\*var\\(--fs`), `.${cls} is sized by --fs`);
    }
  } finally {
    finish(mp, t);
  }

  // A standard WeChat without 大字模式 reads 1.
  const plain = wechat('fonts-plain');
  try {
    plain.launch();
    const page = await currentPage(plain, 'pages/jobs/index');
    await until('the jobs screen', () => byClass(page, 'screen').length);
    assert.match(one(page, 'screen').node.st ?? '', /--fs:\s*1(;|$)/);
  } finally {
    finish(plain, t);
  }
});
