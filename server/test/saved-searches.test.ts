import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bearer, codes, createTestDatabase, engines, fillProfile, signIn, startOn, startTestServer, TEST_SESSION_SECRET, type Engine, type TestServer } from './harness';
import { insertJob, SHENZHEN_JOB } from './builders';
import { baseEnv, gqlAt, startProcess, stopProcess } from '../src/bench/processes';
import { openDatabase } from '../src/db/orm';
import { loadConfig, parseDatabaseUrl } from '../src/config';
import { ShiftedClock } from '../src/modules/timed-work/clock';
import { startWechatStandIn, type WechatStandIn } from '../src/wechat/stand-in';

/**
 * Saved job searches over HTTP: saving (named from the chips, duplicates folded), listing in
 * `me`, deleting, the limit of 10, bad input; and the daily digest, run as timed work on a
 * clock the test moves: one message when new jobs match, none when nothing does, once across
 * two instances and a restart, and one WeChat message per one-time grant.
 */
const SAVE = `mutation($n: String, $f: JobFilter!) { saveSearch(name: $n, filter: $f) { created savedSearch { id name filter { keyword category place { city county town } providesHousing providesMeals coupleRooms } } userErrors { field code message } } }`;
const DELETE = `mutation($id: ID!) { deleteSavedSearch(id: $id) { deletedId userErrors { field code message } } }`;
const MINE = `{ me { savedSearches { id name } } }`;
const MESSAGES = `{ myMessages { kind title body link } }`;

const SZ_FOOT = { place: { city: '深圳市' }, category: 'FOOT_THERAPY', providesHousing: true, providesMeals: true };
const HOUR = 3_600_000;
const QUIET = { TIMED_WORK_INTERVAL_MS: '3600000', DIGEST_HOUR: '8' };
const TEMPLATE = 'tmpl-saved-search-digest';

async function saved(s: TestServer, token: string): Promise<{ id: string; name: string }[]> {
  return (await s.gql(MINE, {}, bearer(token))).data.me.savedSearches;
}

async function digests(s: TestServer, token: string): Promise<{ body: string; link: string }[]> {
  return (await s.gql(MESSAGES, {}, bearer(token))).data.myMessages.filter((m: any) => m.kind === 'SAVED_SEARCH_DIGEST');
}

/** Waits for a condition the server reaches on its own (a runner's interval, the outbox). */
async function until(check: () => boolean | Promise<boolean>, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
}

/** A job matching SZ_FOOT, published by the server's clock. */
function matchingJob(s: TestServer, clock: ShiftedClock, title = '足疗技师 包吃住') {
  return insertJob(s, { title, category: 'FOOT_THERAPY', place: { province: '广东省', city: '深圳市', county: '福田区' }, providesHousing: true, providesMeals: true, publishedAt: clock.now() });
}

