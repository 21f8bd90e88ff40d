#!/usr/bin/env node
// The mini-program's whole test suite, in the order a failure is cheapest to find:
// component tests (jest), the WeChat size budget and package rules, the compiled WeChat
// build executed in Node against the real server, then the browser tests against the real
// server. Builds whatever is missing or older than the sources first, so a fresh clone
// needs nothing but `pnpm install`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWeappBuild } from './weapp-build.mjs';

const miniapp = dirname(dirname(fileURLToPath(import.meta.url)));
const repo = dirname(miniapp);

function run(label, command, args, cwd = miniapp) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sourcesChanged = newestMtime(join(miniapp, 'src'));
function needsBuild(marker) {
  return !existsSync(marker) || statSync(marker).mtimeMs < sourcesChanged;
}

let ok = true;
// The WeChat build the runtime tests need (see weapp-build.mjs); reused when still current.
console.log('\n== build weapp');
ok = ensureWeappBuild() && ok;
if (needsBuild(join(miniapp, 'dist', 'h5', 'index.html'))) ok = run('build h5', 'pnpm', ['build:h5']) && ok;
// The server compiles in seconds: build it every time rather than test a stale one.
if (!process.env.E2E_SERVER_MAIN) {
  ok = run('build server', 'pnpm', ['--filter', '@ziyang/server', 'build'], repo) && ok;
}
if (!ok) {
  console.error('A build failed; not running the tests.');
  process.exit(1);
}

// The browser tests drive the system's Chromium (browser downloads are not relied on). On a
// Debian-like machine where we are root, install it (and a Chinese font for the screenshots)
// the first time; anywhere else, say what is missing.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  const installed =
    canInstall &&
    run('install Chromium', 'sh', ['-c', 'DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null']) &&
    existsSync(chromiumPath);
  if (!installed) {
    console.error(`Chromium not found at ${chromiumPath}: install it (Debian: apt-get install chromium fonts-wqy-microhei) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

const results = [
  ['component tests', run('component tests', 'pnpm', ['exec', 'jest'])],
  ['size budget', run('size budget', 'node', ['scripts/size-budget.mjs'])],
  ['WeChat package rules', run('WeChat package rules', 'node', ['scripts/weapp-rules.mjs'])],
  ['WeChat build in Node', run('WeChat build in Node', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/weapp/'])],
  ['browser tests', run('browser tests', 'node', ['--test', '--test-concurrency=1', 'e2e/'])],
];
console.log('\n== mini-program tests');
for (const [name, passed] of results) console.log(`${passed ? 'ok  ' : 'FAIL'}  ${name}`);
process.exit(results.every(([, passed]) => passed) ? 0 : 1);
