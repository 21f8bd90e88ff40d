// The consoles end to end, in Chromium against the real server in development mode: a
// recruiter posts a job in 深圳 and moves the villager who applied to 面试, which she reads in
// 消息 and 我的报名; a trainer marks an enrolled villager completed, and she applies to a job
// with the certificate attached; the county bureau takes down a posting that mentions a
// deposit and sees the county's figures as charts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertElderFriendly, assertPlain, demoAccount, gql, openPhone, screenshot, signInAsDemo, startRealServer } from './support/harness.mjs';

let server;
let staff; // one phone for the recruiter, then the trainer, then the bureau officer
let villager; // another for the demo villagers

const on = (p) => (selector, options) => p.locator(`${selector}:visible`, options);
const settle = (p) => p.waitForTimeout(450);
const demoToken = (role, slot = 1) => demoAccount(server.url, role, slot);
const signInAs = (p, role, slot = 1) => signInAsDemo(p, server.url, role, slot);
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function openTab(p, label) {
  await p.locator('.weui-tabbar__item', { hasText: label }).click();
  await settle(p);
}

async function fillField(p, field, value) {
  const box = on(p)(`[data-field="${field}"] input, [data-field="${field}"] textarea`).first();
  await box.fill(value);
}

const JOB_TITLE = '修脚师傅 深圳包吃住夫妻间';

