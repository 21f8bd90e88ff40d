// The real server for the WeChat runtime test: the compiled server (`server/dist/main.js`)
// as a child process in production mode on a fresh seeded SQLite file, signing in through
// the loopback WeChat stand-in (`server/dist/wechat/stand-in.js`, started in this process so
// the test can see what reached "WeChat").
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_TEMPLATES } from '../../scripts/weapp-build.mjs';

const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVER_DIST = join(REPO_DIR, 'server', 'dist');
/** Nothing started here outlives this, even if the test run is killed halfway. */
const MAX_LIFETIME_MS = 5 * 60 * 1000;

export async function startServer() {
  for (const file of ['main.js', 'wechat/stand-in.js', 'bench/processes.js']) {
    if (!existsSync(join(SERVER_DIST, file))) throw new Error(`No server build (${file}): run "pnpm --filter @ziyang/server build" first.`);
  }
  const require = createRequire(import.meta.url);
  const { startWechatStandIn } = require(join(SERVER_DIST, 'wechat', 'stand-in.js'));
  // How the server's own tests start the compiled server: baseEnv + startProcess.
  const { baseEnv, startProcess } = require(join(SERVER_DIST, 'bench', 'processes.js'));

  const wechat = await startWechatStandIn();
  const dataDir = mkdtempSync(join(tmpdir(), 'ziyang-weapp-db-'));
  let server;
  try {
    server = await startProcess(
      baseEnv(`sqlite:${join(dataDir, 'weapp.sqlite')}`, randomBytes(24).toString('base64url'), {
        SEED_ON_START: 'true',
        RESPONSE_CACHE_SECONDS: '0',
        H5_DIR: '',
        LOG_LEVEL: 'error',
        WECHAT_API_BASE: wechat.url,
        WECHAT_APP_ID: wechat.appId,
        WECHAT_APP_SECRET: wechat.appSecret,
        WECHAT_SUBSCRIBE_TEMPLATES: `APPLICATION_STATUS=${TEST_TEMPLATES[0]},COURSE_CANCELLED=${TEST_TEMPLATES[1]}`,
        // Sign-in and mutations keep the server's own limits (20 and 60 a minute): this test stays far below.
        LOGIN_RATE_LIMIT: '20',
        MUTATION_RATE_LIMIT: '60',
      }),
    );
  } catch (e) {
    await wechat.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  const killer = setTimeout(() => server.child.kill('SIGKILL'), MAX_LIFETIME_MS);
  killer.unref();
  const killOnExit = () => server.child.kill('SIGKILL');
  process.once('exit', killOnExit);

  return {
    url: server.url,
    wechat,
    /** What the server printed, for a failure message. */
    output: () => server.output(),
    /** GraphQL straight to the server, for the answers the app should show. */
    async gql(query, variables = {}, token) {
      const res = await send({ url: `${server.url}/graphql`, method: 'POST', header: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, data: { query, variables } });
      const body = JSON.parse(res.body);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    async stop() {
      clearTimeout(killer);
      process.removeListener('exit', killOnExit);
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGTERM');
        const hard = setTimeout(() => server.child.kill('SIGKILL'), 5000);
        await server.exited;
        clearTimeout(hard);
      }
      await wechat.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One HTTP request as wx.request makes it: the body is JSON for an object with a JSON
 * content type (WeChat's rule), a query string for GET, the text otherwise.
 */
export function send({ url, method = 'GET', header = {}, data, timeout = 60000 }) {
  return new Promise((resolvePromise, reject) => {
    const target = new URL(url);
    const headers = Object.fromEntries(Object.entries(header).map(([k, v]) => [k.toLowerCase(), String(v)]));
    let body = null;
    if (method.toUpperCase() === 'GET') {
      if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) target.searchParams.set(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
    } else if (data !== undefined) {
      const json = !headers['content-type'] || headers['content-type'].includes('json');
      body = typeof data === 'string' ? data : json ? JSON.stringify(data) : new URLSearchParams(data).toString();
      headers['content-type'] ??= 'application/json';
    }
    const req = httpRequest(target, { method, headers, timeout }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolvePromise({ statusCode: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}
