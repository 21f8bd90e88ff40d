// Starts what the browser tests need: the real API server on a fresh seeded SQLite file,
// a stand-in server that misbehaves on purpose, and Chromium. Everything binds 127.0.0.1,
// and everything stops by itself even if a test run is killed halfway.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const MINIAPP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REPO_DIR = resolve(MINIAPP_DIR, '..');
export const H5_DIR = join(MINIAPP_DIR, 'dist', 'h5');
// Screenshots land in the README's folder only when asked (UPDATE_SCREENSHOTS=1), so a
// test run leaves the working tree clean; otherwise they go to a scratch folder.
export const SCREENSHOT_DIR = process.env.UPDATE_SCREENSHOTS === '1'
  ? join(MINIAPP_DIR, 'docs', 'screenshots')
  : join(tmpdir(), 'ziyang-screenshots');
// E2E_SERVER_MAIN points the tests at another server build (e.g. a release candidate).
const SERVER_MAIN = process.env.E2E_SERVER_MAIN || join(REPO_DIR, 'server', 'dist', 'main.js');

/** Nothing started here outlives this. */
const MAX_LIFETIME_MS = 10 * 60 * 1000;

export function requireBuilds() {
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error('No H5 build: run "pnpm build:h5" in miniapp first.');
  if (!existsSync(SERVER_MAIN)) throw new Error('No server build: run "pnpm --filter @ziyang/server build" first.');
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

// Production servers refuse to start without a session key; any 32+ characters do for a test.
const TEST_SESSION_SECRET = 'e2e-session-secret-0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The real server, serving the H5 build and /graphql from a new seeded database.
 * `development: true` runs it in development mode, where demo sign-in (`demoLogin`) exists.
 * `clock: true` (development only) gives the server a clock the test moves with
 * `advanceClock(ms)`, through the server's CLOCK_FILE, and runs its timed work every 200 ms,
 * so a test can let a day pass for the digests and deadlines.
 */
export async function startRealServer({ development = false, clock = false } = {}) {
  requireBuilds();
  if (clock && !development) throw new Error('a test clock is for development mode only');
  const dataDir = mkdtempSync(join(tmpdir(), 'ziyang-e2e-db-'));
  const clockFile = join(dataDir, 'clock-offset-ms');
  let clockOffsetMs = 0;
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: REPO_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dataDir, 'e2e.sqlite')}`,
      NODE_ENV: development ? 'development' : 'production',
      // Production seeds nothing unless asked by name; the tests browse the demo catalogue.
      SEED_ON_START: 'true',
      SESSION_SECRET: TEST_SESSION_SECRET,
      H5_DIR,
      ...(clock ? { CLOCK_FILE: clockFile, TIMED_WORK_INTERVAL_MS: '200' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), MAX_LIFETIME_MS);
  killer.unref();
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let output = '';
  const url = await new Promise((resolveUrl, reject) => {
    const timeout = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${output}`)), 90_000);
    const onData = (chunk) => {
      output += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timeout);
        resolveUrl(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });

  return {
    url,
    /** Moves the server's clock forward (with `clock: true`). */
    advanceClock(ms) {
      if (!clock) throw new Error('started without clock: true');
      clockOffsetMs += ms;
      writeFileSync(clockFile, String(clockOffsetMs));
    },
    async stop() {
      clearTimeout(killer);
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const hard = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(hard);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Posts a GraphQL query to the real server, for the expected answers (as `token`'s user if given). */
export async function gql(serverUrl, query, variables = {}, token = null) {
  const res = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: token ? { 'content-type': 'application/json', authorization: `Bearer ${token}` } : { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * A stand-in for the server: serves the same H5 build, and answers /graphql as told —
 * 'ok' (passes through to the real server), 'down' (drops the connection), 'slow' (waits
 * 5 s, then passes through) or 'errors' (a GraphQL error answer).
 */
/** A demo account's session, user and first organisation (development-mode servers only). */
export async function demoAccount(serverUrl, role, slot = 1) {
  const { demoLogin } = await gql(
    serverUrl,
    `mutation($role: DemoRole!, $slot: Int) { demoLogin(role: $role, slot: $slot) { token user { id name phone memberships { organization { id name } } } } }`,
    { role, slot },
  );
  const user = demoLogin.user;
  return { token: demoLogin.token, user, userId: user.id, orgId: user.memberships[0]?.organization.id ?? null };
}

/** 我的 → sign out if needed → sign in as a demo account from the marked demo sheet. */
export async function signInAsDemo(page, serverUrl, role, slot = 1) {
  const v = (selector) => page.locator(`${selector}:visible`);
  // Let the page just opened finish coming in: Taro's H5 router, sent to a tab by the address
  // while a sub-page is still entering, drops the sub-page and leaves the tab hidden.
  await page.waitForTimeout(450);
  await page.goto(`${serverUrl}/#/pages/me/index`);
  await v('.screen').first().waitFor();
  // Signed in or out, the page says which once the session is read.
  await v('[data-action="sign-out"], [data-state="signed-out"]').first().waitFor();
  await page.waitForTimeout(450);
  if (await v('[data-action="sign-out"]').count()) {
    await v('[data-action="sign-out"]').click();
    await v('[data-state="signed-out"]').waitFor();
  }
  await v('[data-state="signed-out"] [data-action="sign-in"]').click();
  await v(`[data-demo-role="${role}"][data-demo-slot="${slot}"]`).click();
  await v('[data-state="signed-in"]').waitFor();
}

export async function startStandIn(upstreamUrl) {
  const state = { mode: 'ok', graphqlRequests: 0 };
  const sockets = new Set();
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (path === '/graphql' && req.method === 'POST') {
      state.graphqlRequests += 1;
      return handleGraphql(req, res);
    }
    const file = normalize(join(H5_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(H5_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  function passThrough(req, res, body) {
    const up = new URL('/graphql', upstreamUrl);
    const fwd = httpRequest(up, { method: 'POST', headers: { 'content-type': 'application/json' } }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, { 'content-type': upRes.headers['content-type'] ?? 'application/json' });
      upRes.pipe(res);
    });
    fwd.on('error', () => res.writeHead(502).end());
    fwd.end(body);
  }

  function handleGraphql(req, res) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      switch (state.mode) {
        case 'down':
          req.socket.destroy();
          return;
        case 'errors':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], data: null }));
          return;
        case 'slow': {
          const t = setTimeout(() => passThrough(req, res, body), 5000);
          res.on('close', () => clearTimeout(t));
          return;
        }
        default:
          passThrough(req, res, body);
      }
    });
  }

  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const stopTimer = setTimeout(() => stop(), MAX_LIFETIME_MS);
  stopTimer.unref();
  function stop() {
    clearTimeout(stopTimer);
    for (const s of sockets) s.destroy();
    return new Promise((r) => server.close(() => r()));
  }
  return { url: `http://127.0.0.1:${server.address().port}`, state, stop };
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium with a fresh profile, as a 375×812 phone; it can reach only 127.0.0.1. */
export async function openPhone() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ziyang-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    timeout: 60_000,
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** What the villager can read must be plain Chinese. */
export async function visibleTextProblems(page) {
  const text = await page.evaluate(() => document.body.innerText);
  const problems = [];
  for (const bad of [/undefined/i, /\bnull\b/i, /NaN/, /\[object/, /[A-Za-z]{3,}/]) {
    const m = bad.exec(text);
    if (m) problems.push(`"${m[0]}" in: ${text.slice(Math.max(0, m.index - 30), m.index + 30)}`);
  }
  return problems;
}

/** The visible text is plain Chinese (see `visibleTextProblems`), with where it was checked on failure. */
export async function assertPlain(p, where) {
  assert.deepEqual(await visibleTextProblems(p), [], `plain Chinese on ${where}`);
}

/** Text at least 17px and taps at least 44px on what is on screen now (the elder-friendly rule). */
export async function assertElderFriendly(p, where) {
  const report = await p.evaluate(() => {
    const out = { smallText: [], smallTargets: [] };
    const screen = [...document.querySelectorAll('.screen')].find((e) => e.offsetParent !== null);
    if (!screen) return { smallText: ['no screen'], smallTargets: [] };
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || !el || el.offsetParent === null || el.closest('.sr-only')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16.99) out.smallText.push(`${n.textContent.trim().slice(0, 12)} ${size}px`);
    }
    for (const el of screen.querySelectorAll('[role="button"], [role="link"], [role="radio"], [role="switch"], a')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.height < 44 || r.width < 44) out.smallTargets.push(`${el.textContent.trim().slice(0, 12)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
  assert.deepEqual(report.smallText, [], `text at least 17px on ${where}`);
  assert.deepEqual(report.smallTargets, [], `tap targets at least 44px on ${where}`);
}
