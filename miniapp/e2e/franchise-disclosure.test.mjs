// A franchise offer's page in a real Chromium on the H5 build: the disclosure checklist with
// ✓ and ✗, the 两店一年 line computed by the server, and the bureau's hotline.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gql, openPhone, startRealServer, visibleTextProblems } from './support/harness.mjs';

const OFFERS = `{ franchiseOpenings(first: 50, filter: { franchiseOnly: true }) { edges { node { id franchise { disclosure { meetsTwoShopsOneYear filingNumber fees { name } } } } } } }`;

let server;
let phone;
let page;

describe('franchise disclosure on the H5 build', () => {
  before(async () => {
    server = await startRealServer();
    phone = await openPhone();
    page = phone.page;
  });

  after(async () => {
    await phone?.close();
    await server?.stop();
  });

  it('shows a franchise offer\'s checklist: ✓ for what is disclosed, ✗ for 两店一年 when it is not met, and the hotline', async () => {
    const offers = (await gql(server.url, OFFERS)).franchiseOpenings.edges.map((e) => e.node);
    const met = offers.find((o) => o.franchise.disclosure?.meetsTwoShopsOneYear);
    const unmet = offers.find((o) => o.franchise.disclosure && !o.franchise.disclosure.meetsTwoShopsOneYear);
    assert.ok(met && unmet, 'the demo has offers meeting 两店一年 and offers not meeting it');

    for (const [offer, twoShops] of [[met, '✓'], [unmet, '✗']]) {
      await page.goto(`${server.url}/#/opening/detail/index?id=${encodeURIComponent(offer.id)}`);
      const list = page.locator('[data-field="franchise-checklist"]:visible').first();
      await list.waitFor();
      const marks = await list.locator('[data-check]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-check'), e.querySelector('.checklist__mark').textContent])));
      assert.deepEqual(marks, { filing: '✓', twoShops, fees: '✓', investment: '✓' });
      const text = await list.innerText();
      assert.ok(text.includes(offer.franchise.disclosure.filingNumber), 'shows the filing number');
      assert.ok(text.includes(offer.franchise.disclosure.fees[0].name), 'lists the fees');
      assert.ok(text.includes(twoShops === '✓' ? '两店一年：符合' : '两店一年：不符合'));
      assert.ok(text.includes('紫阳县人社局') && text.includes('0915-4312345'), 'gives the bureau hotline');
      assert.deepEqual(await visibleTextProblems(page), [], 'plain Chinese');
    }
  });
});