describe.each(engines)('saved searches on %s', (engine: Engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  const clock = new ShiftedClock();
  beforeAll(async () => {
    s = await startTestServer(engine, QUIET, { clock });
  });
  afterAll(() => s?.dispose());

  it('saves the filter on screen named by its chips, lists it in me, folds a duplicate and deletes', async () => {
    const t = await signIn(s, 'saver-1');
    const first = await s.gql(SAVE, { f: SZ_FOOT }, bearer(t));
    expect(first.data.saveSearch.userErrors).toEqual([]);
    expect(first.data.saveSearch.created).toBe(true);
    const ss = first.data.saveSearch.savedSearch;
    expect(ss.name).toBe('深圳 · 足疗 · 包吃住');
    expect(ss.filter).toEqual({ keyword: null, category: 'FOOT_THERAPY', place: { city: '深圳市', county: null, town: null }, providesHousing: true, providesMeals: true, coupleRooms: null });

    // The same jobs asked for differently: padded and traditional text, a "don't care" false.
    const again = await s.gql(SAVE, { f: { ...SZ_FOOT, place: { city: ' 深圳市 ' }, coupleRooms: false } }, bearer(t));
    expect(again.data.saveSearch).toMatchObject({ created: false, savedSearch: { id: ss.id }, userErrors: [] });
    const keyword = await s.gql(SAVE, { f: { keyword: '  足療技師 ' } }, bearer(t));
    expect(keyword.data.saveSearch.savedSearch).toMatchObject({ name: '“足疗技师”', filter: { keyword: '足疗技师' } });
    const keywordAgain = await s.gql(SAVE, { n: '找足疗', f: { keyword: '足疗技师' } }, bearer(t));
    expect(keywordAgain.data.saveSearch).toMatchObject({ created: false, savedSearch: { id: keyword.data.saveSearch.savedSearch.id, name: '找足疗' } });

    expect((await saved(s, t)).map((x) => x.name)).toEqual(['找足疗', '深圳 · 足疗 · 包吃住']);

    const del = await s.gql(DELETE, { id: ss.id }, bearer(t));
    expect(del.data.deleteSavedSearch).toEqual({ deletedId: ss.id, userErrors: [] });
    expect((await saved(s, t)).map((x) => x.name)).toEqual(['找足疗']);
    const twice = await s.gql(DELETE, { id: ss.id }, bearer(t));
    expect(twice.data.deleteSavedSearch).toMatchObject({ deletedId: null, userErrors: [{ code: 'NOT_FOUND', field: 'id' }] });
  });

  it('keeps at most 10 a villager: the 11th is refused and changes nothing', async () => {
    const t = await signIn(s, 'saver-limit');
    const cities = ['深圳市', '广州市', '东莞市', '佛山市', '上海市', '北京市', '杭州市', '苏州市', '西安市', '安康市'];
    for (const city of cities) expect((await s.gql(SAVE, { f: { place: { city } } }, bearer(t))).data.saveSearch.created).toBe(true);
    const eleventh = await s.gql(SAVE, { f: { place: { city: '成都市' } } }, bearer(t));
    expect(eleventh.data.saveSearch).toMatchObject({ created: false, savedSearch: null, userErrors: [{ code: 'TOO_MANY_SAVED_SEARCHES', field: null }] });
    expect(eleventh.data.saveSearch.userErrors[0].message).toContain('最多保存 10 个');
    expect(await saved(s, t)).toHaveLength(10);
    // Saving one she already has is no new search, so it is not refused.
    expect((await s.gql(SAVE, { f: { place: { city: '深圳市' } } }, bearer(t))).data.saveSearch).toMatchObject({ created: false, userErrors: [] });
    // Delete one and there is room again.
    const [newest] = await saved(s, t);
    await s.gql(DELETE, { id: newest.id }, bearer(t));
    expect((await s.gql(SAVE, { f: { place: { city: '成都市' } } }, bearer(t))).data.saveSearch.created).toBe(true);
  });

  it('refuses bad input with a clear message and saves nothing', async () => {
    const t = await signIn(s, 'saver-bad');
    const refused = async (vars: Record<string, unknown>) => (await s.gql(SAVE, vars, bearer(t))).data.saveSearch;
    expect(await refused({ n: '名'.repeat(31), f: SZ_FOOT })).toMatchObject({ savedSearch: null, userErrors: [{ field: 'name', code: 'TOO_LONG', message: '名称最多 30 个字' }] });
    expect(await refused({ n: '深圳\u0007足疗', f: SZ_FOOT })).toMatchObject({ savedSearch: null, userErrors: [{ field: 'name', code: 'INVALID' }] });
    expect(await refused({ f: {} })).toMatchObject({ savedSearch: null, userErrors: [{ field: 'filter', code: 'EMPTY_FILTER' }] });
    expect(await refused({ f: { keyword: '   ', coupleRooms: false } })).toMatchObject({ userErrors: [{ code: 'EMPTY_FILTER' }] });
    expect(await refused({ f: { keyword: '足'.repeat(51) } })).toMatchObject({ userErrors: [{ field: 'filter.keyword', code: 'INVALID', message: '关键词最多 50 个字' }] });
    expect(await refused({ f: { place: { city: "深圳'; drop table saved_searches; --" } } })).toMatchObject({ userErrors: [{ field: 'filter.place.city', code: 'INVALID' }] });
    expect(await refused({ f: { place: { city: '深圳\u0000市' } } })).toMatchObject({ userErrors: [{ field: 'filter.place.city', code: 'INVALID' }] });
    expect(await refused({ f: { minPay: { amount: -1, unit: 'MONTH' } } })).toMatchObject({ userErrors: [{ field: 'filter.minPay.amount', code: 'INVALID' }] });
    expect(await refused({ f: { postedWithinDays: 0 } })).toMatchObject({ userErrors: [{ field: 'filter.postedWithinDays', code: 'INVALID' }] });
    // An enum the schema does not know never reaches the service.
    const badEnum = await s.gql(SAVE, { f: { category: 'CASINO' } }, bearer(t));
    expect(codes(badEnum)).toEqual(['BAD_USER_INPUT']);
    expect(await saved(s, t)).toEqual([]);

    const malformed = await s.gql(DELETE, { id: "x' or 1=1 --" }, bearer(t));
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    const unknown = await s.gql(DELETE, { id: 'AAAAAAAAAAAA' }, bearer(t));
    expect(unknown.data.deleteSavedSearch.userErrors).toEqual([{ field: 'id', code: 'NOT_FOUND', message: '没有找到这个保存的搜索，可能已经删掉了' }]);
  });

  it("is the villager's own: another villager cannot delete it, and a stranger signed out gets nothing", async () => {
    const owner = await signIn(s, 'saver-owner');
    const other = await signIn(s, 'saver-other');
    const id = (await s.gql(SAVE, { f: SZ_FOOT }, bearer(owner))).data.saveSearch.savedSearch.id;
    const foreign = await s.gql(DELETE, { id }, bearer(other));
    expect(foreign.data.deleteSavedSearch).toMatchObject({ deletedId: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect((await saved(s, owner)).map((x) => x.id)).toEqual([id]);
    expect(await saved(s, other)).toEqual([]);

    // An employer who may read her name and phone (she applied) still sees no saved search.
    const recruiter = await signIn(s, 'saver-recruiter');
    const org = (await s.gql(`mutation { createOrganization(input: { name: "保存搜索测试足疗", kind: EMPLOYER, description: "", province: "广东省", city: "深圳市" }) { organization { id } } }`, {}, bearer(recruiter))).data.createOrganization.organization.id;
    const job = (await s.gql(`mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id } } }`, { o: org, i: SHENZHEN_JOB }, bearer(recruiter))).data.postJob.job.id;
    await fillProfile(s, owner, '王秀英', '13912345678');
    expect((await s.gql(`mutation($j: ID!) { applyToJob(jobId: $j) { userErrors { code } } }`, { j: job }, bearer(owner))).data.applyToJob.userErrors).toEqual([]);
    const seen = await s.gql(`query($j: ID!) { job(id: $j) { applications { applicant { name savedSearches { id name } } } } }`, { j: job }, bearer(recruiter));
    expect(seen.data.job.applications).toEqual([{ applicant: { name: '王秀英', savedSearches: [] } }]);

    expect(codes(await s.gql(SAVE, { f: SZ_FOOT }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await s.gql(DELETE, { id }))).toEqual(['UNAUTHENTICATED']);
    expect((await s.gql(MINE)).data.me).toBeNull();
    expect((await saved(s, owner)).map((x) => x.id)).toEqual([id]);
  });

  it('sends one digest for new matching jobs, counting keyword matches through the search index, and none when nothing matched', async () => {
    const t = await signIn(s, 'digest-1');
    const quiet = await signIn(s, 'digest-quiet');
    await s.gql(SAVE, { f: SZ_FOOT }, bearer(t));
    await s.gql(SAVE, { f: { keyword: '采茶能手' } }, bearer(t));
    await s.gql(SAVE, { f: { place: { city: '拉萨市' }, category: 'TEA' } }, bearer(quiet));
    await matchingJob(s, clock);
    await matchingJob(s, clock, '足疗技师 夫妻间');
    // Near misses: 修脚 in 深圳 with 包吃住; 足疗 in 深圳 with housing but no meals.
    await insertJob(s, { category: 'PEDICURE', place: { province: '广东省', city: '深圳市' }, providesHousing: true, providesMeals: true, publishedAt: clock.now() });
    await insertJob(s, { category: 'FOOT_THERAPY', place: { province: '广东省', city: '深圳市' }, providesHousing: true, providesMeals: false, publishedAt: clock.now() });
    await insertJob(s, { title: '招采茶能手 日结', category: 'TEA', place: { province: '陕西省', city: '安康市', county: '紫阳县' }, publishedAt: clock.now() });

    // Before the digest hour nothing is sent.
    expect(await digests(s, t)).toEqual([]);
    clock.advanceHours(25);
    await s.timedWork.runDue();
    const [digest, ...more] = await digests(s, t);
    expect(more).toEqual([]);
    expect(digest.body).toBe('2 个新工作符合 深圳 · 足疗 · 包吃住；1 个新工作符合 “采茶能手”。');
    expect(digest.link).toBe('/me/saved-searches/index');
    expect(await digests(s, quiet)).toEqual([]);

    // The next day: nothing new, so no message; and a job published after the digest is news
    // for the one after.
    clock.advanceHours(24);
    await s.timedWork.runDue();
    expect(await digests(s, t)).toHaveLength(1);
    await matchingJob(s, clock, '足疗技师 新店');
    clock.advanceHours(24);
    await s.timedWork.runDue();
    const after = await digests(s, t);
    expect(after).toHaveLength(2);
    expect(after[0].body).toBe('1 个新工作符合 深圳 · 足疗 · 包吃住，点开看看。');
    expect(await digests(s, quiet)).toEqual([]);
  });

  it('schedules one digest at DIGEST_HOUR county time, however many searches she saves', async () => {
    const t = await signIn(s, 'digest-hour');
    for (const city of ['深圳市', '广州市', '东莞市']) await s.gql(SAVE, { f: { place: { city } } }, bearer(t));
    const user = await s.db.knex('users').where('openid', 'digest-hour').first('id');
    const tasks = await s.db.knex('timed_tasks').where({ subject_id: user.id, kind: 'SAVED_SEARCH_DIGEST', status: 'PENDING' }).select('due_at');
    expect(tasks).toHaveLength(1);
    const due = s.db.readDate(tasks[0].due_at).getTime();
    const now = clock.now().getTime();
    expect(due).toBeGreaterThan(now - 1000);
    expect(due - now).toBeLessThanOrEqual(24 * HOUR);
    // 08:00 in China Standard Time (UTC+8) is 00:00 UTC.
    expect(new Date(due).toISOString().slice(11)).toBe('00:00:00.000Z');
  });

  it('stops when she has deleted every saved search', async () => {
    const t = await signIn(s, 'digest-gone');
    const id = (await s.gql(SAVE, { f: SZ_FOOT }, bearer(t))).data.saveSearch.savedSearch.id;
    await matchingJob(s, clock);
    await s.gql(DELETE, { id }, bearer(t));
    clock.advanceHours(25);
    await s.timedWork.runDue();
    expect(await digests(s, t)).toEqual([]);
    const user = await s.db.knex('users').where('openid', 'digest-gone').first('id');
    expect(Number((await s.db.knex('timed_tasks').where({ subject_id: user.id, status: 'PENDING' }).count({ n: '*' }).first())!.n)).toBe(0);
  });
});

describe('the test clock', () => {
  it('is refused in production, where no one may move the server\'s time', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: TEST_SESSION_SECRET, CLOCK_FILE: '/tmp/offset' })).toThrow(/CLOCK_FILE: development and tests only/);
    expect(loadConfig({ NODE_ENV: 'development', CLOCK_FILE: 'offset' }).clockFile).toMatch(/offset$/);
    expect(() => loadConfig({ NODE_ENV: 'production', DIGEST_HOUR: '24' })).toThrow(/DIGEST_HOUR/);
  });
});

