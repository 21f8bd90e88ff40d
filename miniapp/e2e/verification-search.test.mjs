// Verification with something to verify, the bureau's search, and the duplicate question, in
// Chromium at 375×812 against the real server: an employer registers with her 统一社会信用代码
// and a photo of her 营业执照 chosen and uploaded through the app; the bureau sees the details
// beside the photo and says 不通过 with a reason she reads; the photo is refused, by URL, to
// another organisation, a villager and a visitor. The bureau finds a job nobody reported and
// takes it down from the search. A recruiter posting a job identical to a live one is asked
// 已经有一个一样的，还要再发吗？ and decides.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertElderFriendly, assertPlain, demoAccount, gql, openPhone, screenshot, signInAsDemo, startRealServer } from './support/harness.mjs';

let server;
let owner; // the phone of the employer who registers, later a recruiter
let bureau; // the bureau officer's phone
let scratch;

const on = (p) => (selector, options) => p.locator(`${selector}:visible`, options);
const settle = (p) => p.waitForTimeout(450);
const demoToken = (role, slot = 1) => demoAccount(server.url, role, slot);
const signInAs = (p, role, slot = 1) => signInAsDemo(p, server.url, role, slot);

async function fillField(p, field, value) {
  await on(p)(`[data-field="${field}"] input, [data-field="${field}"] textarea`).first().fill(value);
}

/** A real photo (a JPEG Chromium draws), as a phone's camera would hand it over. */
async function licenceJpeg(p) {
  const base64 = await p.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 320;
    c.height = 220;
    const g = c.getContext('2d');
    g.fillStyle = '#f4efe1';
    g.fillRect(0, 0, 320, 220);
    g.fillStyle = '#b22222';
    g.font = '28px sans-serif';
    g.fillText('营业执照', 100, 60);
    g.fillStyle = '#333';
    g.font = '14px sans-serif';
    g.fillText('统一社会信用代码 9144030071526726XG', 20, 120);
    return c.toDataURL('image/jpeg', 0.8).split(',')[1];
  });
  const file = join(scratch, 'licence.jpg');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

const ORG_NAME = '紫阳县测试认证修脚服务店';
const REASON = '执照照片上的名称和填写的不一致，请重新拍';

