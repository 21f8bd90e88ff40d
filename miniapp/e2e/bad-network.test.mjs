// A server that is down, slow or failing never leaves the villager with a blank or stuck
// screen: a plain Chinese message and a retry that works once the server is back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPhone, screenshot, startRealServer, startStandIn, visibleTextProblems } from './support/harness.mjs';

let server;
let standIn;
let phone;
let page;

const visible = (selector) => page.locator(`${selector}:visible`);

// These are first visits: nothing kept on the phone yet. With a first page kept from an earlier
// visit the list shows that instead of an error or a slow notice (kept-first-page.test.mjs).
const forgetKeptPages = () =>
  page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ziyang.keptFirstPage.')) localStorage.removeItem(key);
  });

async function expectErrorThenRecover(message, shot) {
  const error = visible('[data-state="error"]');
  await error.waitFor({ timeout: 30_000 });
  assert.match(await error.innerText(), message);
  assert.match(await error.innerText(), /重新加载/);
  assert.deepEqual(await visibleTextProblems(page), []);
  if (shot) await screenshot(page, shot);
  standIn.state.mode = 'ok';
  await error.locator('.btn').click();
  await visible('[data-job-id]').first().waitFor();
}

describe('bad networks, in Chromium against a misbehaving stand-in', () => {
  before(async () => {
    server = await startRealServer();
    standIn = await startStandIn(server.url);
    phone = await openPhone();
    page = phone.page;
  });

  after(async () => {
    await phone?.close();
    await standIn?.stop();
    await server?.stop();
  });

  it('server down: says the network is not connected, and retry works', async () => {
    standIn.state.mode = 'down';
    await page.goto(`${standIn.url}/`);
    await expectErrorThenRecover(/网络没有连上/, 'error-offline');
  });

  it('GraphQL errors: says the server has a problem, without its text, and retry works', async () => {
    standIn.state.mode = 'errors';
    await forgetKeptPages();
    await page.reload();
    await expectErrorThenRecover(/服务器暂时出了点问题/);
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /Internal/);
  });

  it('slow server (5 s): shows a slow-network notice with a retry, then the jobs', async () => {
    standIn.state.mode = 'slow';
    const started = Date.now();
    await forgetKeptPages();
    await page.reload();
    const slow = visible('[data-state="slow"]');
    await slow.waitFor({ timeout: 5_000 });
    assert.match(await slow.innerText(), /网络有点慢/);
    assert.match(await slow.innerText(), /重新加载/);
    assert.deepEqual(await visibleTextProblems(page), []);
    await screenshot(page, 'slow-network');
    await visible('[data-job-id]').first().waitFor({ timeout: 20_000 });
    assert.ok(Date.now() - started >= 4_000, 'the answer really was slow');
    standIn.state.mode = 'ok';
  });

  it('a keyword of only spaces or of 500 characters is handled', async () => {
    standIn.state.mode = 'ok';
    await page.reload();
    await visible('[data-job-id]').first().waitFor();
    const total = Number(await visible('[data-total]').getAttribute('data-total'));
    await visible('.search__input input').fill('     ');
    await visible('.search__button').click();
    await page.waitForTimeout(300);
    assert.equal(Number(await visible('[data-total]').getAttribute('data-total')), total);

    // Typing is capped at 50 characters; a paste of 500 is cut to 50 as well.
    await visible('.search__input input').fill('足'.repeat(500));
    assert.ok((await visible('.search__input input').inputValue()).length <= 50);
    await visible('.search__button').click();
    await visible('[data-state="empty"], [data-total]').first().waitFor();
    assert.equal(await visible('[data-state="error"]').count(), 0);
    assert.deepEqual(await visibleTextProblems(page), []);
    await screenshot(page, 'jobs-empty');
  });

  it('raised no script errors', () => {
    assert.deepEqual(phone.pageErrors, []);
  });
});
