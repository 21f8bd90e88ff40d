// The villager's walk through the H5 build, in a real Chromium at phone size, against the
// real server on a freshly seeded SQLite database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gql, openPhone, screenshot, startRealServer, visibleTextProblems } from './support/harness.mjs';

const JOB_PAGE = `query($filter: JobFilter, $after: String) { jobs(filter: $filter, first: 20, after: $after) {
  totalCount pageInfo { endCursor } edges { node { id pay { min max unit } place { province city county town } } } } }`;
const UNIT = { MONTH: '元/月', DAY: '元/天', PIECE: '元/单' };
const payText = (p) => (p.min === p.max ? `${p.min}${UNIT[p.unit]}` : `${p.min}–${p.max}${UNIT[p.unit]}`);

let server;
let phone;
let page;

const visible = (selector, options) => page.locator(`${selector}:visible`, options);
const ids = (attr) => visible(`[${attr}]`).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)), attr);
const shownTotal = async () => Number(await visible('[data-total]').first().getAttribute('data-total'));
const chipCount = async (label) => Number(await visible(`[data-chip="${label}"] .chip__count`).first().innerText());

async function waitForTotal(n) {
  await page.waitForFunction(
    (expected) => [...document.querySelectorAll('[data-total]')].some((e) => e.offsetParent !== null && Number(e.getAttribute('data-total')) === expected),
    n,
  );
}

/** Pages slide in and out (300 ms); wait until only the new page is on screen. */
const settle = () => page.waitForTimeout(450);

async function openTab(label) {
  await page.locator('.weui-tabbar__item', { hasText: label }).click();
  await settle();
}

async function goBack() {
  await page.goBack();
  await settle();
}

async function scrollToBottom() {
  // Taro's H5 pages scroll inside the tab panel, other pages scroll the window: try both.
  await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    for (const el of document.querySelectorAll('.taro-tabbar__panel, .taro_page')) {
      if (el.scrollHeight > el.clientHeight) el.scrollTop = el.scrollHeight;
    }
  });
  await page.mouse.wheel(0, 4000);
}

async function assertPlain(where) {
  assert.deepEqual(await visibleTextProblems(page), [], `plain Chinese on ${where}`);
}

