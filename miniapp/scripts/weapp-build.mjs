// The WeChat build the tests run: `dist/weapp`, built for development (API at the loopback
// fallback, which the test runtime routes to its own server) with two subscribe-message
// template ids so the subscribe request is part of what runs. A stamp beside the build
// records how it was made; a build made otherwise, or older than the sources, is rebuilt.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MINIAPP_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const WEAPP_DIR = join(MINIAPP_DIR, 'dist', 'weapp');
const STAMP = join(MINIAPP_DIR, 'dist', 'weapp.build.json');

/** Template ids the test build asks for; the test server sends with the first. */
export const TEST_TEMPLATES = ['weappTestApplicationStatus', 'weappTestCourseNews'];
export const TEST_BUILD_ENV = { TARO_APP_API_URL: '', TARO_APP_SUBSCRIBE_TEMPLATES: TEST_TEMPLATES.join(','), TARO_APP_RELEASE: '' };

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the current dist/weapp cannot be reused, or null when it can. */
export function staleReason() {
  if (!existsSync(join(WEAPP_DIR, 'app.json'))) return 'no build yet';
  if (!existsSync(STAMP)) return 'dist/weapp was built by hand, not as the test build';
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  if (JSON.stringify(stamp.env) !== JSON.stringify(TEST_BUILD_ENV)) return 'dist/weapp was built with other settings';
  if (Math.abs(statSync(join(WEAPP_DIR, 'app.json')).mtimeMs - stamp.appJsonMtime) > 1) return 'dist/weapp changed since the test build';
  const sources = Math.max(...['src', 'config', 'babel.config.js', 'project.config.json'].map((p) => newestMtime(join(MINIAPP_DIR, p))));
  if (sources > stamp.appJsonMtime) return 'sources changed since the last build';
  return null;
}

/** Builds dist/weapp as the tests need it unless the last build still fits; true when usable. */
export function ensureWeappBuild({ log = console.log } = {}) {
  const reason = staleReason();
  if (!reason) {
    log('dist/weapp: reusing the test build');
    return true;
  }
  log(`dist/weapp: building (${reason})`);
  const r = spawnSync('pnpm', ['exec', 'taro', 'build', '--type', 'weapp'], { cwd: MINIAPP_DIR, stdio: 'inherit', env: { ...process.env, ...TEST_BUILD_ENV } });
  if (r.status !== 0) return false;
  writeFileSync(STAMP, JSON.stringify({ env: TEST_BUILD_ENV, appJsonMtime: statSync(join(WEAPP_DIR, 'app.json')).mtimeMs }, null, 2));
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(ensureWeappBuild() ? 0 : 1);
