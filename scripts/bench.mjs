#!/usr/bin/env node
// `pnpm bench [server benchmark options] [--first-card]`: the server's load benchmark
// (server/src/bench/run.ts), then, when asked by `--first-card` or BENCH_FIRST_CARD=1, the
// throttled first-card measurement in Chromium (miniapp/bench/first-card.mjs).
import { spawnSync } from 'node:child_process';

const given = process.argv.slice(2).filter((a) => a !== '--');
const firstCard = given.includes('--first-card') || process.env.BENCH_FIRST_CARD === '1';
const serverArgs = given.filter((a) => a !== '--first-card');

function run(args) {
  const r = spawnSync('pnpm', args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(['--filter', '@ziyang/server', 'bench', ...(serverArgs.length ? ['--', ...serverArgs] : [])]);
if (firstCard) run(['--filter', '@ziyang/miniapp', 'bench:first-card']);