describe.each(engines)('saved-search digest across a restart on %s', (engine: Engine) => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let wechat: WechatStandIn;
  const started: TestServer[] = [];
  const start = async (clock: ShiftedClock, env: Record<string, string> = {}) => {
    const s = await startOn(db.url, engine, { ...QUIET, WECHAT_API_BASE: wechat.url, WECHAT_APP_ID: wechat.appId, WECHAT_APP_SECRET: wechat.appSecret, ...env }, { clock });
    started.push(s);
    return s;
  };
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    wechat = await startWechatStandIn();
  });
  afterEach(async () => {
    for (const x of started.splice(0)) await x.close(1000).catch(() => undefined);
    await wechat.close();
    await db.dispose();
  });

  it('two digest tasks for one villager (one left over, one new) report each job once, even run at the same moment', async () => {
    const clock = new ShiftedClock();
    const a = await start(clock);
    const t = await signIn(a, 'double-1');
    await a.gql(SAVE, { f: SZ_FOOT }, bearer(t));
    await a.gql(SAVE, { f: { keyword: '足疗技师' } }, bearer(t));
    await matchingJob(a, clock);
    const user = await a.db.knex('users').where('openid', 'double-1').first('id');
    await a.db.writeTransaction((trx) => a.timedWork.schedule(trx, { kind: 'SAVED_SEARCH_DIGEST', subjectId: user.id, dueAt: new Date(clock.now().getTime() + HOUR), key: `left-over:${user.id}` }));
    clock.advanceHours(25);
    // PostgreSQL: a second instance runs the other task at the same moment. SQLite: one
    // instance runs both in turn (two instances in one process would block each other's
    // synchronous driver; the process test above covers two SQLite instances).
    const runners = engine === 'postgresql' ? [a, await start(clock, { SEED_ON_START: 'false' })] : [a];
    const ran = (await Promise.all(runners.map((x) => x.timedWork.runDue()))).flat();
    if (engine === 'sqlite') ran.push(...(await a.timedWork.runDue()));
    expect(ran.filter((r) => r.kind === 'SAVED_SEARCH_DIGEST' && r.outcome === 'done')).toHaveLength(2);
    expect((await digests(a, t)).map((m) => m.body)).toEqual(['1 个新工作符合 深圳 · 足疗 · 包吃住；1 个新工作符合 “足疗技师”。']);
  });

  it('a restart loses nothing: the digest scheduled before it is sent after it, once', async () => {
    const clock = new ShiftedClock();
    const a = await start(clock);
    const t = await signIn(a, 'restart-1');
    await a.gql(SAVE, { f: SZ_FOOT }, bearer(t));
    await matchingJob(a, clock);
    await a.close(1000);
    started.splice(started.indexOf(a), 1);

    clock.advanceHours(25);
    const b = await start(clock);
    await b.timedWork.runDue();
    await b.timedWork.runDue();
    expect((await digests(b, t)).map((m) => m.body)).toEqual(['1 个新工作符合 深圳 · 足疗 · 包吃住，点开看看。']);
    // And the next day's digest was scheduled by that run.
    const user = await b.db.knex('users').where('openid', 'restart-1').first('id');
    expect(Number((await b.db.knex('timed_tasks').where({ subject_id: user.id, kind: 'SAVED_SEARCH_DIGEST', status: 'PENDING' }).count({ n: '*' }).first())!.n)).toBe(1);
  });
});

