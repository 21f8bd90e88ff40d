// Fails when the committed codegen output differs from what `pnpm codegen` writes now,
// i.e. when someone changed schema/ or an app operation and did not regenerate.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outputs = ['server/src/generated', 'miniapp/src/gql'];

function snapshot() {
  const files = new Map();
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else files.set(path.relative(root, p), createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  for (const o of outputs) walk(path.join(root, o));
  return files;
}

const before = snapshot();
const r = spawnSync('pnpm', ['codegen'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const after = snapshot();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
if (changed.length > 0) {
  console.error(`Generated code was stale; \`pnpm codegen\` rewrote:\n  ${changed.join('\n  ')}\nCommit the regenerated files.`);
  process.exit(1);
}
console.log('codegen output is up to date');
