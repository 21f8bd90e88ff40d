#!/usr/bin/env node
// `pnpm test:weapp`: the compiled WeChat build executed in Node against the real server
// (tests/weapp). Builds dist/weapp as the test build unless the last one still fits (see
// weapp-build.mjs), builds the server when its output is missing or older than its sources,
// then runs the tests; node's test runner prints what ran and a closing pass/fail count.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureWeappBuild, MINIAPP_DIR } from './weapp-build.mjs';

const repo = dirname(MINIAPP_DIR);
const serverMain = join(repo, 'server', 'dist', 'main.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (!ensureWeappBuild()) {
  console.error('The WeChat build failed; not running the tests.');
  process.exit(1);
}
if (!existsSync(serverMain) || statSync(serverMain).mtimeMs < newestMtime(join(repo, 'server', 'src'))) {
  console.log('server: building (its output is missing or older than its sources)');
  const built = spawnSync('pnpm', ['--filter', '@ziyang/server', 'build'], { cwd: repo, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/weapp/'], { cwd: MINIAPP_DIR, stdio: 'inherit' });
process.exit(r.status ?? 1);
