/**
 * The lesser findings of the security review, each shown over real HTTP: who the client is
 * behind proxies (and so whom the sign-in limit counts), WeChat answering nonsense, safe
 * defaults when NODE_ENV or SESSION_SECRET are missing or weak, the response cache and
 * Apollo's CSRF prevention, and the browser security headers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codes, createTestDatabase, engines, signIn, startOn, startTestServer, type TestServer } from './harness';
import { whileProbingHealth } from './health-probe';
import { clientAddressResolver, parseTrustProxy } from '../src/http/client-address';
import { PAGE_CSP } from '../src/http/security-headers';
import { ODD_ANSWERS } from '../src/wechat/stand-in';

const LOGIN = `mutation($code: String!) { login(code: $code) { token user { id } userErrors { field message code } } }`;
const CHINESE = /[\u4e00-\u9fff]/;

describe('walking X-Forwarded-For from the right', () => {
  const peer = '127.0.0.1';
  it.each([
    // [TRUST_PROXY, X-Forwarded-For, client]
    ['', '6.6.6.6, 203.0.113.7', '127.0.0.1'],
    ['1', '6.6.6.6, 203.0.113.7', '203.0.113.7'],
    ['1', undefined, '127.0.0.1'],
    ['2', '6.6.6.6, 203.0.113.7, 10.0.0.2', '203.0.113.7'],
    ['3', '203.0.113.7', '203.0.113.7'], // fewer hops than proxies: the farthest one seen
    ['1', '6.6.6.6, not-an-ip', '127.0.0.1'], // a malformed hop is neither used nor walked past
    ['2', 'unknown, 10.0.0.2', '10.0.0.2'],
    ['1', '6.6.6.6, 203.0.113.7:51234', '203.0.113.7'],
    ['1', '6.6.6.6, [2001:DB8::1]:443', '2001:db8::1'],
    ['1', '6.6.6.6, ::ffff:203.0.113.7', '203.0.113.7'],
    ['loopback', '6.6.6.6, 203.0.113.7', '203.0.113.7'],
    ['loopback, 10.0.0.0/8', '6.6.6.6, 198.51.100.20, 10.1.2.3', '198.51.100.20'],
    ['loopback, 10.0.0.0/8', '10.9.9.9, 10.1.2.3', '10.9.9.9'], // all trusted: the farthest
    ['10.0.0.0/8', '6.6.6.6, 203.0.113.7', '127.0.0.1'], // the peer is no proxy of ours
    ['loopback', '6.6.6.6, 203.0.113.7<script>', '127.0.0.1'],
  ])('TRUST_PROXY=%p, X-Forwarded-For %p → %s', (trust, xff, client) => {
    expect(clientAddressResolver(parseTrustProxy(trust))(peer, xff)).toBe(client);
  });

  it('folds a dual-stack socket address into IPv4', () => {
    expect(clientAddressResolver(parseTrustProxy(''))('::ffff:127.0.0.1', undefined)).toBe('127.0.0.1');
  });
});

describe.each(engines)('the sign-in limit behind proxies on %s', (engine) => {
  let direct: Awaited<ReturnType<typeof startTestServer>>;
  let oneProxy: TestServer;
  let namedProxies: TestServer;
  beforeAll(async () => {
    // A fresh database of its own: the limit counts per address in the database.
    direct = await startTestServer(engine, { LOGIN_RATE_LIMIT: '3' });
    // The other two share it; each test below uses addresses of its own.
    const env = { LOGIN_RATE_LIMIT: '3', SEED_ON_START: 'false', WECHAT_API_BASE: direct.wechat.url, WECHAT_APP_ID: direct.wechat.appId, WECHAT_APP_SECRET: direct.wechat.appSecret };
    oneProxy = await startOn(direct.databaseUrl, engine, { ...env, TRUST_PROXY: '1' });
    namedProxies = await startOn(direct.databaseUrl, engine, { ...env, TRUST_PROXY: 'loopback, 10.0.0.0/8' });
  });
  afterAll(async () => {
    await oneProxy?.close();
    await namedProxies?.close();
    await direct?.dispose();
  });

  /** Four sign-in attempts from one real client, each with a different forged left-most entry. */
  async function fourAttempts(s: TestServer, forwardedFor: (i: number) => string) {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await s.gql(LOGIN, { code: 'no-such-code' }, { headers: { 'x-forwarded-for': forwardedFor(i) } });
      statuses.push(res.status);
      if (i === 3) expect(codes(res)).toEqual(['RATE_LIMITED']);
    }
    return statuses;
  }

  it('without TRUST_PROXY, ignores X-Forwarded-For entirely: rotating it does not escape the limit', async () => {
    expect(await fourAttempts(direct, (i) => `198.51.100.${i + 1}, 203.0.113.${i + 1}`)).toEqual([200, 200, 200, 429]);
  });

  it('with TRUST_PROXY=1, counts the right-most entry, whatever the client forges on the left', async () => {
    const forged = ['1.1.1.1', 'garbage', '2001:db8::99', '9.9.9.9, 8.8.8.8'];
    expect(await fourAttempts(oneProxy, (i) => `${forged[i]}, 203.0.113.7`)).toEqual([200, 200, 200, 429]);
    // A different real client behind the same proxy has a count of its own.
    const other = await oneProxy.gql(LOGIN, { code: 'no-such-code' }, { headers: { 'x-forwarded-for': '1.1.1.1, 203.0.113.8' } });
    expect(other.status).toBe(200);
    expect(other.data.login.userErrors[0].code).toBe('WECHAT_CODE_INVALID');
  });

  it('with TRUST_PROXY naming proxy networks, steps over every trusted hop to the first untrusted one', async () => {
    expect(await fourAttempts(namedProxies, (i) => `6.6.6.${i}, 198.51.100.20, 10.1.2.3`)).toEqual([200, 200, 200, 429]);
    const other = await namedProxies.gql(LOGIN, { code: 'no-such-code' }, { headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.21, 10.1.2.3' } });
    expect(other.status).toBe(200);
  });
});

