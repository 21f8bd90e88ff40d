// On a second visit the jobs tab shows the first page kept on the phone at once, and keeps
// showing it, with a plain message, when the network is gone; retrying once it is back
// brings the fresh page. Chromium on the H5 build, against the real server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPhone, screenshot, startRealServer, visibleTextProblems } from './support/harness.mjs';

const KEY = 'ziyang.keptFirstPage.v1.jobs';

let server;
let phone;
let page;

const visible = (selector) => page.locator(`${selector}:visible`);
const cardIds = () => page.locator('[data-job-id]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-job-id')));

describe('the kept first page, in Chromium', () => {
  before(async () => {
    server = await startRealServer();
    phone = await openPhone();
    page = phone.page;
  });

  after(async () => {
    await phone?.close();
    await server?.stop();
  });

  it('first visit: the jobs list is shown and its first page kept, without descriptions', async () => {
    await page.goto(`${server.url}/`);
    await visible('[data-job-id]').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
    const kept = await page.evaluate((key) => localStorage.getItem(key), KEY);
    assert.doesNotMatch(kept, /description|contactPhone|contactName/);
    assert.deepEqual(phone.pageErrors, []);
  });

  it('second visit with the network gone: the kept jobs show, with a plain message, and retry brings fresh ones', async () => {
    const shown = await cardIds();
    assert.ok(shown.length > 0);
    // The signal drops: every request to the API fails as it does offline.
    let offline = true;
    await phone.context.route('**/graphql', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.reload();
    const notice = visible('[data-state="kept"]');
    await notice.waitFor({ timeout: 30_000 });
    assert.deepEqual(await cardIds(), shown);
    assert.match(await notice.innerText(), /没能更新/);
    assert.match(await notice.innerText(), /网络没有连上/);
    assert.match(await notice.innerText(), /今天看到的内容/);
    assert.equal(await page.locator('[data-state="error"]:visible').count(), 0);
    assert.deepEqual(await visibleTextProblems(page), []);
    await screenshot(page, 'kept-first-page-offline');

    offline = false;
    await notice.locator('.btn').click();
    await page.locator('[data-state="kept"]').waitFor({ state: 'detached' });
    await page.locator('[data-state="updating"]').waitFor({ state: 'detached' });
    assert.deepEqual(await cardIds(), shown);
    assert.deepEqual(phone.pageErrors, []);
    await phone.context.unroute('**/graphql');
  });
});
