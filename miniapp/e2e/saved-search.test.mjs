// Job alerts end to end, in Chromium against the real server in development mode with a
// clock the test moves: a villager saves 深圳 · 足疗 · 包吃住 from the job list, a recruiter
// posts a matching job, a day passes, and her 消息 holds the digest; 我的搜索 lists the search
// and a tap on it shows the job list with that filter on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAccount, gql, openPhone, screenshot, signInAsDemo, startRealServer, visibleTextProblems } from './support/harness.mjs';

let server;
let phone;

const on = (p) => (selector, options) => p.locator(`${selector}:visible`, options);
const settle = (p) => p.waitForTimeout(450);
const demoToken = (role, slot = 1) => demoAccount(server.url, role, slot);
const signInAs = (p, role, slot = 1) => signInAsDemo(p, server.url, role, slot);

const JOB = {
  title: '足疗技师 福田新店包吃住',
  category: 'FOOT_THERAPY',
  description: '深圳福田新店招足疗技师，底薪加提成，包吃包住。不向求职者收取任何费用。',
  place: { province: '广东省', city: '深圳市', county: '福田区', address: '福华路88号' },
  pay: { min: 6500, max: 9500, unit: 'MONTH', settlement: 'MONTHLY' },
  providesHousing: true,
  providesMeals: true,
  coupleRooms: false,
  dayShiftOnly: false,
  socialInsurance: false,
  travelPaid: false,
  headcount: 3,
  requirements: ['能吃苦'],
  contactName: '陈店长',
  contactPhone: '13812345670',
};

describe('a saved search and its daily digest, in Chromium against the real server', () => {
  before(async () => {
    server = await startRealServer({ development: true, clock: true });
    phone = await openPhone();
  });
  after(async () => {
    await phone?.close();
    await server?.stop();
  });

  it('saves 深圳 · 足疗 · 包吃住 from the job list and finds the digest in 消息 a day after a matching job is posted', async () => {
    const p = phone.page;
    const v = on(p);
    await signInAs(p, 'VILLAGER', 1);

    // The job list: no filter, nothing to save.
    await p.goto(`${server.url}/#/pages/jobs/index`);
    await v('[data-job-id]').first().waitFor();
    assert.equal(await v('[data-action="save-search"]').count(), 0, 'no 保存搜索 without a filter');
    for (const chip of ['深圳市', '足疗', '包吃住']) {
      await v(`[data-chip="${chip}"]`).first().click();
      await v(`[data-chip="${chip}"][aria-pressed="true"]`).first().waitFor();
      await settle(p);
    }
    await v('[data-action="save-search"]').click();
    const note = v('[data-saved-search]').first();
    await note.waitFor();
    assert.equal(await note.getAttribute('data-saved-search'), '深圳 · 足疗 · 包吃住');
    assert.match(await note.innerText(), /已保存“深圳 · 足疗 · 包吃住”/);
    assert.deepEqual(await visibleTextProblems(p), [], 'plain Chinese on the job list');
    await screenshot(p, 'saved-search-saved');

    // A recruiter posts a job that matches; the next morning comes.
    const recruiter = await demoToken('RECRUITER');
    const posted = await gql(server.url, `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id status } userErrors { code message } } }`, { o: recruiter.orgId, i: JOB }, recruiter.token);
    assert.deepEqual(posted.postJob.userErrors, []);
    assert.equal(posted.postJob.job.status, 'OPEN');
    server.advanceClock(25 * 3600 * 1000);

    // 消息: the server runs the digest on its own within moments; reload until it is there.
    const digest = v('[data-kind="SAVED_SEARCH_DIGEST"]').first();
    for (let i = 0; i < 40 && !(await digest.count()); i++) {
      await p.goto(`${server.url}/#/me/messages/index`);
      await v('.screen').first().waitFor();
      await settle(p);
    }
    await digest.waitFor();
    const text = await digest.innerText();
    assert.match(text, /1 个新工作符合 深圳 · 足疗 · 包吃住/);
    assert.doesNotMatch(text, /您/);
    assert.equal(await v('[data-kind="SAVED_SEARCH_DIGEST"]').count(), 1, 'one digest');
    assert.deepEqual(await visibleTextProblems(p), [], 'plain Chinese in 消息');
    await screenshot(p, 'saved-search-digest');

    // The digest opens 我的搜索; a tap on the search shows the list with its chips on.
    await digest.click();
    const row = v('[data-saved-search="深圳 · 足疗 · 包吃住"]').first();
    await row.waitFor();
    await row.locator('[data-action="open-saved-search"]').click();
    await v(`[data-job-id="${posted.postJob.job.id}"]`).first().waitFor();
    for (const chip of ['深圳市', '足疗', '包吃住']) await v(`[data-chip="${chip}"][aria-pressed="true"]`).first().waitFor();

    // Deleting it in 我的搜索 leaves the list empty.
    await p.goto(`${server.url}/#/me/saved-searches/index`);
    await v('[data-saved-search="深圳 · 足疗 · 包吃住"] [data-action="delete-saved-search"]').click();
    await v('[data-state="empty"]').waitFor();
    assert.deepEqual(phone.pageErrors, []);
  });
});