/** Elder-friendly minimums, measured in the browser on the current screen. */
async function assertElderFriendly(where, minFont = 17) {
  const report = await page.evaluate((min) => {
    const out = { smallText: [], smallTargets: [] };
    const page = [...document.querySelectorAll('.screen')].find((e) => e.offsetParent !== null);
    if (!page) return { smallText: ['no screen'], smallTargets: [] };
    const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || !el || el.offsetParent === null || el.closest('.sr-only')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min - 0.01) out.smallText.push(`${n.textContent.trim().slice(0, 12)} ${size}px`);
    }
    for (const el of page.querySelectorAll('[role="button"], [role="link"], [role="radio"], [role="switch"], a')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.height < 44 || r.width < 44) out.smallTargets.push(`${el.textContent.trim().slice(0, 12)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  }, minFont);
  assert.deepEqual(report.smallText, [], `text at least ${minFont}px on ${where}`);
  assert.deepEqual(report.smallTargets, [], `tap targets at least 44px on ${where}`);
}

describe('H5 app in Chromium against the real server', () => {
  before(async () => {
    server = await startRealServer();
    phone = await openPhone();
    page = phone.page;
  });

  after(async () => {
    await phone?.close();
    await server?.stop();
  });

  it('opens on 找工作 with job cards, readable and in plain Chinese', async () => {
    await page.goto(`${server.url}/`);
    await visible('[data-job-id]').first().waitFor();
    const expected = await gql(server.url, JOB_PAGE, { filter: {} });
    assert.equal(await shownTotal(), expected.jobs.totalCount);
    assert.deepEqual(await ids('data-job-id'), expected.jobs.edges.map((e) => e.node.id));
    await page.waitForFunction(() => document.querySelector('[data-chip="包吃住"] .chip__count'));
    await screenshot(page, 'jobs');
    await assertPlain('找工作');
    await assertElderFriendly('找工作');
  });

  it('opens each of the other tabs', async () => {
    await openTab('学技能');
    await visible('[data-course-id]').first().waitFor();
    await screenshot(page, 'courses');
    await assertPlain('学技能');
    await assertElderFriendly('学技能');

    await openTab('开店加盟');
    await visible('[data-opening-id]').first().waitFor();
    await screenshot(page, 'openings');
    await assertPlain('开店加盟');
    await assertElderFriendly('开店加盟');

    await openTab('我的');
    await visible('[data-setting="large-text"]').waitFor();
    await screenshot(page, 'me');
    await assertPlain('我的');
    await assertElderFriendly('我的');
    await openTab('找工作');
    await visible('[data-job-id]').first().waitFor();
  });

  it('searching 足疗 shows only the matching jobs', async () => {
    const expected = await gql(server.url, JOB_PAGE, { filter: { keyword: '足疗' } });
    assert.ok(expected.jobs.totalCount > 0, 'the demo data has 足疗 jobs');
    await visible('.search__input input').fill('  足疗 ');
    await visible('.search__button').click();
    await waitForTotal(expected.jobs.totalCount);
    assert.deepEqual(await ids('data-job-id'), expected.jobs.edges.map((e) => e.node.id));
    assert.equal(await visible('.search__input input').inputValue(), '足疗');
  });

  it('the 包吃住 chip count equals the results after tapping it', async () => {
    await page.waitForFunction(() => [...document.querySelectorAll('[data-chip="包吃住"] .chip__count')].some((e) => e.offsetParent !== null));
    const promised = await chipCount('包吃住');
    const expected = await gql(server.url, JOB_PAGE, { filter: { keyword: '足疗', providesHousing: true, providesMeals: true } });
    assert.equal(promised, expected.jobs.totalCount);
    await visible('[data-chip="包吃住"]').click();
    await waitForTotal(promised);
    assert.equal(await shownTotal(), promised);
    assert.equal(await visible('[data-chip="包吃住"]').getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await ids('data-job-id'), expected.jobs.edges.map((e) => e.node.id));
    await screenshot(page, 'jobs-search-filtered');
  });

  it('scrolling to the bottom loads the next page without duplicates', async () => {
    let total = await shownTotal();
    if (total <= 20) {
      // Too few for a second page with 包吃住 on: scroll the plain 足疗 results instead.
      await visible('[data-chip="包吃住"]').click();
      total = (await gql(server.url, JOB_PAGE, { filter: { keyword: '足疗' } })).jobs.totalCount;
      await waitForTotal(total);
    }
    assert.ok(total > 20, `need more than one page, have ${total}`);
    assert.equal((await ids('data-job-id')).length, 20);
    await scrollToBottom();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-job-id]')].filter((e) => e.offsetParent !== null).length > 20);
    const shown = await ids('data-job-id');
    assert.equal(new Set(shown).size, shown.length, 'no job twice');
    assert.equal(shown.length, Math.min(total, 40));
  });

  it('a job shows its pay and place, and back returns to the same filtered list', async () => {
    const before = await ids('data-job-id');
    const totalBefore = await shownTotal();
    const keywordBefore = await visible('.search__input input').inputValue();
    const chipBefore = await visible('[data-chip="包吃住"]').getAttribute('aria-pressed');
    const id = before[0];
    const { job } = await gql(server.url, `query($id: ID!) { job(id: $id) { pay { min max unit } place { city county town } } }`, { id });

    await visible(`[data-job-id="${id}"]`).click();
    await visible('.detail [data-field="pay"]').waitFor();
    await settle();
    assert.equal(await visible('.detail [data-field="pay"]').innerText(), payText(job.pay));
    const place = job.place.town ? `${job.place.county}·${job.place.town}` : [job.place.city, job.place.county].filter(Boolean).join('·');
    assert.equal(await visible('.detail [data-field="place"]').innerText(), place);
    assert.match(await visible('[data-action="call"]').getAttribute('href'), /^tel:\d+/);
    assert.match(await visible('[data-action="map"]').getAttribute('href'), /^https:\/\/uri\.amap\.com\//);
    await assertPlain('工作详情');
    await assertElderFriendly('工作详情');
    await screenshot(page, 'job-detail');

    // A production server has no demo sign-in: the web page says plainly to use WeChat.
    await visible('[data-action="apply"]').click();
    await visible('[data-state="wechat-only"]').waitFor();
    assert.match(await visible('[data-sheet="sign-in"]').innerText(), /登录要在微信里用/);
    await assertPlain('登录提示');
    await screenshot(page, 'job-detail-sign-in');
    await visible('[data-sheet="sign-in"] .btn', { hasText: '知道了' }).click();

    await goBack();
    await visible('[data-job-id]').first().waitFor();
    assert.equal(await visible('.search__input input').inputValue(), keywordBefore);
    assert.equal(await visible('[data-chip="包吃住"]').getAttribute('aria-pressed'), chipBefore);
    assert.equal(await shownTotal(), totalBefore);
    assert.deepEqual((await ids('data-job-id')).slice(0, before.length), before);
  });

  it('a course shows its seats left', async () => {
    await openTab('学技能');
    const first = visible('[data-course-id]').first();
    await first.waitFor();
    const id = await first.getAttribute('data-course-id');
    const { course } = await gql(server.url, `query($id: ID!) { course(id: $id) { seatsLeft status title } }`, { id });
    await first.click();
    await visible('.detail [data-field="seats-left"]').waitFor();
    await settle();
    const seats = await visible('.detail [data-field="seats-left"]').innerText();
    if (course.status === 'OPEN' && course.seatsLeft > 0) assert.equal(seats, `还剩${course.seatsLeft}个名额`);
    else assert.match(seats, /名额已满|报名已结束|已取消/);
    assert.match(await visible('.detail').innerText(), new RegExp(course.title.replace(/[()（）]/g, '.')));
    await assertPlain('课程详情');
    await assertElderFriendly('课程详情');
    await screenshot(page, 'course-detail');
    await goBack();
    await visible('[data-course-id]').first().waitFor();
  });

  it('a shop opening shows its positions', async () => {
    await openTab('开店加盟');
    const first = visible('[data-opening-id]').first();
    await first.waitFor();
    const id = await first.getAttribute('data-opening-id');
    const { franchiseOpening } = await gql(server.url, `query($id: ID!) { franchiseOpening(id: $id) { title positions { title } } }`, { id });
    await first.click();
    await visible('.detail').waitFor();
    await settle();
    const text = await visible('.detail').innerText();
    assert.ok(text.includes(franchiseOpening.title), 'title shown');
    for (const p of franchiseOpening.positions) assert.ok(text.includes(p.title), `position ${p.title} shown`);
    await assertPlain('新店详情');
    await assertElderFriendly('新店详情');
    await screenshot(page, 'opening-detail');
    await goBack();
    await visible('[data-opening-id]').first().waitFor();
  });

  it('大字模式 enlarges text by 1.3× and is kept after a reload', async () => {
    await openTab('我的');
    const toggle = visible('[data-setting="large-text"]');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-checked'), 'true');
    await page.reload();
    await openTab('我的');
    await visible('[data-setting="large-text"]').waitFor();
    assert.equal(await visible('[data-setting="large-text"]').getAttribute('aria-checked'), 'true');
    await screenshot(page, 'me-large-text');
    await openTab('找工作');
    await visible('[data-job-id]').first().waitFor();
    assert.equal(await visible('.screen').first().getAttribute('data-font-scale'), '1.3');
    await assertElderFriendly('找工作 in 大字模式', 17 * 1.3);
    await screenshot(page, 'jobs-large-text');
  });

  it('raised no script errors', () => {
    assert.deepEqual(phone.pageErrors, []);
  });
});
