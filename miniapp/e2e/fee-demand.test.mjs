// 对方让我交钱 end to end, in Chromium against the real server in development mode: a villager
// who applied to a job reports from 我的报名 that the employer asked her for money; the job is
// frozen at once, so another villager who applied no longer finds it in the job list, and finds
// the warning not to pay in 消息.
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
  title: '足疗师 南山新店急招',
  category: 'FOOT_THERAPY',
  description: '深圳南山店招足疗师，底薪加提成，宿舍有夫妻间。不向求职者收取任何费用。',
  place: { province: '广东省', city: '深圳市', county: '南山区', address: '南山大道1001号' },
  pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' },
  providesHousing: true,
  providesMeals: true,
  coupleRooms: true,
  dayShiftOnly: false,
  socialInsurance: false,
  travelPaid: false,
  headcount: 5,
  requirements: ['能吃苦'],
  contactName: '周经理',
  contactPhone: '13812345678',
};

describe('对方让我交钱 from 我的报名, in Chromium against the real server', () => {
  before(async () => {
    server = await startRealServer({ development: true });
    phone = await openPhone();
  });
  after(async () => {
    await phone?.close();
    await server?.stop();
  });

  it('freezes the job for everyone and warns the other applicant in 消息', async () => {
    const recruiter = await demoToken('RECRUITER');
    const posted = await gql(server.url, `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id status } userErrors { code message } } }`, { o: recruiter.orgId, i: JOB }, recruiter.token);
    assert.deepEqual(posted.postJob.userErrors, []);
    const jobId = posted.postJob.job.id;
    for (const slot of [1, 2]) {
      const { token } = await demoToken('VILLAGER', slot);
      const applied = await gql(server.url, `mutation($j: ID!) { applyToJob(jobId: $j) { userErrors { code message } } }`, { j: jobId }, token);
      assert.deepEqual(applied.applyToJob.userErrors, [], `villager ${slot} applies`);
    }

    const p = phone.page;
    const v = on(p);
    // The first villager reports from 我的报名.
    await signInAs(p, 'VILLAGER', 1);
    await p.goto(`${server.url}/#/me/applications/index`);
    const card = v('.card.mine', { hasText: JOB.title }).first();
    await card.waitFor();
    await card.locator('[data-action="fee-demand"]').click();
    const sheet = v('[data-sheet="fee-demand"]');
    await sheet.waitFor();
    await sheet.locator('[data-field="note"] textarea').fill('打电话让先交500元服装费才能上岗');
    await sheet.locator('[data-action="send-fee-demand"]').click();
    await v('[data-state="fee-reported"]').waitFor();
    assert.match(await v('[data-sheet="fee-demand"]').innerText(), /暂停显示.*请你不要交钱/s);
    assert.deepEqual(await visibleTextProblems(p), [], 'plain Chinese on the answer');
    await screenshot(p, 'fee-demand-reported');
    await v('[data-action="fee-demand-done"]').click();
    // Her card now says the job is held, with nothing to call.
    await v('.card.mine [data-gone="true"]', { hasText: JOB.title }).waitFor();

    // The other villager: the job is gone from the list, and 消息 warns her not to pay.
    await signInAs(p, 'VILLAGER', 2);
    await p.goto(`${server.url}/#/pages/jobs/index`);
    await v('[data-job-id]').first().waitFor();
    await settle(p);
    assert.equal(await v(`[data-job-id="${jobId}"]`).count(), 0, 'the frozen job is not listed');
    assert.equal(await v('[data-job-id]', { hasText: JOB.title }).count(), 0);
    await p.goto(`${server.url}/#/me/messages/index`);
    const warning = v('[data-kind="FEE_WARNING"]').first();
    await warning.waitFor();
    const text = await warning.innerText();
    assert.match(text, /不要交钱/);
    assert.match(text, new RegExp(JOB.title));
    assert.doesNotMatch(text, /您/);
    assert.deepEqual(await visibleTextProblems(p), [], 'plain Chinese in 消息');
    assert.deepEqual(phone.pageErrors, []);
  });
});