/**
 * Two server processes (the compiled server) on one database, sharing a clock file that the
 * test moves a day ahead; each runs its timed work every 200 ms on its own.
 */
describe.each(engines)('saved-search digests from two server processes on one %s database', (engine: Engine) => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let wechat: WechatStandIn;
  let dir: string;
  const children: ChildProcess[] = [];
  let urls: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    wechat = await startWechatStandIn();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digest-clock-'));
    const env = baseEnv(db.url, TEST_SESSION_SECRET, {
      NODE_ENV: 'test', LOG_LEVEL: 'error', CLOCK_FILE: path.join(dir, 'offset'), TIMED_WORK_INTERVAL_MS: '200', DIGEST_HOUR: '8',
      WECHAT_API_BASE: wechat.url, WECHAT_APP_ID: wechat.appId, WECHAT_APP_SECRET: wechat.appSecret,
    });
    const a = await startProcess({ ...env, MIGRATE_ON_START: 'true', SEED_ON_START: 'true' });
    const b = await startProcess({ ...env, MIGRATE_ON_START: 'false', SEED_ON_START: 'false' });
    children.push(a.child, b.child);
    urls = [a.url, b.url];
  });
  afterAll(async () => {
    for (const c of children) await stopProcess(c);
    await wechat?.close();
    await db?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const login = async (url: string, openid: string) => (await gqlAt(url, `mutation($c: String!) { login(code: $c) { token } }`, { c: `ok-${openid}--${randomBytes(4).toString('hex')}` })).body.data.login.token as string;

  it('each villager gets exactly one digest, whichever instance runs it', async () => {
    const owner = await login(urls[0], 'twin-owner');
    const org = (await gqlAt(urls[0], `mutation { createOrganization(input: { name: "双实例足疗店", kind: EMPLOYER, description: "", province: "广东省", city: "深圳市" }) { organization { id } } }`, {}, owner)).body.data.createOrganization.organization.id;
    const tokens: string[] = [];
    for (let i = 0; i < 6; i++) {
      const t = await login(urls[i % 2], `twin-${i}`);
      expect((await gqlAt(urls[(i + 1) % 2], SAVE, { f: SZ_FOOT }, t)).body.data.saveSearch.created).toBe(true);
      tokens.push(t);
    }
    const job = { ...SHENZHEN_JOB, title: '足疗技师 包吃住', category: 'FOOT_THERAPY' };
    const posted = await gqlAt(urls[1], `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id status } userErrors { code } } }`, { o: org, i: job }, owner);
    expect(posted.body.data.postJob.job.status).toBe('OPEN');

    fs.writeFileSync(path.join(dir, 'offset'), String(25 * HOUR));
    const bodies = async (t: string, url: string) => (await gqlAt(url, MESSAGES, {}, t)).body.data.myMessages.filter((m: any) => m.kind === 'SAVED_SEARCH_DIGEST').map((m: any) => m.body);
    const check = await openDatabase(parseDatabaseUrl(db.url));
    try {
      // Done once every digest task of that day is DONE: no instance can take one again.
      await until(async () => {
        const rows = await check.knex('timed_tasks').where('kind', 'SAVED_SEARCH_DIGEST').select('status', 'due_at');
        const due = rows.filter((r: any) => check.readDate(r.due_at).getTime() <= Date.now() + 25 * HOUR);
        return due.length === 6 && due.every((r: any) => r.status === 'DONE');
      }, 30_000);
    } finally {
      await check.close();
    }
    for (const [i, t] of tokens.entries()) expect(await bodies(t, urls[i % 2])).toEqual(['1 个新工作符合 深圳 · 足疗 · 包吃住，点开看看。']);
  });
});

