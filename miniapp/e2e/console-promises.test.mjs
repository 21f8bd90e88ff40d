// The consoles keep their small promises, in Chromium (375×812) against the real server in
// development mode: a withdrawn application no longer shows the villager to the employer; a
// signed-out villager joins a full course's waiting list with one sheet on screen at a time;
// a wrong field is scrolled to, focused and named; dates are picked, not typed; the cancel
// form closes once a course is cancelled; console lists can be searched and filtered; a live
// job's edit says 已保存, a closed job reopens, a taken-down one says what to do next; sub-pages
// have a back button on the web and /favicon.ico exists.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAccount, gql, openPhone, signInAsDemo, startRealServer, visibleTextProblems } from './support/harness.mjs';

let server;
let staff;
let villager;

const on = (p) => (selector, options) => p.locator(`${selector}:visible`, options);
const settle = (p) => p.waitForTimeout(450);
const demoToken = (role, slot = 1) => demoAccount(server.url, role, slot);
const signInAs = (p, role, slot = 1) => signInAsDemo(p, server.url, role, slot);
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** 12月20日, as the app writes a day of this year (and 2027年1月3日 otherwise). */
const shown = (day) => {
  const [y, m, d] = day.split('-').map(Number);
  return y === Number(today().slice(0, 4)) ? `${m}月${d}日` : `${y}年${m}月${d}日`;
};

async function assertPlain(p, where) {
  assert.deepEqual(await visibleTextProblems(p), [], `plain Chinese on ${where}`);
}

/**
 * 我的, loaded afresh: moving between tabs and sub-pages by address alone can leave the H5
 * router showing no page at all, so every switch of account starts from a reload.
 */
async function visit(p, path) {
  await p.goto(`${server.url}/#${path}`);
  await p.reload();
  await on(p)('.screen').first().waitFor();
}

const openMe = (p) => visit(p, '/pages/me/index');

async function signOut(p) {
  const v = on(p);
  await openMe(p);
  await settle(p);
  if (await v('[data-action="sign-out"]').count()) {
    await v('[data-action="sign-out"]').click();
    await v('[data-state="signed-out"]').waitFor();
  }
}

async function fillField(p, field, value) {
  await on(p)(`[data-field="${field}"] input, [data-field="${field}"] textarea`).first().fill(value);
}

const jobInput = (title) => ({
  title, category: 'PEDICURE', description: '紫阳老乡开的修脚店，包吃包住，有夫妻间，月休四天。不向求职者收取任何费用。',
  place: { province: '广东省', city: '东莞市' }, pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' },
  providesHousing: true, providesMeals: true, coupleRooms: false, dayShiftOnly: false, socialInsurance: false, travelPaid: false,
  headcount: 2, requirements: [], contactName: '周店长', contactPhone: '13912345678',
});

async function postJob(recruiter, title) {
  const { postJob } = await gql(
    server.url,
    `mutation($org: ID!, $input: JobInput!) { postJob(organizationId: $org, input: $input, publish: true) { job { id status } userErrors { field code message } } }`,
    { org: recruiter.orgId, input: jobInput(title) },
    recruiter.token,
  );
  assert.deepEqual(postJob.userErrors, []);
  return postJob.job.id;
}

const courseInput = (title, { seats = 30, startIn = 14 } = {}) => {
  const day = today();
  return {
    title, skill: 'PEDICURE', description: '县职教中心老师手把手教修脚，管吃管住，结业发证书。',
    place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' }, startDate: addDays(day, startIn), endDate: addDays(day, startIn + 10),
    enrollmentDeadline: addDays(day, Math.max(0, startIn - 1)), hours: 80, fee: 0, subsidy: 300, coversFood: true, coversLodging: true, coversTravel: false,
    seats, certificate: '专项职业能力证书（修脚）', requirements: [], leadsToEmployerIds: [], contactName: '李老师', contactPhone: '0915-4310000',
  };
};