describe('consoles: recruiter, trainer and county bureau, in Chromium against the real server', () => {
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

  let jobId;

  it('a recruiter posts a job in 深圳: the server refuses a deposit on the right field, then it is published', async () => {
    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'RECRUITER');
    await v('[data-menu="recruiter"]').click();
    await v('[data-action="new-job"]').waitFor();
    await settle(p);
    await assertPlain(p, '招工管理');
    await v('[data-action="new-job"]').click();
    await v('[data-field="title"] input').waitFor();
    await settle(p);

    await fillField(p, 'title', JOB_TITLE);
    await v('[data-field="category"] [data-choice="PEDICURE"]').click();
    await fillField(p, 'headcount', '3');
    await fillField(p, 'pay.min', '6000');
    await fillField(p, 'pay.max', '9000');
    for (const c of ['providesHousing', 'providesMeals', 'coupleRooms']) await v(`[data-field="${c}"]`).click();
    await fillField(p, 'place.province', '广东省');
    await fillField(p, 'place.city', '深圳市');
    await fillField(p, 'place.county', '南山区');
    await fillField(p, 'requirements', '有修脚经验优先\n能吃苦');
    // Asking for a deposit: only the server knows the fee rules, and it answers on 工作介绍.
    await fillField(p, 'description', '紫阳老乡开的修脚店，包吃包住，有夫妻间。入职先交押金500元。不向求职者收取任何费用。');
    await v('[data-action="publish"]').click();
    await v('[data-field="description"] .form__problem').waitFor();
    assert.match(await v('[data-field="description"] .form__problem').innerText(), /不能让求职者出钱：“入职先交押金500元”/);
    await assertPlain(p, '招聘表（服务器退回）');
    await v('[data-field="description"] textarea').scrollIntoViewIfNeeded();
    await screenshot(p, 'recruiter-job-form-error');

    await fillField(p, 'description', '紫阳老乡开的修脚店，包吃包住，有夫妻间，月休四天。不向求职者收取任何费用。');
    await v('[data-action="publish"]').click();
    await v('[data-state="saved-OPEN"]').waitFor();
    assert.match(await v('[data-sheet="job-saved"]').innerText(), /发布成功/);

    await v('[data-sheet="job-saved"] [data-action="back"]').click();
    await settle(p);
    const card = v('[data-posting-id]', { hasText: JOB_TITLE });
    await card.waitFor();
    jobId = await card.getAttribute('data-posting-id');
    assert.equal(await card.getAttribute('data-status'), 'OPEN');
    assert.match(await card.innerText(), /6000–9000元\/月/);
    assert.match(await card.innerText(), /还没有人报名/);
  });

  it('a villager finds it, applies; the recruiter sees her and moves her to 面试 with time and place', async () => {
    const q = villager.page;
    const w = on(q);
    await signInAs(q, 'VILLAGER', 1);
    await openTab(q, '找工作');
    await w('.search__input input').fill('修脚师傅 深圳');
    await w('.search__button').click();
    await w(`[data-job-id="${jobId}"]`).waitFor();
    await w(`[data-job-id="${jobId}"]`).click();
    await w('[data-action="apply"]').waitFor();
    await settle(q);
    await w('[data-action="apply"]').click();
    await w('[data-sheet="contact-form"] [data-field="note"] textarea').fill('做过五年修脚，和老公一起去');
    await w('[data-sheet="contact-form"] [data-action="submit"]').click();
    await w('[data-state="applied"]').waitFor();

    const p = staff.page;
    const v = on(p);
    await p.reload();
    await v(`[data-posting-id="${jobId}"] [data-field="counts"]`).waitFor();
    await p.waitForFunction((id) => /1人报名：待查看1/.test(document.querySelector(`[data-posting-id="${id}"] [data-field="counts"]`)?.textContent ?? ''), jobId);
    await assertElderFriendly(p, '招工管理');
    await screenshot(p, 'recruiter-console');

    await v(`[data-posting-id="${jobId}"] [data-action="applicants"]`).click();
    const applicant = v('[data-applicant-id]').first();
    await applicant.waitFor();
    await settle(p);
    const text = await applicant.innerText();
    assert.match(text, /张桂兰/);
    assert.match(text, /138 0000 1001/);
    assert.match(text, /做过五年修脚/);
    assert.ok(await v('[data-applicant-id] [data-action="call"]').count(), 'a call button');
    assert.equal(await v('[data-applicant-id] [data-action="call"]').first().getAttribute('href'), 'tel:13800001001');

    await v('[data-applicant-id] [data-action="status-VIEWED"]').click();
    await p.waitForFunction(() => document.querySelector('[data-applicant-id]')?.getAttribute('data-status') === 'VIEWED');
    // An interview without time and place is stopped in the app, under the box.
    await v('[data-applicant-id] [data-action="status-INTERVIEW"]').click();
    await v('[data-applicant-id] [data-action="confirm-status"]').click();
    assert.match(await v('[data-applicant-id] [data-field="message"] .form__problem').innerText(), /面试的时间和地点/);
    await v('[data-applicant-id] [data-field="message"] textarea').fill('12月5日上午10点，深圳南山区科技园店，找周经理');
    await v('[data-applicant-id] [data-action="confirm-status"]').click();
    await p.waitForFunction(() => document.querySelector('[data-applicant-id]')?.getAttribute('data-status') === 'INTERVIEW');
    await settle(p);
    await assertPlain(p, '报名的人');
    await assertElderFriendly(p, '报名的人');
    await screenshot(p, 'recruiter-applicants');
  });

  it('she sees the invitation in 消息 (with a badge on 我的) and in 我的报名', async () => {
    const q = villager.page;
    const w = on(q);
    await q.goto(`${server.url}/#/pages/me/index`);
    await w('[data-menu="messages"] [data-unread]').waitFor();
    assert.ok(Number(await w('[data-menu="messages"] [data-unread]').getAttribute('data-unread')) >= 1);
    await w('[data-menu="messages"]').click();
    const invite = w('[data-message-id]', { hasText: '面试邀请' });
    await invite.waitFor();
    assert.match(await invite.innerText(), /12月5日上午10点，深圳南山区科技园店/);
    await settle(q);
    await assertPlain(q, '消息');
    await assertElderFriendly(q, '消息');
    await screenshot(q, 'messages');

    const { token } = await demoToken('VILLAGER', 1);
    const { unreadMessageCount } = await gql(server.url, '{ unreadMessageCount }', {}, token);
    assert.equal(unreadMessageCount, 0, 'shown messages are marked read');

    await q.goto(`${server.url}/#/me/applications/index`);
    const mine = w(`[data-application-id]`, { hasText: JOB_TITLE });
    await mine.waitFor();
    assert.equal(await mine.getAttribute('data-status'), 'INTERVIEW');
    assert.match(await mine.innerText(), /邀请面试/);
    assert.match(await mine.innerText(), /科技园店/);
  });

  it('a trainer marks an enrolled villager completed; she applies with the certificate attached', async () => {
    const trainer = await demoToken('TRAINER');
    const day = today();
    const { postCourse } = await gql(
      server.url,
      `mutation($org: ID!, $input: CourseInput!) { postCourse(organizationId: $org, input: $input) { course { id } userErrors { field code message } } }`,
      {
        org: trainer.orgId,
        input: {
          title: '修脚技能速成班（今天开课）', skill: 'PEDICURE', description: '县职教中心老师手把手教修脚，管吃管住，结业发证书。',
          place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' }, startDate: day, endDate: addDays(day, 10),
          enrollmentDeadline: day, hours: 80, fee: 0, subsidy: 300, coversFood: true, coversLodging: true, coversTravel: false,
          seats: 30, certificate: '专项职业能力证书（修脚）', requirements: [], leadsToEmployerIds: [], contactName: '李老师', contactPhone: '0915-4310000',
        },
      },
      trainer.token,
    );
    assert.deepEqual(postCourse.userErrors, []);
    const courseId = postCourse.course.id;
    const second = await demoToken('VILLAGER', 2);
    const { enrollInCourse } = await gql(server.url, `mutation($id: ID!) { enrollInCourse(courseId: $id) { enrollment { status } userErrors { code message } } }`, { id: courseId }, second.token);
    assert.deepEqual(enrollInCourse.userErrors, [], 'enrolling on the first day of a course is allowed');
    assert.equal(enrollInCourse.enrollment.status, 'ENROLLED');

    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'TRAINER');
    await v('[data-menu="trainer"]').click();
    await v(`[data-course-posting-id="${courseId}"] [data-action="roster"]`).click();
    const row = v('[data-enrollment-id]').first();
    await row.waitFor();
    await settle(p);
    assert.match(await row.innerText(), /李德明/);
    assert.match(await row.innerText(), /138 0000 1002/);
    await v('[data-enrollment-id] [data-action="complete"]').click();
    await v('[data-state="certificate-issued"]').waitFor();
    const issued = await v('[data-state="certificate-issued"]').innerText();
    const number = /编号 (\S+)/.exec(issued)?.[1];
    // The year and ten digits: easy to read out over the phone.
    assert.match(number ?? '', /^\d{14}$/);
    await settle(p);
    await assertPlain(p, '学员名单');
    await assertElderFriendly(p, '学员名单');
    await screenshot(p, 'trainer-roster');

    const q = villager.page;
    const w = on(q);
    await signInAs(q, 'VILLAGER', 2);
    await w('[data-section="certificates"]').waitFor();
    assert.match(await w('[data-section="certificates"]').innerText(), new RegExp(number));
    await q.goto(`${server.url}/#/job/detail/index?id=${encodeURIComponent(jobId)}`);
    await w('[data-action="apply"]').waitFor();
    await settle(q);
    await w('[data-action="apply"]').click();
    await w('[data-sheet="contact-form"] [data-certificate-id]').click();
    await screenshot(q, 'apply-with-certificate');
    await w('[data-sheet="contact-form"] [data-action="submit"]').click();
    await w('[data-state="applied"]').waitFor();

    const recruiter = await demoToken('RECRUITER');
    const { job } = await gql(server.url, `query($id: ID!) { job(id: $id) { applications { applicant { name } certificates { number } } } }`, { id: jobId }, recruiter.token);
    const hers = job.applications.find((a) => a.applicant.name === '李德明');
    assert.deepEqual(hers.certificates.map((c) => c.number), [number]);
  });

  it('the county bureau takes down a posting that leaves its costs to the phone call, handles a report, and sees the charts', async () => {
    const recruiter = await demoToken('RECRUITER');
    const { postJob } = await gql(
      server.url,
      `mutation($org: ID!, $input: JobInput!) { postJob(organizationId: $org, input: $input, publish: true) { job { id status } userErrors { code message } } }`,
      {
        org: recruiter.orgId,
        input: {
          title: '足疗技师 杭州高薪', category: 'FOOT_THERAPY', description: '杭州足疗店招技师，包住，工装费用到店了解。不向求职者收取任何费用。',
          place: { province: '浙江省', city: '杭州市' }, pay: { min: 7000, max: 12000, unit: 'MONTH', settlement: 'MONTHLY' },
          providesHousing: true, providesMeals: false, coupleRooms: false, dayShiftOnly: false, socialInsurance: false, travelPaid: false,
          headcount: 5, requirements: [], contactName: '吴店长', contactPhone: '13912345678',
        },
      },
      recruiter.token,
    );
    assert.deepEqual(postJob.userErrors, []);
    assert.equal(postJob.job.status, 'UNDER_REVIEW', 'a cost left to the phone call holds it for review');
    const heldId = postJob.job.id;

    // A villager reports the 深圳 job from its page.
    const q = villager.page;
    const w = on(q);
    await q.goto(`${server.url}/#/job/detail/index?id=${encodeURIComponent(jobId)}`);
    await w('.report [data-action="report"]').waitFor();
    await w('.report [data-action="report"]').click();
    await w('[data-reason-form="report"] [data-action="confirm-report"]').click();
    assert.match(await w('[data-reason-form="report"] .form__problem').innerText(), /请填写举报理由/);
    await w('[data-reason-form="report"] textarea').fill('打电话时说要先交三百块工装费');
    await w('[data-reason-form="report"] [data-action="confirm-report"]').click();
    await w('[data-state="reported"]').waitFor();

    const p = staff.page;
    const v = on(p);
    await signInAs(p, 'ADMIN');
    await v('[data-menu="admin"]').click();
    await v(`[data-review-id="${heldId}"]`).waitFor();
    await v(`[data-report-id][data-posting-id="${jobId}"]`).waitFor();
    await settle(p);
    await assertPlain(p, '县人社局');
    await assertElderFriendly(p, '县人社局');
    await screenshot(p, 'bureau-queues');

    await v(`[data-review-id="${heldId}"] [data-action="take-down"]`).click();
    await v(`[data-review-id="${heldId}"] textarea`).fill('工装费用到店才说，实为到店后收取住宿押金');
    await v(`[data-review-id="${heldId}"] [data-action="confirm-take-down"]`).click();
    await v(`[data-review-id="${heldId}"]`).waitFor({ state: 'detached' });
    await v(`[data-report-id][data-posting-id="${jobId}"] [data-action="dismiss"]`).click();
    await v(`[data-report-id][data-posting-id="${jobId}"]`).waitFor({ state: 'detached' });

    const { job } = await gql(server.url, `query($id: ID!) { job(id: $id) { status } }`, { id: heldId }, recruiter.token);
    assert.equal(job.status, 'TAKEN_DOWN');

    await v('[data-menu="figures"]').click();
    await v('[data-chart="bar"] [data-label]').first().waitFor();
    await settle(p);
    const bars = await p.evaluate(() => [...document.querySelectorAll('[data-chart="bar"] [data-label]')].map((r) => Number(r.getAttribute('data-value'))));
    assert.ok(bars.length > 0 && bars.every((n) => Number.isFinite(n)), 'town bars with figures');
    assert.ok(await v('[data-chart="month"] [data-label]').count(), 'month columns');
    await assertPlain(p, '全县数据');
    await assertElderFriendly(p, '全县数据');
    await screenshot(p, 'bureau-figures');
    await v('[data-chart="bar"]').scrollIntoViewIfNeeded();
    await p.waitForTimeout(200);
    await screenshot(p, 'bureau-figures-towns');

    // The recruiter sees the takedown and why.
    await signInAs(p, 'RECRUITER');
    await v('[data-menu="recruiter"]').click();
    const down = v(`[data-posting-id="${heldId}"] [data-state="taken-down"]`);
    await down.waitFor();
    assert.match(await down.innerText(), /住宿押金/);
    await down.scrollIntoViewIfNeeded();
    await screenshot(p, 'recruiter-taken-down');

    assert.deepEqual(staff.pageErrors, []);
    assert.deepEqual(villager.pageErrors, []);
  });
});