describe('verification, the bureau\'s search and the duplicate question, in Chromium against the real server', () => {
  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'ziyang-e2e-uploads-'));
    // The server's photos go to a scratch folder, not the working tree.
    process.env.UPLOAD_DIR = join(scratch, 'uploads');
    server = await startRealServer({ development: true });
    owner = await openPhone();
    bureau = await openPhone();
  });

  after(async () => {
    await owner?.close();
    await bureau?.close();
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  let orgId;
  let licenceUrl;

  it('an employer registers with her credit code and a licence photo taken in the app', async () => {
    const p = owner.page;
    const v = on(p);
    await signInAs(p, 'VILLAGER', 2);
    await v('[data-menu="registerOrganization"]').click();
    await v('[data-field="creditCode"] input').waitFor();
    await settle(p);
    await assertPlain(p, '机构登记认证');
    await assertElderFriendly(p, '机构登记认证');

    await fillField(p, 'name', ORG_NAME);
    // One character wrong: the check character (the 18th) does not match.
    await fillField(p, 'creditCode', '9144030071526726XA');
    await fillField(p, 'legalRepresentative', '王建华');
    await fillField(p, 'town', '城关镇');
    await fillField(p, 'address', '新民街12号');
    await fillField(p, 'contactPhone', '13912345678');
    await v('[data-action="register"]').click();
    await v('[data-field="creditCode"] .form__problem').waitFor();
    assert.match(await v('[data-field="creditCode"] .form__problem').innerText(), /有一位填错了/);
    assert.match(await v('[data-field="licenceImageId"] .form__problem').innerText(), /请拍一张执照照片/);

    // Typed in lower case, as a phone keyboard starts: accepted and stored in upper case.
    await fillField(p, 'creditCode', '9144030071526726xg');
    const photo = await licenceJpeg(p);
    const [chooser] = await Promise.all([p.waitForEvent('filechooser'), v('[data-action="choose-licence"]').click()]);
    await chooser.setFiles(photo);
    await v('[data-photo-state="sent"]').waitFor();
    await screenshot(p, 'organization-registration');
    await v('[data-action="register"]').click();
    await v('[data-state="registered"]').waitFor();
    const mine = v('[data-my-organization]', { hasText: ORG_NAME });
    await mine.waitFor();
    orgId = await mine.getAttribute('data-my-organization');
    assert.equal(await mine.getAttribute('data-verification'), 'PENDING');
    assert.match(await mine.innerText(), /等县人社局认证/);
    await assertPlain(p, '机构登记认证（已提交）');
  });

  it('the bureau sees the details beside the photo; the photo is refused to another organisation, a villager and a visitor by URL', async () => {
    const p = bureau.page;
    const v = on(p);
    await signInAs(p, 'ADMIN');
    await v('[data-menu="admin"]').click();
    const card = v(`[data-organization-id="${orgId}"]`);
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    const details = card.locator('[data-verification-details]');
    assert.match(await details.locator('[data-detail="creditCode"]').innerText(), /9144030071526726XG/);
    assert.match(await details.locator('[data-detail="legalRepresentative"]').innerText(), /王建华/);
    assert.match(await details.locator('[data-detail="address"]').innerText(), /紫阳县城关镇 新民街12号/);
    assert.match(await details.locator('[data-detail="contactPhone"]').innerText(), /13912345678/);
    await details.locator('[data-licence="shown"]').waitFor();
    // The photo really shows: the browser decoded the downloaded copy.
    await p.waitForFunction((id) => {
      const img = document.querySelector(`[data-organization-id="${id}"] [data-licence="shown"] img`);
      return img && img.complete && img.naturalWidth === 320;
    }, orgId);
    // Side by side: the photo's column starts to the right of the details' column.
    const left = await details.locator('.verify__details').boundingBox();
    const right = await details.locator('.verify__photo').boundingBox();
    assert.ok(right.x >= left.x + left.width - 1 && Math.abs(right.y - left.y) < 40, 'details and photo side by side');
    await assertPlain(p, '县人社局（认证卡片）');
    await assertElderFriendly(p, '县人社局（认证卡片）');
    await screenshot(p, 'bureau-verification-card');

    const admin = await demoToken('ADMIN');
    ({ organization: { licenceImageUrl: licenceUrl } } = await gql(server.url, `query($id: ID!) { organization(id: $id) { licenceImageUrl } }`, { id: orgId }, admin.token));
    assert.match(licenceUrl, /^\/uploads\/[A-Za-z0-9_-]+$/);
    const fetchAs = (token) => fetch(`${server.url}${licenceUrl}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const asAdmin = await fetchAs(admin.token);
    assert.equal(asAdmin.status, 200);
    assert.equal(asAdmin.headers.get('content-type'), 'image/jpeg');
    const otherOrganization = await demoToken('RECRUITER');
    assert.ok(otherOrganization.orgId && otherOrganization.orgId !== orgId);
    assert.equal((await fetchAs(otherOrganization.token)).status, 403);
    const villager = await demoToken('VILLAGER');
    assert.equal((await fetchAs(villager.token)).status, 403);
    assert.equal((await fetchAs(null)).status, 401);
    // The other organisation does not even learn where the photo is.
    const seen = await gql(server.url, `query($id: ID!) { organization(id: $id) { licenceImageUrl contactPhone } }`, { id: orgId }, otherOrganization.token);
    assert.deepEqual(seen.organization, { licenceImageUrl: null, contactPhone: null });
    // A villager's browser opening the address gets nothing but the refusal.
    const page = await owner.context.newPage();
    const res = await page.goto(`${server.url}${licenceUrl}`);
    assert.equal(res.status(), 401);
    assert.doesNotMatch(await res.text(), /JFIF|Exif/);
    await page.close();
  });

  it('不通过 with a reason: the organisation reads it, and the audit log has the row', async () => {
    const p = bureau.page;
    const v = on(p);
    const card = v(`[data-organization-id="${orgId}"]`);
    await card.locator('[data-action="reject"]').click();
    await card.locator('[data-field="reason"] textarea').fill(REASON);
    await card.locator('[data-action="confirm-reject"]').click();
    await v(`[data-organization-id="${orgId}"]`).waitFor({ state: 'detached' });

    const admin = await demoToken('ADMIN');
    const { auditLog } = await gql(server.url, `query($id: ID) { auditLog(subjectId: $id) { action after } }`, { id: orgId }, admin.token);
    assert.equal(auditLog[0].action, 'ORGANIZATION_REJECTED');
    assert.match(auditLog[0].after, /请重新拍/);

    const o = owner.page;
    await o.reload();
    const mine = on(o)(`[data-my-organization="${orgId}"]`);
    await mine.waitFor();
    assert.equal(await mine.getAttribute('data-verification'), 'REJECTED');
    assert.match(await mine.locator('[data-rejection]').innerText(), new RegExp(REASON));
    await assertPlain(o, '机构登记认证（不通过）');
  });

  it('the bureau finds a job nobody reported and takes it down from the search', async () => {
    const recruiter = await demoToken('RECRUITER', 2);
    const { postJob } = await gql(server.url, `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id } userErrors { code } } }`, {
      o: recruiter.orgId,
      i: {
        title: '冒牌足浴城 急招技师', category: 'FOOT_THERAPY', description: '高薪急招足疗技师，包吃包住，月入过万。不向求职者收取任何费用。',
        place: { province: '广东省', city: '东莞市', county: '虎门镇' }, pay: { min: 9000, max: 15000, unit: 'MONTH', settlement: 'MONTHLY' },
        providesHousing: true, providesMeals: true, coupleRooms: false, dayShiftOnly: false, socialInsurance: false, travelPaid: false,
        headcount: 10, requirements: [], contactName: '刘经理', contactPhone: '13800009999',
      },
    }, recruiter.token);
    assert.deepEqual(postJob.userErrors, []);
    const jobId = postJob.job.id;

    const p = bureau.page;
    const v = on(p);
    await p.goto(`${server.url}/#/admin/index/index`);
    await v('[data-menu="search"]').click();
    await v('[data-bureau-search="keyword"] input').fill('冒牌足浴');
    await v('[data-bureau-filter="kind"] .chip', { hasText: '招聘' }).click();
    await v('[data-action="search"]').click();
    const card = v(`[data-result-id="${jobId}"]`);
    await card.waitFor();
    assert.equal(await card.getAttribute('data-result-status'), 'OPEN');
    assert.doesNotMatch(await card.innerText(), /举报/);
    await assertPlain(p, '查找信息');
    await assertElderFriendly(p, '查找信息');
    await screenshot(p, 'bureau-search');
    await card.locator('[data-action="take-down"]').click();
    await card.locator('[data-field="reason"] textarea').fill('冒充正规企业，高薪诱骗');
    await card.locator('[data-action="confirm-take-down"]').click();
    await p.waitForFunction((id) => document.querySelector(`[data-result-id="${id}"]`)?.getAttribute('data-result-status') === 'TAKEN_DOWN', jobId);
    const { job } = await gql(server.url, `query($id: ID!) { job(id: $id) { id } }`, { id: jobId });
    assert.equal(job, null);
  });

  it('a recruiter posting a job identical to a live one is asked 已经有一个一样的，还要再发吗？', async () => {
    const recruiter = await demoToken('RECRUITER', 1);
    const title = '修脚师傅 蛇口店包吃住';
    const place = { province: '广东省', city: '深圳市', county: '南山区' };
    const count = async () => {
      const { organization } = await gql(server.url, `query($id: ID!) { organization(id: $id) { postedJobs { title status } } }`, { id: recruiter.orgId }, recruiter.token);
      return organization.postedJobs.filter((j) => j.title === title && j.status === 'OPEN').length;
    };
    await gql(server.url, `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { userErrors { code } } }`, {
      o: recruiter.orgId,
      i: {
        title, category: 'PEDICURE', description: '紫阳老乡开的修脚店，包吃包住，月休四天。不向求职者收取任何费用。', place,
        pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' }, providesHousing: true, providesMeals: true, coupleRooms: false,
        dayShiftOnly: false, socialInsurance: false, travelPaid: false, headcount: 3, requirements: [], contactName: '吴店长', contactPhone: '13800002003',
      },
    }, recruiter.token);
    assert.equal(await count(), 1);

    const p = owner.page;
    const v = on(p);
    await signInAs(p, 'RECRUITER', 1);
    await v('[data-menu="recruiter"]').click();
    await v('[data-action="new-job"]').click();
    await v('[data-field="title"] input').waitFor();
    await settle(p);
    // The same job typed again, with other spacing and punctuation.
    await fillField(p, 'title', '修脚师傅，蛇口店 包吃住');
    await v('[data-field="category"] [data-choice="PEDICURE"]').click();
    await fillField(p, 'headcount', '3');
    await fillField(p, 'pay.min', '6000');
    await fillField(p, 'pay.max', '9000');
    await fillField(p, 'place.province', place.province);
    await fillField(p, 'place.city', place.city);
    await fillField(p, 'place.county', place.county);
    await fillField(p, 'description', '紫阳老乡开的修脚店，包吃包住，月休四天。不向求职者收取任何费用。');
    await v('[data-action="publish"]').click();
    const question = p.getByText('已经有一个一样的，还要再发吗？', { exact: false });
    await question.waitFor();
    await assertPlain(p, '招聘表（一样的招聘）');
    await screenshot(p, 'duplicate-question');
    await p.getByText('不发了', { exact: true }).click();
    await question.waitFor({ state: 'hidden' });
    await settle(p);
    assert.equal(await count(), 1, 'nothing posted after 不发了');

    await v('[data-action="publish"]').click();
    await question.waitFor();
    await p.getByText('还要发', { exact: true }).click();
    await v('[data-state="saved-OPEN"]').waitFor();
    const { organization } = await gql(server.url, `query($id: ID!) { organization(id: $id) { postedJobs { title status } } }`, { id: recruiter.orgId }, recruiter.token);
    assert.equal(organization.postedJobs.filter((j) => j.status === 'OPEN' && j.title.replace(/[，\s]/g, '') === '修脚师傅蛇口店包吃住').length, 2);
    assert.deepEqual(owner.pageErrors, []);
    assert.deepEqual(bureau.pageErrors, []);
  });
});
