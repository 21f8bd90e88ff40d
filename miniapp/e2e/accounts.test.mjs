// Signing in and acting as a villager, in a real Chromium against the real server in
// development mode (where the H5 page offers demo sign-in): apply to a job and find it in
// 我的报名 after a reload; take the last seat of a course on one phone while a second demo
// villager, on another phone, is told the course is full.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gql, openPhone, screenshot, startRealServer, visibleTextProblems } from './support/harness.mjs';

let server;
let phone;
let page;

const visible = (selector, options) => page.locator(`${selector}:visible`, options);
/** Pages slide in and out (300 ms); wait until only the new page is on screen. */
const settle = (p = page) => p.waitForTimeout(450);

async function assertPlain(where, p = page) {
  assert.deepEqual(await visibleTextProblems(p), [], `plain Chinese on ${where}`);
}

/** Elder-friendly minimums on what is on screen now, sheets included. */
async function assertElderFriendly(where, p = page) {
  const report = await p.evaluate(() => {
    const out = { smallText: [], smallTargets: [] };
    const screen = [...document.querySelectorAll('.screen')].find((e) => e.offsetParent !== null);
    if (!screen) return { smallText: ['no screen'], smallTargets: [] };
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || !el || el.offsetParent === null || el.closest('.sr-only')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16.99) out.smallText.push(`${n.textContent.trim().slice(0, 12)} ${size}px`);
    }
    // What the villager types is text too.
    for (const el of screen.querySelectorAll('input, textarea')) {
      if (el.offsetParent === null) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16.99) out.smallText.push(`${el.tagName.toLowerCase()} ${size}px`);
    }
    for (const el of screen.querySelectorAll('[role="button"], [role="link"], [role="radio"], [role="switch"], a')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.height < 44 || r.width < 44) out.smallTargets.push(`${el.textContent.trim().slice(0, 12)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
  assert.deepEqual(report.smallText, [], `text at least 17px on ${where}`);
  assert.deepEqual(report.smallTargets, [], `tap targets at least 44px on ${where}`);
}

async function openTab(label, p = page) {
  await p.locator('.weui-tabbar__item', { hasText: label }).click();
  await settle(p);
}

async function demoToken(slot) {
  const { demoLogin } = await gql(server.url, `mutation($slot: Int) { demoLogin(role: VILLAGER, slot: $slot) { token userErrors { code } } }`, { slot });
  assert.deepEqual(demoLogin.userErrors, []);
  return demoLogin.token;
}

/** A course with exactly one seat left: found, or made by demo villagers 3–5 taking seats. */
async function courseWithOneSeat() {
  const courses = [];
  for (let after = null; ; ) {
    const { courses: page } = await gql(
      server.url,
      `query($after: String) { courses(filter: { hasSeatsLeft: true }, first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id title seatsLeft } } } }`,
      { after },
    );
    courses.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const exact = courses.find((c) => c.seatsLeft === 1);
  if (exact) return exact;
  const fewest = courses.filter((c) => c.seatsLeft <= 4).sort((a, b) => a.seatsLeft - b.seatsLeft)[0];
  assert.ok(fewest, 'the demo data has a course with at most 4 seats left');
  for (let slot = 3; slot < 3 + fewest.seatsLeft - 1; slot++) {
    const token = await demoToken(slot);
    const { enrollInCourse } = await gql(server.url, `mutation($id: ID!) { enrollInCourse(courseId: $id) { enrollment { status } userErrors { code } } }`, { id: fewest.id }, token);
    assert.equal(enrollInCourse.enrollment?.status, 'ENROLLED');
  }
  return { ...fewest, seatsLeft: 1 };
}

async function seatsLeft(id) {
  return (await gql(server.url, `query($id: ID!) { course(id: $id) { seatsLeft } }`, { id })).course.seatsLeft;
}

describe('signed in as a demo villager, in Chromium against the real server', () => {
  before(async () => {
    server = await startRealServer({ development: true });
    phone = await openPhone();
    page = phone.page;
  });

  after(async () => {
    await phone?.close();
    await server?.stop();
  });

  let job;

  it('报名 on a job while signed out offers the marked demo sign-in; one tap signs in and opens the form', async () => {
    const { jobs } = await gql(server.url, `{ jobs(first: 5) { edges { node { id title status } } } }`);
    job = jobs.edges.map((e) => e.node).find((j) => j.status === 'OPEN');
    await page.goto(`${server.url}/#/job/detail/index?id=${encodeURIComponent(job.id)}`);
    await visible('[data-action="apply"]').waitFor();
    assert.equal(await visible('[data-action="apply"]').innerText(), '我要报名');

    await visible('[data-action="apply"]').click();
    await visible('[data-demo-role="VILLAGER"][data-demo-slot="1"]').waitFor();
    const sheetText = await visible('[data-sheet="sign-in"] [role="dialog"]').innerText();
    assert.match(sheetText, /演示登录/);
    assert.match(sheetText, /这是试用版/);
    for (const who of ['演示村民1', '演示村民2', '招工方', '培训机构', '县人社局']) assert.ok(sheetText.includes(who), `${who} offered`);
    await assertPlain('演示登录');
    await assertElderFriendly('演示登录');
    await screenshot(page, 'sign-in-sheet');

    await visible('[data-demo-role="VILLAGER"][data-demo-slot="1"]').click();
    await visible('[data-sheet="contact-form"]').waitFor();
    // The demo villager's profile has a name and phone: the form starts filled in.
    await page.waitForFunction(() => /^1\d{10}$/.test(document.querySelector('[data-sheet="contact-form"] [data-field="phone"] input')?.value ?? ''));
    assert.ok((await visible('[data-sheet="contact-form"] [data-field="name"] input').inputValue()).length > 0);
  });

  it('submitting applies, confirms, and the button shows 已报名 · 待查看, also after a reload', async () => {
    await visible('[data-sheet="contact-form"] [data-field="note"] textarea').fill('下个月初就能到，做过三年');
    await page.waitForTimeout(100);
    await assertPlain('报名表');
    await assertElderFriendly('报名表');
    await screenshot(page, 'apply-form');

    await visible('[data-sheet="contact-form"] [data-action="submit"]').click();
    await visible('[data-state="applied"]').waitFor();
    assert.match(await visible('[data-sheet="applied"]').innerText(), /报名成功/);
    await screenshot(page, 'apply-done');
    await visible('[data-sheet="applied"] .btn', { hasText: '好的' }).click();
    assert.equal(await visible('[data-action="apply"]').innerText(), '已报名 · 待查看');

    const token = await demoToken(1);
    const { myApplications } = await gql(server.url, `{ myApplications { status note job { id } } }`, {}, token);
    assert.deepEqual(myApplications.map((a) => [a.job.id, a.status, a.note]), [[job.id, 'SUBMITTED', '下个月初就能到，做过三年']]);

    await page.reload();
    await visible('[data-action="apply"]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-action="apply"]')?.textContent === '已报名 · 待查看');
  });

  it('我的 shows the signed-in villager, and 我的报名 lists the application, also after a reload', async () => {
    await page.goto(`${server.url}/#/pages/me/index`);
    await settle();
    await visible('[data-state="signed-in"]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-field="profile-name"]')?.textContent?.length > 0);
    await assertPlain('我的（已登录）');
    await assertElderFriendly('我的（已登录）');
    await screenshot(page, 'me-signed-in');
    await visible('[data-menu="applications"]').click();
    await settle();
    const card = visible(`[data-application-id]`).first();
    await card.waitFor();
    const text = await card.innerText();
    assert.ok(text.includes(job.title), 'the job title is shown');
    assert.match(text, /待查看/);
    assert.match(text, /报名已发出/);
    await assertPlain('我的报名');
    await assertElderFriendly('我的报名');
    await screenshot(page, 'my-applications');

    await page.reload();
    await visible('[data-application-id]').first().waitFor();
    assert.ok((await visible('[data-application-id]').first().innerText()).includes(job.title));
  });

  it('the last seat of a course goes to one villager; the next one is told 名额已满 and may queue', async () => {
    const course = await courseWithOneSeat();
    const url = `${server.url}/#/course/detail/index?id=${encodeURIComponent(course.id)}`;

    // A second phone, signed in as 演示村民2, has the course open too, showing one seat left.
    const second = await openPhone();
    try {
      const p2 = second.page;
      await p2.goto(url);
      await p2.locator('[data-action="enroll"]:visible').waitFor();
      await p2.locator('[data-action="favorite"]:visible').click();
      await p2.locator('[data-demo-role="VILLAGER"][data-demo-slot="2"]:visible').click();
      await p2.locator('[data-action="favorite"][aria-checked="true"]:visible').waitFor();
      await p2.waitForFunction(() => document.querySelector('[data-field="seats-left"]')?.textContent === '还剩1个名额');

      // 演示村民1 takes it.
      await page.goto(url);
      await visible('[data-action="enroll"]').waitFor();
      await page.waitForFunction(() => document.querySelector('[data-field="seats-left"]')?.textContent === '还剩1个名额');
      await visible('[data-action="enroll"]').click();
      await visible('[data-state="enrolled"]').waitFor();
      await visible('[data-sheet="enrolled"] .btn', { hasText: '好的' }).click();
      assert.equal(await visible('[data-action="enroll"]').innerText(), '已报名上课');
      await page.waitForFunction(() => document.querySelector('[data-field="seats-left"]')?.textContent === '名额已满');
      assert.equal(await seatsLeft(course.id), 0);

      // 演示村民2 taps on the page that still said one seat left: the server refuses.
      await p2.locator('[data-action="enroll"]:visible').click();
      await p2.locator('[data-state="course-full"]:visible').waitFor();
      assert.match(await p2.locator('[data-sheet="course-full"]:visible').innerText(), /名额已满/);
      assert.deepEqual(await visibleTextProblems(p2), [], 'plain Chinese on 名额已满');
      // Let the 已收藏 toast from signing in fade before the picture.
      await p2.waitForTimeout(2000);
      await assertElderFriendly('名额已满', p2);
      await screenshot(p2, 'course-full');
      assert.equal(await seatsLeft(course.id), 0, 'never enrolled past its seats');

      await p2.locator('[data-sheet="course-full"] [data-action="join-waitlist"]:visible').click();
      await p2.locator('[data-state="waitlisted"]:visible').waitFor();
      await p2.locator('[data-sheet="waitlisted"] .btn:visible', { hasText: '好的' }).click();
      await p2.waitForFunction(() => /^候补第1位$/.test(document.querySelector('[data-action="enroll"]')?.textContent ?? ''));
      assert.deepEqual(second.pageErrors, []);
    } finally {
      await second.close();
    }

    // 我的课程 on the first phone shows the seat.
    await page.goto(`${server.url}/#/me/courses/index`);
    await visible('[data-enrollment-id]').first().waitFor();
    assert.match(await visible('[data-enrollment-id]').first().innerText(), /已报名/);
    await assertPlain('我的课程');
  });

  it('退出登录 signs out here and on the server', async () => {
    await page.goto(`${server.url}/#/pages/me/index`);
    await settle();
    await visible('[data-action="sign-out"]').click();
    await visible('.section[data-state="signed-out"]').waitFor();
    await page.reload();
    await visible('.section[data-state="signed-out"]').waitFor();
    await assertPlain('我的（已退出）');
  });

  it('raised no script errors', () => {
    assert.deepEqual(phone.pageErrors, []);
  });
});