async function postCourse(trainer, title, options) {
  const { postCourse } = await gql(
    server.url,
    `mutation($org: ID!, $input: CourseInput!) { postCourse(organizationId: $org, input: $input) { course { id } userErrors { field code message } } }`,
    { org: trainer.orgId, input: courseInput(title, options) },
    trainer.token,
  );
  assert.deepEqual(postCourse.userErrors, []);
  return postCourse.course.id;
}

/** Whether the element is inside the window (not above, not below it). */
async function inView(p, selector) {
  return p.evaluate((sel) => {
    const el = [...document.querySelectorAll(sel)].find((e) => e.offsetParent !== null);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, selector);
}

describe('console promises, in Chromium against the real server', () => {
  before(async () => {
    server = await startRealServer({ development: true });
    staff = await openPhone();
    villager = await openPhone();
  });

  after(async () => {
    await staff?.close();
    await villager?.close();
    await server?.stop();
  });

  it('withdrawing keeps its promise: the employer no longer sees her name or phone, only that one withdrew', async () => {
    const recruiter = await demoToken('RECRUITER');
    const jobId = await postJob(recruiter, '修脚师傅 东莞撤回测试');
    const her = await demoToken('VILLAGER', 1);
    const { applyToJob } = await gql(server.url, `mutation($id: ID!) { applyToJob(jobId: $id, note: "做过三年修脚") { application { id } userErrors { code message } } }`, { id: jobId }, her.token);
    assert.deepEqual(applyToJob.userErrors, []);
    const applicationId = applyToJob.application.id;

    // She withdraws from 我的报名; the dialog says what will happen.
    const q = villager.page;
    const w = on(q);
    await signInAs(q, 'VILLAGER', 1);
    await visit(q, `/me/applications/index`);
    const mine = w(`[data-application-id="${applicationId}"]`);
    await mine.waitFor();
    await w(`[data-application-id="${applicationId}"] [data-action="withdraw"]`).click();
    assert.match(await mine.innerText(), /撤回以后招工方就看不到你的报名了/);
    await w(`[data-application-id="${applicationId}"] [data-action="confirm-withdraw"]`).click();
    await q.waitForFunction((id) => document.querySelector(`[data-application-id="${id}"]`)?.getAttribute('data-status') === 'WITHDRAWN', applicationId);

    // The recruiter's 报名的人: a count, no name, no phone, no call button.
    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'RECRUITER');
    await visit(p, `/recruiter/applicants/index?id=${encodeURIComponent(jobId)}`);
    await v('[data-state="withdrawn-count"]').waitFor();
    assert.match(await v('[data-state="withdrawn-count"]').innerText(), /1人已撤回/);
    const text = await p.evaluate(() => document.querySelector('.screen:not([style*="display: none"])')?.innerText ?? document.body.innerText);
    assert.doesNotMatch(text, /张桂兰/);
    assert.doesNotMatch(text, /138 0000 1001|13800001001/);
    assert.doesNotMatch(text, /做过三年修脚/);
    assert.equal(await v('[data-action="call"]').count(), 0);
    await assertPlain(p, '报名的人（撤回）');

    // The same over the API, on every path the employer has.
    const { job } = await gql(server.url, `query($id: ID!) { job(id: $id) { applicationCounts { withdrawn } applications { id applicant { name phone } note } } }`, { id: jobId }, recruiter.token);
    assert.equal(job.applicationCounts.withdrawn, 1);
    assert.ok(job.applications.every((a) => a.applicant.name === null && a.applicant.phone === null && a.note === null), JSON.stringify(job.applications));
    // She still sees her own withdrawn application in full.
    const { application } = await gql(server.url, `query($id: ID!) { application(id: $id) { status note applicant { name phone } } }`, { id: applicationId }, her.token);
    assert.equal(application.status, 'WITHDRAWN');
    assert.equal(application.applicant.name, '张桂兰');
  });

  it('a signed-out villager joins a full course\'s waiting list: the sign-in sheet replaces the 名额已满 sheet', async () => {
    const trainer = await demoToken('TRAINER');
    const courseId = await postCourse(trainer, '修脚一人班（候补测试）', { seats: 1 });
    const first = await demoToken('VILLAGER', 2);
    const { enrollInCourse } = await gql(server.url, `mutation($id: ID!) { enrollInCourse(courseId: $id) { enrollment { status } userErrors { code } } }`, { id: courseId }, first.token);
    assert.equal(enrollInCourse.enrollment.status, 'ENROLLED');

    const q = villager.page;
    const w = on(q);
    await signOut(q);
    await visit(q, `/course/detail/index?id=${encodeURIComponent(courseId)}`);
    await w('[data-action="enroll"][data-state="FULL"]').waitFor();
    await settle(q);
    await w('[data-action="enroll"]').click();
    await w('[data-sheet="course-full"] [data-action="join-waitlist"]').click();
    await w('[data-sheet="sign-in"]').waitFor();
    assert.equal(await w('[data-sheet="course-full"]').count(), 0, 'only the sign-in sheet is on screen');
    assert.equal(await q.locator('.sheet:visible').count(), 1);
    await w('[data-demo-role="VILLAGER"][data-demo-slot="1"]').click();
    // Her place in the queue arrives with the course's fresh state, a moment after the sheet.
    await w('[data-sheet="waitlisted"] [data-state="waitlisted"]', { hasText: '候补第1位' }).waitFor();
    assert.equal(await q.locator('.sheet:visible').count(), 1);
  });

  it('a wrong field is scrolled into view and focused, and the banner names it', async () => {
    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'RECRUITER');
    await v('[data-menu="recruiter"]').click();
    await v('[data-action="new-job"]').click();
    await v('[data-field="title"] input').waitFor();
    await settle(p);
    await fillField(p, 'title', '足疗技师 东莞包住');
    await fillField(p, 'pay.min', '9000');
    await fillField(p, 'pay.max', '7000');
    await fillField(p, 'place.province', '广东省');
    await fillField(p, 'place.city', '东莞市');
    await fillField(p, 'description', '东莞足疗店招技师，包住，月休四天，工资按月发。不向求职者收取任何费用。');
    await v('[data-action="publish"]').scrollIntoViewIfNeeded();
    await v('[data-action="publish"]').click();
    await v('[data-field="pay.min"] .form__problem').waitFor();
    assert.match(await v('[data-state="form-error"]').innerText(), /最低工资没填好/);
    await p.waitForFunction(() => {
      const el = document.querySelector('[data-field="pay.min"]');
      const r = el?.getBoundingClientRect();
      return r && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(await inView(p, '[data-field="pay.min"]'), 'the wrong field is on screen');
    await p.waitForFunction(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field') === 'pay.min');
    await assertPlain(p, '招聘表（填错）');
  });

  it('a course date is picked from the date picker, shown as 12月20日, with the past out of reach', async () => {
    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'TRAINER');
    await v('[data-menu="trainer"]').click();
    await v('[data-action="new-course"]').click();
    await v('[data-field="startDate"]').waitFor();
    await settle(p);
    const start = addDays(today(), 14);
    assert.equal(await v('[data-field="startDate"] [data-value]').getAttribute('data-value'), start);
    assert.match(await v('[data-field="startDate"]').innerText(), new RegExp(shown(start)));
    assert.equal(await v('[data-field="startDate"] input:not([type="hidden"])').count(), 0, 'no box to type a date in');
    // Open the picker, move the day column by two rows (34px each; down near a month's end, so
    // the day stays in its month), confirm.
    await v('[data-field="startDate"] [data-value]').click();
    const column = p.locator('.weui-picker:visible .weui-picker__group').nth(2);
    await column.waitFor();
    // The picker slides up: measure it once it has stopped moving.
    let box = await column.boundingBox();
    for (let i = 0; i < 20; i += 1) {
      await p.waitForTimeout(100);
      const next = await column.boundingBox();
      if (next && box && next.y === box.y) break;
      box = next;
    }
    const rows = Number(start.slice(8)) <= 26 ? 2 : -2;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await p.mouse.move(x, y);
    await p.mouse.down();
    for (let i = 1; i <= 10; i += 1) await p.mouse.move(x, y - (34 * rows * i) / 10);
    await p.mouse.up();
    await p.waitForTimeout(500);
    await p.locator('.weui-picker:visible .weui-picker__action', { hasText: '确定' }).click();
    const picked = addDays(start, rows);
    await p.waitForFunction((day) => document.querySelector('[data-field="startDate"] [data-value]')?.getAttribute('data-value') === day, picked);
    assert.match(await v('[data-field="startDate"]').innerText(), new RegExp(shown(picked)));
    // The picker's bounds: nothing before today, the end not before the start, the deadline not after it.
    assert.equal(await p.locator('[data-field="startDate"] [data-start]').getAttribute('data-start'), today());
    assert.equal(await p.locator('[data-field="endDate"] [data-start]').getAttribute('data-start'), picked);
    assert.equal(await p.locator('[data-field="enrollmentDeadline"] [data-end]').getAttribute('data-end'), picked);
    await assertPlain(p, '课程表（日期）');
  });

  it('cancelling a course closes the cancel form (its dismiss button says 不取消了); 结业发证 waits for the start', async () => {
    const trainer = await demoToken('TRAINER');
    const courseId = await postCourse(trainer, '茶艺入门班（取消测试）');
    const her = await demoToken('VILLAGER', 1);
    await gql(server.url, `mutation($id: ID!) { enrollInCourse(courseId: $id) { userErrors { code } } }`, { id: courseId }, her.token);

    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'TRAINER');
    await v('[data-menu="trainer"]').click();
    const card = `[data-course-posting-id="${courseId}"]`;
    await v(card).waitFor();

    // Not started yet: the roster lists her, but offers no 结业发证.
    await v(`${card} [data-action="roster"]`).click();
    await v('[data-enrollment-id]').first().waitFor();
    await settle(p);
    assert.equal(await v('[data-enrollment-id] [data-action="complete"]').count(), 0, 'no 结业发证 before the course starts');
    await p.goBack();
    await v(card).waitFor();
    await settle(p);

    await v(`${card} [data-action="cancel-course"]`).click();
    const form = `${card} [data-reason-form="cancel-course"]`;
    await v(form).waitFor();
    assert.ok(await v(`${form} [data-action="keep"]`, { hasText: '不取消了' }).count(), 'the dismiss button says 不取消了');
    await v(`${form} textarea`).fill('老师生病，改到下个月');
    await v(`${form} [data-action="confirm-cancel-course"]`).click();
    await p.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-status') === 'CANCELLED', card);
    await v(form).waitFor({ state: 'detached' });
    assert.equal(await v(`${card} [data-action="confirm-cancel-course"]`).count(), 0);
  });

  it('every console list has a keyword box and a status filter', async () => {
    const recruiter = await demoToken('RECRUITER');
    const closedId = await postJob(recruiter, '搜索测试 停招的修脚');
    await gql(server.url, `mutation($id: ID!) { closeJob(id: $id) { userErrors { code } } }`, { id: closedId }, recruiter.token);
    const openId = await postJob(recruiter, '搜索测试 在招的足疗');

    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'RECRUITER');
    await v('[data-menu="recruiter"]').click();
    await v(`[data-posting-id="${openId}"]`).waitFor();
    const all = await v('[data-posting-id]').count();
    assert.ok(all > 2);
    await v('[data-console-search="jobs"] input').fill('搜索测试');
    await p.waitForFunction(() => document.querySelectorAll('[data-posting-id]').length === 2);
    await v('[data-console-status="jobs"] [data-choice="CLOSED"]').click();
    await p.waitForFunction((id) => {
      const cards = [...document.querySelectorAll('[data-posting-id]')];
      return cards.length === 1 && cards[0].getAttribute('data-posting-id') === id;
    }, closedId);
    assert.match(await v('[data-console-summary="jobs"]').innerText(), /找到1个/);
    await v('[data-console-search="jobs"] input').fill('没有这样的招聘');
    await v('[data-state="no-match"]').waitFor();
    await assertPlain(p, '招工管理（搜索）');

    // The trainer's courses and the bureau's organisations have the same two controls.
    await signInAs(p, 'TRAINER');
    await v('[data-menu="trainer"]').click();
    await v('[data-console-search="courses"] input').waitFor();
    await v('[data-console-status="courses"] [data-choice="CANCELLED"]').click();
    await p.waitForFunction(() => [...document.querySelectorAll('[data-course-posting-id]')].every((c) => c.getAttribute('data-status') === 'CANCELLED'));

    await signInAs(p, 'ADMIN');
    await v('[data-menu="admin"]').click();
    await v('[data-console-search="organizations"] input').waitFor();
    assert.ok(await v('[data-console-status="organizations"] [data-choice]').count() >= 2);
  });

  it('a live job edited says 已保存; a closed job reopens; a taken-down one shows the bureau\'s phone and 修改后申请恢复', async () => {
    const recruiter = await demoToken('RECRUITER');
    const liveId = await postJob(recruiter, '修脚师傅 东莞修改测试');
    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'RECRUITER');
    await visit(p, `/recruiter/job/index?id=${encodeURIComponent(liveId)}`);
    await v('[data-field="title"] input').waitFor();
    await settle(p);
    await fillField(p, 'headcount', '4');
    await v('[data-action="save"]').click();
    await v('[data-sheet="job-saved"]').waitFor();
    const saved = await v('[data-sheet="job-saved"]').innerText();
    assert.match(saved, /已保存/);
    assert.doesNotMatch(saved, /发布成功|已经发布/);

    const closedId = await postJob(recruiter, '修脚师傅 东莞重开测试');
    await gql(server.url, `mutation($id: ID!) { closeJob(id: $id) { userErrors { code } } }`, { id: closedId }, recruiter.token);
    const admin = await demoToken('ADMIN');
    const downId = await postJob(recruiter, '修脚师傅 东莞下架测试');
    const { takeDownPosting } = await gql(server.url, `mutation($id: ID!) { takeDownPosting(kind: JOB, id: $id, reason: "电话里要求先交体检费") { userErrors { code message } } }`, { id: downId }, admin.token);
    assert.deepEqual(takeDownPosting.userErrors, []);

    await visit(p, `/recruiter/index/index`);
    await v(`[data-posting-id="${closedId}"] [data-action="reopen"]`).click();
    await p.waitForFunction((id) => document.querySelector(`[data-posting-id="${id}"]`)?.getAttribute('data-status') === 'OPEN', closedId);

    const down = `[data-posting-id="${downId}"]`;
    await v(`${down} [data-state="taken-down"]`).waitFor();
    const text = await v(down).innerText();
    assert.match(text, /体检费/);
    assert.match(text, /0915-4312345/);
    assert.ok(await v(`${down} [data-action="edit-for-review"]`, { hasText: '修改后申请恢复' }).count());
    await v(`${down} [data-action="edit-for-review"]`).click();
    await v('[data-field="description"] textarea').waitFor();
    await settle(p);
    await fillField(p, 'description', '东莞修脚店招师傅，包吃包住，体检由店里出钱安排。不向求职者收取任何费用。');
    await v('[data-action="save"]').click();
    await v('[data-sheet="job-saved"] [data-state="saved-UNDER_REVIEW"]').waitFor();
    await assertPlain(p, '招聘表（申请恢复）');
  });

  it('on the web a sub-page has a back button, and /favicon.ico is served', async () => {
    const p = staff.page;
    const v = on(p);
    await openMe(p);
    await settle(p);
    assert.equal(await v('.page-back[data-action="page-back"]').count(), 0, 'no back button on a tab');
    await visit(p, `/me/favorites/index`);
    await v('.page-back[data-action="page-back"]').waitFor();
    await v('.page-back[data-action="page-back"]').click();
    await p.waitForFunction(() => /pages\/(jobs|me)\/index/.test(location.hash) || location.hash === '' || location.hash === '#/');

    const res = await fetch(`${server.url}/favicon.ico`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^image\//);
    assert.ok((await res.arrayBuffer()).byteLength > 0);
    assert.deepEqual(staff.pageErrors, []);
    assert.deepEqual(villager.pageErrors, []);
  });
});
