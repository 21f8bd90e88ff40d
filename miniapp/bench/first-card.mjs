#!/usr/bin/env node
// How long a villager on a weak mountain 3G signal waits for the first job card, and how many
// bytes reach the phone before it. Chromium opens the H5 build served by the real server
// (production mode, demo catalogue) with the network throttled through the DevTools protocol
// (Network.emulateNetworkConditions), each cold run in a fresh profile (empty HTTP cache, no
// kept page). Measured, printed, never asserted.
//
//   node bench/first-card.mjs [--runs 5] [--down-kbit 750] [--up-kbit 250] [--rtt-ms 100] [--no-plain] [--detail]
//
// --detail lists, for each run, what was transferred before the first card.
//
// Rows: the server as deployed, cold and on a second visit (HTTP cache and kept page warm), and
// for comparison the same build and answers sent plain (no compression, no cache headers)
// through the test stand-in, cold.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startRealServer, startStandIn } from '../e2e/support/harness.mjs';

/**
 * Chromium as a 375×812 phone with a fresh profile. Unlike the tests' phone this one routes no
 * requests through Playwright: request interception turns the HTTP cache off, and the second
 * visit is about that cache.
 */
async function openPhone() {
  const userDataDir = mkdtempSync(join(os.tmpdir(), 'ziyang-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} needs a positive number`);
    process.exit(2);
  }
  return value;
}
const runs = option('runs', 5);
const downKbit = option('down-kbit', 750);
const upKbit = option('up-kbit', 250);
const rttMs = option('rtt-ms', 100);
const withPlain = !args.includes('--no-plain');
const detail = args.includes('--detail');
const TARGET_MS = 3000;

// Set before any script of the page runs: the moment a job card is laid out on screen.
function watchFirstCard() {
  const check = () => {
    if (window.__firstCardAt !== undefined) return;
    const card = document.querySelector('[data-job-id]');
    if (!card) return;
    const r = card.getBoundingClientRect();
    if (r.height > 0 && r.top < window.innerHeight) window.__firstCardAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  const frame = () => {
    check();
    if (window.__firstCardAt === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** One visit in `phone`: ms from navigation to the first card, bytes and requests finished before it. */
async function visit(phone, url) {
  const { page, context } = phone;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: rttMs,
    downloadThroughput: (downKbit * 1000) / 8,
    uploadThroughput: (upKbit * 1000) / 8,
    connectionType: 'cellular3g',
  });
  const started = new Map();
  const finished = [];
  let documentSentAt = null;
  cdp.on('Network.requestWillBeSent', (e) => {
    started.set(e.requestId, e.request.url);
    if (e.type === 'Document' && documentSentAt === null) documentSentAt = e.timestamp;
  });
  cdp.on('Network.loadingFinished', (e) => finished.push({ url: started.get(e.requestId), at: e.timestamp, bytes: e.encodedDataLength }));

  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__firstCardAt !== undefined, null, { timeout: 60_000, polling: 50 });
  const { firstCardAt, fetchStart } = await page.evaluate(() => ({
    firstCardAt: window.__firstCardAt,
    fetchStart: performance.getEntriesByType('navigation')[0]?.fetchStart ?? 0,
  }));
  // Let the requests in flight at that moment finish, so they are counted on the right side.
  await page.waitForTimeout(300);
  await cdp.detach();
  // CDP timestamps are seconds on a monotonic clock; the document request was sent at fetchStart.
  const cardOnCdpClock = (documentSentAt ?? 0) + (firstCardAt - fetchStart) / 1000;
  const before = finished.filter((f) => f.at <= cardOnCdpClock);
  if (detail) {
    console.log(`  ${url}: first card at ${Math.round(firstCardAt)} ms`);
    for (const f of before) console.log(`    ${String(f.bytes).padStart(8)} B  done at ${String(Math.round((f.at - documentSentAt) * 1000)).padStart(5)} ms  ${f.url}`);
  }
  return { ms: firstCardAt, bytes: before.reduce((sum, f) => sum + f.bytes, 0), requests: before.length };
}

async function coldRuns(url) {
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    const phone = await openPhone();
    try {
      await phone.context.addInitScript(watchFirstCard);
      results.push(await visit(phone, url));
    } finally {
      await phone.close();
    }
  }
  return results;
}

async function secondVisits(url) {
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    const phone = await openPhone();
    try {
      await phone.context.addInitScript(watchFirstCard);
      await visit(phone, url);
      // The kept page is written once the fresh list is in.
      await phone.page.waitForFunction(() => localStorage.getItem('ziyang.keptFirstPage.v1.jobs') !== null, null, { timeout: 30_000 });
      results.push(await visit(phone, url));
    } finally {
      await phone.close();
    }
  }
  return results;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString('en-US');

function row(label, results) {
  const ms = results.map((r) => r.ms);
  const bytes = results.map((r) => r.bytes);
  return `| ${label} | ${fmt(median(ms))} | ${fmt(Math.min(...ms))}–${fmt(Math.max(...ms))} | ${fmt(median(bytes))} | ${median(results.map((r) => r.requests))} |`;
}

const server = await startRealServer();
let standIn = null;
try {
  // One unthrottled visit first: the server compresses each file once and keeps it (the
  // smallest brotli form is made in the background), and the first page lands in the response
  // cache, as on a server that has been up for a while.
  const warm = await openPhone();
  try {
    await warm.page.goto(`${server.url}/`);
    await warm.page.locator('[data-job-id]').first().waitFor({ timeout: 60_000 });
  } finally {
    await warm.close();
  }
  await new Promise((r) => setTimeout(r, 3000));

  const rows = [];
  rows.push(row('server, cold (first visit)', await coldRuns(`${server.url}/`)));
  rows.push(row('server, second visit (HTTP cache, kept page)', await secondVisits(`${server.url}/`)));
  if (withPlain) {
    standIn = await startStandIn(server.url);
    rows.push(row('plain bytes, no cache headers, cold (for comparison)', await coldRuns(`${standIn.url}/`)));
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nfirst job card · ${downKbit} kbit/s down, ${upKbit} kbit/s up, ${rttMs} ms round trip · ${runs} runs per row · ${os.cpus().length} × ${cpu} · Node ${process.version} · ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| scenario | first card ms (median) | min–max ms | bytes before it (median) | requests before it |');
  console.log('|---|--:|--:|--:|--:|');
  for (const r of rows) console.log(r);
  console.log(`\ntarget: first card within ${fmt(TARGET_MS)} ms of navigation on a cold cache`);
} finally {
  await standIn?.stop();
  await server.stop();
}
