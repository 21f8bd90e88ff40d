// 帮家人报名 end to end, in Chromium (375×812) against the real server in development mode: a
// daughter-in-law applies for her father-in-law from the job page; the recruiter sees who
// applied for whom, with both phone numbers; the father-in-law signs in, proves his number
// with WeChat's phone button (the WeChat stand-in answers for it) and finds the application
// in his own 我的报名, while it leaves hers.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoAccount, gql, openPhone, REPO_DIR, screenshot, signInAsDemo, startRealServer, visibleTextProblems } from './support/harness.mjs';

const require = createRequire(import.meta.url);
const { startWechatStandIn } = require(join(REPO_DIR, 'server', 'dist', 'wechat', 'stand-in.js'));

let server;
let wechat;
let phone;

const on = (p) => (selector, options) => p.locator(`${selector}:visible`, options);
const settle = (p) => p.waitForTimeout(450);
const demoToken = (role, slot = 1) => demoAccount(server.url, role, slot);
const signInAs = (p, role, slot = 1) => signInAsDemo(p, server.url, role, slot);

const FATHER = { name: '张大山', phone: '13922220002', homeTown: '高桥镇', homeVillage: '铁佛村' };
const JOB = {
  title: '修脚师 福田店代报名测试',
  category: 'PEDICURE',
  description: '深圳福田店招修脚师，包吃住，年纪大些也可以，不向求职者收取任何费用。',
  place: { province: '广东省', city: '深圳市', county: '福田区', address: '福华路88号' },
  pay: { min: 5000, max: 8000, unit: 'MONTH', settlement: 'MONTHLY' },
  providesHousing: true,
  providesMeals: true,
  coupleRooms: false,
  dayShiftOnly: true,
  socialInsurance: false,
  travelPaid: false,
  headcount: 3,
  requirements: ['会修脚'],
  contactName: '吴店长',
  contactPhone: '13812340000',
};

