#!/usr/bin/env node
// Checks the WeChat build against our size budget: the main package and each subpackage
// under 1 MB (WeChat refuses a package over 2 MB; half of that leaves room to grow).
// Usage: node scripts/size-budget.mjs [dist/weapp]
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 1024 * 1024;
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = process.argv[2] ?? join(root, 'dist', 'weapp');

if (!existsSync(join(dist, 'app.json'))) {
  console.error(`No WeChat build at ${relative(process.cwd(), dist) || dist}: run "pnpm build:weapp" first.`);
  process.exit(1);
}

const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''));

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

// DevTools does not upload these, so they do not count.
const notUploaded = (rel) => rel === 'project.config.json' || rel === 'project.private.config.json' || rel.endsWith('.LICENSE.txt') || rel.endsWith('.map');

const sizes = new Map([['main', 0], ...subRoots.map((r) => [r, 0])]);
let total = 0;
for (const file of files(dist)) {
  const rel = relative(dist, file).split(sep).join('/');
  if (notUploaded(rel)) continue;
  const size = statSync(file).size;
  const pkg = subRoots.find((r) => rel === r || rel.startsWith(`${r}/`)) ?? 'main';
  sizes.set(pkg, sizes.get(pkg) + size);
  total += size;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
console.log('package'.padEnd(14) + 'size'.padStart(12) + 'budget'.padStart(12) + '  status');
for (const [name, size] of sizes) {
  const ok = size < BUDGET;
  failed ||= !ok;
  console.log(name.padEnd(14) + kb(size).padStart(12) + kb(BUDGET).padStart(12) + `  ${ok ? 'ok' : 'OVER BUDGET'}`);
}
console.log('total'.padEnd(14) + kb(total).padStart(12));
if (failed) {
  console.error('A package is over its 1 MB budget: move pages into a subpackage or trim dependencies.');
  process.exit(1);
}
