// `pnpm start`: compile the server, build the web app once if it is missing, then run.
// Every configuration variable (PORT, HOST, DATABASE_URL, …) passes through unchanged;
// only an unset NODE_ENV is filled in (below).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(serverDir, '..');

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const tsc = path.join(serverDir, 'node_modules', 'typescript', 'bin', 'tsc');
run(process.execPath, [tsc, '-p', 'tsconfig.build.json'], serverDir);

const h5Dir = process.env.H5_DIR ?? path.join(root, 'miniapp', 'dist', 'h5');
if (process.env.H5_DIR !== '' && !existsSync(path.join(h5Dir, 'index.html')) && existsSync(path.join(root, 'miniapp', 'config'))) {
  console.log('[ziyang] building the web app (first start only)…');
  run('pnpm', ['--filter', '@ziyang/miniapp', 'build:h5'], root);
}

// The server itself defaults to production (see src/config.ts). This command is how a
// newcomer sees the demo, demo sign-in included, so it asks for development, but only while
// the server binds loopback: a HOST others can reach keeps the safe default.
const env = { ...process.env };
const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(env.HOST ?? '127.0.0.1');
if (!env.NODE_ENV && loopback) {
  env.NODE_ENV = 'development';
  console.log('[ziyang] NODE_ENV not set: development mode on loopback (demo sign-in on); set NODE_ENV=production to turn it off');
}

const child = spawn(process.execPath, [path.join(serverDir, 'dist', 'main.js')], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