describe('帮家人报名, in Chromium against the real server', () => {
  before(async () => {
    // The server exchanges the phone button's code with WeChat: the stand-in answers for it.
    wechat = await startWechatStandIn();
    Object.assign(process.env, { WECHAT_API_BASE: wechat.url, WECHAT_APP_ID: wechat.appId, WECHAT_APP_SECRET: wechat.appSecret });
    server = await startRealServer({ development: true });
    phone = await openPhone();
  });
  after(async () => {
    await phone?.close();
    await server?.stop();
    await wechat?.close();
  });

  it('a daughter-in-law applies for her father-in-law; the recruiter sees who for whom; he signs in and it is his', async () => {
    const recruiter = await demoToken('RECRUITER');
    const posted = await gql(server.url, `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id status } userErrors { code message } } }`, { o: recruiter.orgId, i: JOB }, recruiter.token);
    assert.deepEqual(posted.postJob.userErrors, []);
    const jobId = posted.postJob.job.id;
    const helper = await demoToken('VILLAGER', 1);

    const p = phone.page;
    const v = on(p);
    // She signs in and opens the job.
    await signInAs(p, 'VILLAGER', 1);
    await p.goto(`${server.url}/#/job/detail/index?id=${jobId}`);
    await v('[data-action="apply"]').waitFor();
    await v('[data-action="apply"]').click();
    const form = v('[data-sheet="contact-form"]');
    await form.waitFor();
    // Her own name and phone stay; the switch opens the boxes for him.
    await v('[data-sheet="contact-form"] [data-field="onBehalf"]').click();
    await v('[data-field="onBehalf.name"] input').fill(FATHER.name);
    await v('[data-field="onBehalf.phone"] input').fill(FATHER.phone);
    await v('[data-field="onBehalf.homeTown"] input').fill(FATHER.homeTown);
    await v('[data-field="onBehalf.homeVillage"] input').fill(FATHER.homeVillage);
    await v('[data-field="onBehalf.birthYear"] input').fill('1960');
    await v('[data-field="onBehalf.relation"] [data-choice="CHILD"]').click();
    await screenshot(p, 'apply-on-behalf');
    await v('[data-sheet="contact-form"] [data-action="submit"]').click();
    const done = v('[data-state="applied"]');
    await done.waitFor();
    assert.match(await done.innerText(), /已经替张大山把报名发给/);
    assert.deepEqual(await visibleTextProblems(p), []);

    // In her 我的报名 it is marked as made for him.
    await p.goto(`${server.url}/#/me/applications/index`);
    const hers = v('.card.mine', { hasText: JOB.title }).first();
    await hers.waitFor();
    assert.equal((await hers.locator('[data-field="helped"]').innerText()).trim(), '代报名 · 张大山');
    // 我的 → 我帮谁报了名 lists him with where he stands.
    await p.goto(`${server.url}/#/pages/me/index`);
    await v('[data-menu="helped"]').click();
    const person = v('[data-list="helped"][data-person="张大山"]');
    await person.waitFor();
    assert.match(await person.locator('[data-field="latest"]').innerText(), new RegExp(`工作「${JOB.title}」· 待查看`));
    assert.deepEqual(await visibleTextProblems(p), []);

    // The bureau's call list for his town: over 50 by the year she gave.
    await signInAs(p, 'ADMIN', 1);
    await p.goto(`${server.url}/#/admin/call-list/index`);
    await v('[data-field="town"] input').fill(FATHER.homeTown);
    await v('[data-action="search-call-list"]').click();
    await v('.card.mine, [data-state="empty"]').first().waitFor();
    // The town may have more villagers to call than one page: page on until he shows.
    for (let i = 0; i < 20 && (await v('[data-person="张大山"]').count()) === 0 && (await v('[data-action="more"]').count()) > 0; i++) {
      const before = await v('.card.mine').count();
      await v('[data-action="more"]').click();
      await p.waitForFunction((n) => document.querySelectorAll('.card.mine').length > n, before);
    }
    const entry = v('[data-person="张大山"]').first();
    await entry.waitFor();
    assert.match(await entry.locator('[data-field="reasons"]').innerText(), /50岁以上/);
    assert.match(await entry.innerText(), /家人代报名/);
    await screenshot(p, 'bureau-call-list');

    // The recruiter sees him, and who applied for him, with both phone numbers.
    await signInAs(p, 'RECRUITER', 1);
    await p.goto(`${server.url}/#/recruiter/applicants/index?id=${jobId}`);
    const row = v('.applicant', { hasText: FATHER.name }).first();
    await row.waitFor();
    assert.match(await row.locator('[data-field="applicant-phone"]').innerText(), /139\s?2222\s?0002/);
    const helperLine = await row.locator('[data-field="helper"]').innerText();
    assert.match(helperLine, new RegExp(`由 ${helper.user.name}（子女）代报名`));
    assert.match(helperLine.replace(/\s/g, ''), new RegExp(helper.user.phone));
    await screenshot(p, 'recruiter-applicant-on-behalf');
    assert.deepEqual(await visibleTextProblems(p), []);

    // He signs in and proves his number with WeChat's phone button (only in WeChat; here the
    // same mutation the button sends, answered by the stand-in).
    const father = await demoToken('VILLAGER', 2);
    const bound = await gql(server.url, `mutation($c: String!) { bindWechatPhone(code: $c) { user { phone } userErrors { code } } }`, { c: `phone-${FATHER.phone}` }, father.token);
    assert.deepEqual(bound.bindWechatPhone, { user: { phone: FATHER.phone }, userErrors: [] });
    await signInAs(p, 'VILLAGER', 2);
    await p.goto(`${server.url}/#/me/applications/index`);
    const his = v('.card.mine', { hasText: JOB.title }).first();
    await his.waitFor();
    assert.equal(await his.locator('[data-field="helped"]').count(), 0);
    assert.equal(await his.getAttribute('data-status'), 'SUBMITTED');
    assert.deepEqual(await visibleTextProblems(p), []);

    // It has left hers.
    await signInAs(p, 'VILLAGER', 1);
    await p.goto(`${server.url}/#/me/applications/index`);
    await v('.screen').first().waitFor();
    await settle(p);
    assert.equal(await v('.card.mine', { hasText: JOB.title }).count(), 0);
  });

  it("the trainer's roster shows who enrolled a villager for her mother", async () => {
    const trainer = await demoToken('TRAINER');
    const day = new Date(Date.now() + 8 * 3600_000 + 20 * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.now() + 8 * 3600_000 + 30 * 86_400_000).toISOString().slice(0, 10);
    const course = {
      title: '家政服务班 代报名测试', skill: 'DOMESTIC', description: '县职教中心的家政班，管吃管住，结业发证书。',
      place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' }, startDate: day, endDate: end, enrollmentDeadline: day,
      hours: 60, fee: 0, subsidy: 300, coversFood: true, coversLodging: true, coversTravel: false, seats: 30,
      certificate: '专项职业能力证书（家政）', requirements: [], leadsToEmployerIds: [], contactName: '李老师', contactPhone: '0915-4310000',
    };
    const posted = await gql(server.url, `mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i) { course { id } userErrors { field code message } } }`, { o: trainer.orgId, i: course }, trainer.token);
    assert.deepEqual(posted.postCourse.userErrors, []);
    const courseId = posted.postCourse.course.id;
    const helper = await demoToken('VILLAGER', 1);
    const MOTHER = { name: '王秀英', phone: '13922220003', homeTown: '高桥镇', homeVillage: '铁佛村', relation: 'CHILD' };
    const enrolled = await gql(server.url, `mutation($c: ID!, $b: OnBehalfInput) { enrollInCourse(courseId: $c, onBehalf: $b) { enrollment { id } userErrors { code message } } }`, { c: courseId, b: MOTHER }, helper.token);
    assert.deepEqual(enrolled.enrollInCourse.userErrors, []);

    const p = phone.page;
    const v = on(p);
    await signInAs(p, 'TRAINER', 1);
    await p.goto(`${server.url}/#/trainer/roster/index?id=${courseId}`);
    const row = v('[data-enrollment-id]', { hasText: MOTHER.name }).first();
    await row.waitFor();
    const line = await row.locator('[data-field="helper"]').innerText();
    assert.match(line, new RegExp(`由 ${helper.user.name}（子女）代报名`));
    assert.match(line.replace(/\s/g, ''), new RegExp(helper.user.phone));
    assert.deepEqual(await visibleTextProblems(p), []);
  });

  it('the bureau makes a villager a village cadre from 我的 → 村干部, and takes it back', async () => {
    const cadre = await demoToken('VILLAGER', 1);
    const cadreOf = async () => (await gql(server.url, `{ me { villageCadre { town village } } }`, {}, cadre.token)).me.villageCadre;
    const p = phone.page;
    const v = on(p);
    await signInAs(p, 'ADMIN', 1);
    await v('[data-menu="cadres"]').click();
    await v('[data-action="grant-cadre"]').waitFor();
    // Nothing filled: each box says what is missing, and nothing is granted.
    await v('[data-action="grant-cadre"]').click();
    await v('[data-field="phone"] .form__problem').waitFor();
    assert.match(await v('[data-field="phone"]').innerText(), /请填写他登录用的手机号/);
    assert.equal(await cadreOf(), null);
    await v('[data-field="phone"] input').fill(cadre.user.phone);
    await v('[data-field="town"] input').fill('高桥镇');
    await v('[data-field="village"] input').fill('铁佛村');
    await v('[data-action="grant-cadre"]').click();
    const card = v(`[data-cadre="${cadre.user.name}"]`);
    await card.waitFor();
    assert.match(await card.innerText(), /高桥镇铁佛村/);
    assert.match(await v('[data-state="done"]').innerText(), new RegExp(`已认证 ${cadre.user.name} 为 高桥镇铁佛村 的村干部`));
    assert.deepEqual(await cadreOf(), { town: '高桥镇', village: '铁佛村' });
    assert.deepEqual(await visibleTextProblems(p), []);

    await card.locator('[data-action="revoke-cadre"]').click();
    await v(`[data-cadre="${cadre.user.name}"]`).waitFor({ state: 'detached' });
    assert.equal(await cadreOf(), null);
  });
});