describe.each(engines)('saved-search digest by WeChat subscribe message on %s', (engine: Engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  const clock = new ShiftedClock();
  beforeAll(async () => {
    s = await startTestServer(engine, { ...QUIET, WECHAT_SUBSCRIBE_TEMPLATES: `SAVED_SEARCH_DIGEST=${TEMPLATE}`, OUTBOX_INTERVAL_MS: '100' }, { clock });
  });
  afterAll(() => s?.dispose());

  const sentTo = (openid: string) => s.wechat.sent.filter((m) => m.touser === openid);

  it('spends a one-time grant on one digest; the next digest reaches 消息 only, until she grants again', async () => {
    const t = await signIn(s, 'wx-digest');
    const none = await signIn(s, 'wx-digest-none');
    await s.gql(`mutation($t: [String!]!) { acceptWechatSubscriptions(templates: $t) }`, { t: [TEMPLATE] }, bearer(t));
    await s.gql(SAVE, { f: SZ_FOOT }, bearer(t));
    await s.gql(SAVE, { f: SZ_FOOT }, bearer(none));
    await matchingJob(s, clock);
    clock.advanceHours(25);
    await s.timedWork.runDue();
    await until(() => sentTo('wx-digest').length === 1);
    expect(sentTo('wx-digest')[0]).toMatchObject({ template_id: TEMPLATE, page: '/me/saved-searches/index' });
    expect(sentTo('wx-digest')[0].data.thing1.value).toBe('深圳 · 足疗 · 包吃住');

    await matchingJob(s, clock, '足疗技师 第二家');
    clock.advanceHours(24);
    await s.timedWork.runDue();
    expect(await digests(s, t)).toHaveLength(2);
    const outbox = await s.db.knex('outbox').join('users', 'users.id', 'outbox.user_id').where('users.openid', 'wx-digest').count({ n: '*' }).first();
    expect(Number(outbox!.n)).toBe(1);

    // Asked again (she taps 每天提醒我), the next digest goes by WeChat too.
    await s.gql(`mutation($t: [String!]!) { acceptWechatSubscriptions(templates: $t) }`, { t: [TEMPLATE] }, bearer(t));
    await matchingJob(s, clock, '足疗技师 第三家');
    clock.advanceHours(24);
    await s.timedWork.runDue();
    await until(() => sentTo('wx-digest').length === 2);
    expect(sentTo('wx-digest-none')).toHaveLength(0);
    expect(await digests(s, none)).toHaveLength(3);
  });
});