describe.each(engines)('hardening over HTTP on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    // A short WeChat deadline so the slow answers are refused within the test's patience.
    s = await startTestServer(engine, { WECHAT_TIMEOUT_MS: '1000' });
  });
  afterAll(() => s?.dispose());

  describe('WeChat answering what WeChat never answers', () => {
    it.each(ODD_ANSWERS.map((mode) => [mode]))('odd-%s ends as WECHAT_UNAVAILABLE, quickly, while /healthz keeps answering', async (mode) => {
      const usersBefore = Number((await s.db.knex('users').count({ n: '*' }))[0].n);
      const probed = await whileProbingHealth(s, () => s.gql(LOGIN, { code: `odd-${mode}` }));
      const res = probed.result;
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data.login.token).toBeNull();
      expect(res.data.login.userErrors).toEqual([{ field: 'code', code: 'WECHAT_UNAVAILABLE', message: expect.stringMatching(CHINESE) }]);
      // Refused within the 1 s deadline (plus slack for two busy cores), never hung.
      expect(probed.attackMs).toBeLessThan(mode === 'slow' || mode === 'drip' ? 3000 : 2000);
      for (const ms of probed.healthMs) expect(ms).toBeLessThan(1000);
      expect(Number((await s.db.knex('users').count({ n: '*' }))[0].n)).toBe(usersBefore);
    });

    it('does not follow a redirect (which would have carried the app secret and signed someone in)', async () => {
      const before = s.wechat.calls.length;
      await s.gql(LOGIN, { code: 'odd-redirect' });
      const calls = s.wechat.calls.slice(before);
      expect(calls.map((c) => c.query.js_code)).toEqual(['odd-redirect']);
      expect(await s.db.knex('users').where('openid', 'like', '%redirected%').first()).toBeUndefined();
    });

    it('still signs people in afterwards', async () => {
      expect(await signIn(s, 'after-the-odd-answers')).toMatch(/\./);
    });
  });

  describe('browser security headers in production mode', () => {
    const expectCommon = (res: Response) => {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    };

    it('on the web app: its pages, its assets and the page shown when it is not built', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-h5-'));
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>紫阳务工通</title>');
      fs.mkdirSync(path.join(dir, 'js'));
      fs.writeFileSync(path.join(dir, 'js', 'app.js'), 'console.log(1)');
      const web = await startOn(s.databaseUrl, engine, { SEED_ON_START: 'false', H5_DIR: dir });
      try {
        for (const p of ['/', '/js/app.js', '/pages/jobs/index', '/missing.js']) {
          const res = await fetch(`${web.url}${p}`);
          await res.arrayBuffer();
          expectCommon(res);
          expect(res.headers.get('content-security-policy')).toBe(PAGE_CSP);
        }
      } finally {
        await web.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
      const notBuilt = await fetch(`${s.url}/`);
      expect(await notBuilt.text()).toContain('网页版还没有构建');
      expectCommon(notBuilt);
      expect(notBuilt.headers.get('content-security-policy')).toBe(PAGE_CSP);
      expect(PAGE_CSP).toContain("frame-ancestors 'none'");
      expect(PAGE_CSP).toContain("script-src 'self'");
      expect(PAGE_CSP).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    });

    it('on /graphql answers (computed, cached and refused) and /healthz', async () => {
      const q = JSON.stringify({ query: '{ jobs(first: 2) { totalCount } }' });
      const computed = await s.post(q);
      const cached = await s.post(q);
      const refused = await s.post('{');
      const health = await fetch(`${s.url}/healthz`);
      for (const res of [computed, cached, refused, health]) {
        await res.arrayBuffer();
        expectCommon(res);
        expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      }
      expect(refused.status).toBe(400);
    });
  });

  describe('the response cache and CSRF prevention', () => {
    const get = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${s.url}/graphql?${new URLSearchParams({ query })}`, { headers: { accept: 'application/json', ...headers } });

    it('refuses a GET without a preflight header exactly as Apollo does, even once the answer is cached', async () => {
      const q = '{ jobs(first: 1, filter: { keyword: "足疗" }) { totalCount } }';
      const before = s.cache.size;
      const allowed = await get(q, { 'apollo-require-preflight': 'true' });
      expect(allowed.status).toBe(200);
      await allowed.text();
      expect(s.cache.size).toBe(before + 1);
      // Apollo's own refusal, for a query nothing has cached…
      const fresh = await get('{ jobs(first: 1) { totalCount } }');
      const freshBody = await fresh.json();
      expect(fresh.status).toBe(400);
      expect(freshBody).toEqual({ errors: [{ message: expect.stringContaining('Cross-Site Request Forgery'), extensions: { code: 'BAD_REQUEST' } }] });
      // …and the same refusal for the one that is cached.
      const forged = await get(q);
      expect(forged.status).toBe(400);
      expect(await forged.json()).toEqual(freshBody);
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ' TEXT/plain ; charset=utf-8']) {
        const simple = await get(q, { 'content-type': contentType });
        expect({ contentType, status: simple.status }).toEqual({ contentType, status: 400 });
        await simple.text();
      }
      // Apollo's other preflight header counts; an empty one does not.
      expect((await get(q, { 'x-apollo-operation-name': 'Jobs' })).status).toBe(200);
      const empty = await get(q, { 'apollo-require-preflight': '' });
      expect(empty.status).toBe(400);
      expect(await empty.json()).toEqual(freshBody);
    });

    it('refuses a text/plain POST whose body matches a cached JSON POST', async () => {
      const body = JSON.stringify({ query: '{ jobs(first: 1, filter: { keyword: "修脚" }) { totalCount } }' });
      expect((await s.post(body)).status).toBe(200);
      expect((await s.post(body)).status).toBe(200);
      const forged = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
      expect(forged.status).toBe(400);
      expect(((await forged.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    });
  });

  describe('safe defaults', () => {
    it('with NODE_ENV unset, runs as production: no demo sign-in, and no demo data seeded into SQLite', async () => {
      const fresh = await createTestDatabase(engine);
      const unset = undefined as unknown as string;
      const prod = await startOn(fresh.url, engine, { NODE_ENV: unset, SEED_ON_START: unset });
      try {
        expect((await prod.gql(`{ demoLoginAvailable }`)).data.demoLoginAvailable).toBe(false);
        const demo = await prod.gql(`mutation { demoLogin(role: ADMIN) { token } }`);
        expect(codes(demo)).toEqual(['FORBIDDEN']);
        expect(demo.errors![0].message).toMatch(CHINESE);
        const jobs = await prod.gql(`{ jobs(first: 1) { totalCount } }`);
        expect(jobs.data.jobs.totalCount).toBe(0);
      } finally {
        await prod.close();
        await fresh.dispose();
      }
    });

    it.each([
      ['too short', 'Sh0rt-but-mixed!'],
      ['one kind of character', 'abcdefghijklmnopqrstuvwxyzabcdefghij'],
      ['one character', 'a'.repeat(48)],
      ['a piece repeated', 'Secret1!'.repeat(5)],
      ['the public development key', 'development-only-session-secret-not-for-production'],
    ])('refuses to start in production with a weak SESSION_SECRET (%s)', async (_why, secret) => {
      await expect(startOn(s.databaseUrl, engine, { SEED_ON_START: 'false', SESSION_SECRET: secret })).rejects.toThrow(/SESSION_SECRET: /);
    });

    it('refuses to start in production without SESSION_SECRET', async () => {
      await expect(startOn(s.databaseUrl, engine, { SEED_ON_START: 'false', SESSION_SECRET: undefined as unknown as string })).rejects.toThrow(/SESSION_SECRET: required in production/);
    });
  });
});
