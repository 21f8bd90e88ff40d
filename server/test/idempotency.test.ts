import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { bearer, codes, createTestDatabase, engines, signIn, startOn, startTestServer, TEST_SESSION_SECRET, type Engine, type GqlResponse } from './harness';
import { SHENZHEN_JOB } from './builders';
import { parseDatabaseUrl } from '../src/config';
import { openDatabase, type Database } from '../src/db/orm';
import { startWechatStandIn, type WechatStandIn } from '../src/wechat/stand-in';
import { inputHash, once, type Claim, type IdempotentSteps } from '../src/modules/common/idempotency';
import { newId } from '../src/modules/common/ids';
import type { UserError } from '../src/modules/common/user-errors';
import { gqlAt, startProcess } from '../src/bench/processes';

/**
 * Safe retries: every creating mutation takes an `idempotencyKey`; a repeat with the same key
 * (after a lost answer) gets the first result and creates nothing. Over HTTP, on each engine,
 * and across a real crash of the compiled server (`npx tsc -p tsconfig.build.json` first).
 */
const inDays = (n: number) => new Date(Date.now() + 8 * 3600000 + n * 86400000).toISOString().slice(0, 10);
const newKey = () => `k-${randomBytes(12).toString('base64url')}`;

const POST_JOB = `mutation($o: ID!, $i: JobInput!, $p: Boolean, $k: String) {
  postJob(organizationId: $o, input: $i, publish: $p, idempotencyKey: $k) { job { id title status } userErrors { field code } } }`;
const POST_COURSE = `mutation($o: ID!, $i: CourseInput!, $k: String) {
  postCourse(organizationId: $o, input: $i, idempotencyKey: $k) { course { id title } userErrors { field code } } }`;
const POST_OPENING = `mutation($o: ID!, $i: FranchiseOpeningInput!, $k: String) {
  postFranchiseOpening(organizationId: $o, input: $i, idempotencyKey: $k) { franchiseOpening { id title franchise { filingNumber } } userErrors { field code } } }`;
const CREATE_ORG = `mutation($i: OrganizationInput!, $k: String) {
  createOrganization(input: $i, idempotencyKey: $k) { organization { id name } userErrors { field code } } }`;
const REPORT = `mutation($id: ID!, $r: String!, $k: String) {
  reportPosting(kind: JOB, id: $id, reason: $r, idempotencyKey: $k) { report { id status } userErrors { field code } } }`;

const COURSE = {
  title: '修脚技能免费培训班（重试测试）',
  skill: 'PEDICURE',
  description: '三包两免一补：包吃包住包推荐就业，学费全免，结业后推荐到合作修脚店上岗。',
  place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' },
  startDate: inDays(10),
  endDate: inDays(40),
  enrollmentDeadline: inDays(5),
  hours: 160,
  fee: 0,
  subsidy: 600,
  coversFood: true,
  coversLodging: true,
  coversTravel: false,
  seats: 30,
  certificate: '专项职业能力证书（修脚）',
  requirements: ['18到55岁'],
  leadsToEmployerIds: [],
  contactName: '李老师',
  contactPhone: '0915-4321234',
};

const OPENING = {
  title: '南山店新店开业 招修脚师',
  description: '品牌新店十二月开业，招修脚师和前台，包吃住，老乡带教。不向求职者收取任何费用。',
  place: { province: '广东省', city: '深圳市', county: '南山区' },
  openingDate: inDays(20),
  positions: [{ title: '修脚师', headcount: 3, pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' } }],
  franchise: { investmentMin: 150000, investmentMax: 300000, brandProvides: ['技术培训'], filingNumber: '0610300211800123', disclosure: { ownShops: [{ city: '深圳市', openedOn: '2020-03-01' }, { city: '深圳市', openedOn: '2021-06-01' }], fees: [{ name: '加盟费', amount: 30000, refundable: false }], investmentItems: [{ name: '加盟费', min: 30000, max: 30000 }, { name: '装修和设备', min: 120000, max: 270000 }] } },
  contactName: '陈店长',
  contactPhone: '13800001234',
};

const MALFORMED_KEYS: [string, string][] = [
  ['empty', ''],
  ['too short (7)', 'abc1234'],
  ['too long (65)', 'a'.repeat(65)],
  ['spaces', 'my key 12345'],
  ['SQL', "x'); delete from jobs; --"],
  ['Chinese', '发布招聘发布招聘发布'],
];

async function count(db: Database, table: string, where: Record<string, unknown>): Promise<number> {
  const [{ n }] = await db.knex(table).where(where).count({ n: '*' });
  return Number(n);
}

function badArgument(res: GqlResponse<unknown>): { code?: string; argument?: unknown }[] {
  return (res.errors ?? []).map((e) => ({ code: e.extensions?.code, argument: e.extensions?.argument }));
}

describe.each(engines)('safe retries of creating mutations on %s', (engine: Engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let owner: string;
  let rival: string;
  let trainer: string;
  let villager: string;
  let chain: string;
  let otherChain: string;
  let centre: string;
  let ownerId: string;
  beforeAll(async () => {
    s = await startTestServer(engine);
    [owner, rival, trainer, villager] = await Promise.all(['idem-owner', 'idem-rival', 'idem-trainer', 'idem-villager'].map((o) => signIn(s, o)));
    const org = async (token: string, name: string, kind: string) =>
      (await s.gql(CREATE_ORG, { i: { name, kind, description: '测试', province: '广东省', city: '深圳市' } }, bearer(token))).data.createOrganization.organization.id as string;
    chain = await org(owner, '重试测试修脚连锁', 'EMPLOYER');
    otherChain = await org(rival, '重试测试别家足道', 'EMPLOYER');
    centre = await org(trainer, '重试测试职业培训学校', 'TRAINING_INSTITUTION');
    ownerId = (await s.gql(`{ me { id } }`, {}, bearer(owner))).data.me.id;
  });
  afterAll(() => s?.dispose());

  const jobsOf = (org: string) => count(s.db, 'jobs', { employer_id: org });

  it('answers a repeat of postJob with the first job: one row, one audit entry, one key', async () => {
    const key = newKey();
    const before = await jobsOf(chain);
    const first = await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, p: true, k: key }, bearer(owner));
    expect(first.data.postJob.userErrors).toEqual([]);
    const again = await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, p: true, k: key }, bearer(owner));
    expect(again.errors).toBeUndefined();
    expect(again.data.postJob).toEqual(first.data.postJob);
    expect(await jobsOf(chain)).toBe(before + 1);
    expect(await count(s.db, 'audit_log', { subject_id: first.data.postJob.job.id, action: 'JOB_POSTED' })).toBe(1);
    expect(await s.db.knex('idempotency_keys').where({ user_id: ownerId, key }).select('operation', 'result_id')).toEqual([{ operation: 'postJob', result_id: first.data.postJob.job.id }]);
  });

  it('creates one job for ten concurrent repeats, on one instance and across two', async () => {
    const key = newKey();
    const before = await jobsOf(chain);
    const answers = await Promise.all(Array.from({ length: 10 }, () => s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, p: true, k: key }, bearer(owner))));
    expect(answers.map((a) => a.errors)).toEqual(Array(10).fill(undefined));
    const ids = new Set(answers.map((a) => a.data.postJob.job?.id));
    expect(ids.size).toBe(1);
    expect(await jobsOf(chain)).toBe(before + 1);
    expect(await count(s.db, 'audit_log', { subject_id: [...ids][0], action: 'JOB_POSTED' })).toBe(1);

    // A second server instance on the same database: the unique key row decides between them.
    const second = await startOn(s.databaseUrl, engine, { SEED_ON_START: 'false', MIGRATE_ON_START: 'false', MUTATION_RATE_LIMIT: '1000' });
    try {
      const crossKey = newKey();
      const split = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? second : s).gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, p: false, k: crossKey }, bearer(owner))));
      expect(split.map((a) => a.errors)).toEqual(Array(10).fill(undefined));
      expect(new Set(split.map((a) => a.data.postJob.job?.id)).size).toBe(1);
      expect(await jobsOf(chain)).toBe(before + 2);
    } finally {
      await second.close();
    }
  });

  it('refuses the same key with other input, creating nothing', async () => {
    const key = newKey();
    const first = (await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, k: key }, bearer(owner))).data.postJob.job;
    const before = await jobsOf(chain);
    const other = await s.gql(POST_JOB, { o: chain, i: { ...SHENZHEN_JOB, headcount: 6 }, k: key }, bearer(owner));
    expect(other.data.postJob).toEqual({ job: null, userErrors: [{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' }] });
    // Publishing is part of the request too, and so is the mutation.
    const published = await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, p: true, k: key }, bearer(owner));
    expect(published.data.postJob.userErrors).toEqual([{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' }]);
    const asReport = await s.gql(REPORT, { id: first.id, r: '电话里让先交押金五百元', k: key }, bearer(owner));
    expect(asReport.data.reportPosting).toEqual({ report: null, userErrors: [{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' }] });
    expect(await jobsOf(chain)).toBe(before);
    expect(await count(s.db, 'reports', { subject_id: first.id })).toBe(0);
    // The same input spelled differently (key order, an explicit null for an absent field) is the same request.
    const reordered = Object.fromEntries(Object.entries({ ...SHENZHEN_JOB, expiresOn: null }).reverse());
    expect((await s.gql(POST_JOB, { o: chain, i: reordered, k: key }, bearer(owner))).data.postJob.job.id).toBe(first.id);
  });

  it('keeps keys per user: another user with the same key gets a posting of their own', async () => {
    const key = newKey();
    const mine = (await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, k: key }, bearer(owner))).data.postJob.job;
    const theirs = await s.gql(POST_JOB, { o: otherChain, i: SHENZHEN_JOB, k: key }, bearer(rival));
    expect(theirs.data.postJob.userErrors).toEqual([]);
    expect(theirs.data.postJob.job.id).not.toBe(mine.id);
    // Not even with other input: the rival's key is not the owner's, so nothing is refused or revealed.
    const otherInput = await s.gql(POST_JOB, { o: otherChain, i: { ...SHENZHEN_JOB, title: '别家的修脚师傅岗位' }, k: newKey() }, bearer(rival));
    expect(otherInput.data.postJob.userErrors).toEqual([]);
    expect(await count(s.db, 'idempotency_keys', { key })).toBe(2);
  });

  it('creates again on every call without a key, as before', async () => {
    const before = await jobsOf(chain);
    const a = (await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB }, bearer(owner))).data.postJob.job;
    const b = (await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB }, bearer(owner))).data.postJob.job;
    expect(a.id).not.toBe(b.id);
    expect(await jobsOf(chain)).toBe(before + 2);
  });

  it.each(MALFORMED_KEYS)('refuses a malformed key (%s) as BAD_USER_INPUT naming the argument', async (_, key) => {
    const before = await jobsOf(chain);
    const res = await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, k: key }, bearer(owner));
    expect(badArgument(res)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' }]);
    expect(res.raw).not.toMatch(/sql|select|insert|stack/i);
    expect(await jobsOf(chain)).toBe(before);
  });

  it('accepts keys of 8 and of 64 characters', async () => {
    for (const key of ['Ab3_-xyz', `${'a'.repeat(32)}-${'Z9_'.repeat(10)}0`]) {
      expect(key.length === 8 || key.length === 64).toBe(true);
      const res = await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, k: key }, bearer(owner));
      expect(res.data.postJob.userErrors).toEqual([]);
    }
  });

  it('stores no key for a request refused with user errors, so the corrected one goes through', async () => {
    const key = newKey();
    const bad = await s.gql(POST_JOB, { o: chain, i: { ...SHENZHEN_JOB, headcount: 0 }, k: key }, bearer(owner));
    expect(bad.data.postJob.userErrors).toEqual([{ field: 'input.headcount', code: 'OUT_OF_RANGE' }]);
    expect(await count(s.db, 'idempotency_keys', { key })).toBe(0);
    expect((await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, k: key }, bearer(owner))).data.postJob.userErrors).toEqual([]);
  });

  it('frees a key after 24 hours and sweeps expired keys on write', async () => {
    const key = newKey();
    const first = (await s.gql(POST_JOB, { o: chain, i: SHENZHEN_JOB, k: key }, bearer(owner))).data.postJob.job;
    const dayAgo = s.db.dateParam(new Date(Date.now() - 24 * 3600_000 - 60_000));
    await s.db.knex('idempotency_keys').where({ user_id: ownerId, key }).update({ created_at: dayAgo });
    // Someone else's expired key, left by a user who never wrote again.
    await s.db.knex('idempotency_keys').insert({ user_id: 'gone-user', key: 'expired-key-1', operation: 'postJob', input_hash: 'x'.repeat(64), result_id: 'nothing', created_at: dayAgo });
    const later = await s.gql(POST_JOB, { o: chain, i: { ...SHENZHEN_JOB, headcount: 7 }, k: key }, bearer(owner));
    expect(later.data.postJob.userErrors).toEqual([]);
    expect(later.data.postJob.job.id).not.toBe(first.id);
    expect(await s.db.knex('idempotency_keys').where({ user_id: ownerId, key }).pluck('result_id')).toEqual([later.data.postJob.job.id]);
    expect(await count(s.db, 'idempotency_keys', { user_id: 'gone-user' })).toBe(0);
  });

  it('lets the unique key decide between two requests that both found no key', async () => {
    const key = newKey();
    const userId = `race-${randomBytes(3).toString('hex')}`;
    const request = { userId, key, operation: 'postJob', input: { n: 1 } };
    // Both requests are past the look-up before either writes: the race the index settles.
    let arrived = 0;
    let go!: () => void;
    const bothHere = new Promise<void>((r) => (go = r));
    type Answer = { id: string | null; by: string; userErrors: UserError[] };
    const steps = (label: string): IdempotentSteps<Answer> => ({
      create: async (claim: Claim) => {
        if (++arrived === 2) go();
        await bothHere;
        const id = newId();
        await s.db.writeTransaction(async (trx) => {
          await claim(trx, id);
          await trx('audit_log').insert({ id: newId(), actor_id: userId, action: 'RACE_TEST', subject_kind: 'TEST', subject_id: id, at: s.db.dateParam(new Date()) });
        });
        return { id, by: label, userErrors: [] };
      },
      replay: async (id) => ({ id, by: 'replay', userErrors: [] }),
      refuse: (userErrors) => ({ id: null, by: 'refused', userErrors }),
    });
    const [a, b] = await Promise.all([once(s.db, request, steps('a')), once(s.db, request, steps('b'))]);
    expect(a.id).toBe(b.id);
    expect([a.by, b.by].filter((by) => by === 'replay')).toHaveLength(1);
    expect(await count(s.db, 'audit_log', { actor_id: userId, action: 'RACE_TEST' })).toBe(1);

    // A loser refused for what the winner did (e.g. "name taken" by the organisation the
    // winner just registered) answers with the winner's result, not with its refusal.
    const key2 = newKey();
    const loser = await once(s.db, { ...request, key: key2 }, {
      ...steps('loser'),
      create: async () => {
        await s.db.knex('idempotency_keys').insert({ user_id: userId, key: key2, operation: 'postJob', input_hash: inputHash('postJob', { n: 1 }), result_id: 'winner-id', created_at: s.db.dateParam(new Date()) });
        return { id: null, by: 'refused', userErrors: [{ field: 'input.name', message: '名称已被登记', code: 'NAME_TAKEN' }] };
      },
    });
    expect(loser).toEqual({ id: 'winner-id', by: 'replay', userErrors: [] });
  });

  it('makes postCourse safe to retry', async () => {
    const key = newKey();
    const before = await count(s.db, 'courses', { trainer_id: centre });
    const first = await s.gql(POST_COURSE, { o: centre, i: COURSE, k: key }, bearer(trainer));
    expect(first.data.postCourse.userErrors).toEqual([]);
    const answers = await Promise.all([1, 2, 3].map(() => s.gql(POST_COURSE, { o: centre, i: COURSE, k: key }, bearer(trainer))));
    for (const a of answers) expect(a.data.postCourse.course.id).toBe(first.data.postCourse.course.id);
    expect(await count(s.db, 'courses', { trainer_id: centre })).toBe(before + 1);
    expect(await count(s.db, 'audit_log', { subject_id: first.data.postCourse.course.id })).toBe(1);
    expect((await s.gql(POST_COURSE, { o: centre, i: { ...COURSE, seats: 31 }, k: key }, bearer(trainer))).data.postCourse.userErrors).toEqual([{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' }]);
    expect(badArgument(await s.gql(POST_COURSE, { o: centre, i: COURSE, k: 'no' }, bearer(trainer)))).toEqual([{ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' }]);
  });

  it('makes postFranchiseOpening (shop opening and franchise offer) safe to retry', async () => {
    const key = newKey();
    const before = await count(s.db, 'franchise_openings', { brand_id: chain });
    const first = await s.gql(POST_OPENING, { o: chain, i: OPENING, k: key }, bearer(owner));
    expect(first.data.postFranchiseOpening.userErrors).toEqual([]);
    const again = await s.gql(POST_OPENING, { o: chain, i: OPENING, k: key }, bearer(owner));
    expect(again.data.postFranchiseOpening).toEqual(first.data.postFranchiseOpening);
    expect(await count(s.db, 'franchise_openings', { brand_id: chain })).toBe(before + 1);
    expect(await count(s.db, 'opening_positions', { opening_id: first.data.postFranchiseOpening.franchiseOpening.id })).toBe(1);
    const staffOnly = await s.gql(POST_OPENING, { o: chain, i: { ...OPENING, franchise: null }, k: key }, bearer(owner));
    expect(staffOnly.data.postFranchiseOpening.userErrors).toEqual([{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' }]);
    expect(badArgument(await s.gql(POST_OPENING, { o: chain, i: OPENING, k: ' '.repeat(10) }, bearer(owner)))).toEqual([{ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' }]);
  });

  it('makes createOrganization safe to retry: the repeat gets the organisation, not "name taken"', async () => {
    const newcomer = await signIn(s, `idem-newcomer-${randomBytes(3).toString('hex')}`);
    const key = newKey();
    const input = { name: `重试测试新店${randomBytes(2).toString('hex')}`, kind: 'EMPLOYER', description: '新开的店', province: '浙江省', city: '杭州市' };
    const answers = await Promise.all(Array.from({ length: 5 }, () => s.gql(CREATE_ORG, { i: input, k: key }, bearer(newcomer))));
    expect(answers.map((a) => a.data.createOrganization.userErrors)).toEqual(Array(5).fill([]));
    const ids = new Set(answers.map((a) => a.data.createOrganization.organization.id));
    expect(ids.size).toBe(1);
    const id = [...ids][0];
    expect(await count(s.db, 'memberships', { organization_id: id })).toBe(1);
    expect(await count(s.db, 'audit_log', { subject_id: id, action: 'ORGANIZATION_CREATED' })).toBe(1);
    // Without the key the same request is a second registration, refused as before.
    expect((await s.gql(CREATE_ORG, { i: input }, bearer(newcomer))).data.createOrganization.userErrors.map((e: any) => e.code)).toEqual(['NAME_TAKEN']);
    expect(badArgument(await s.gql(CREATE_ORG, { i: input, k: 'a'.repeat(65) }, bearer(newcomer)))).toEqual([{ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' }]);
  });

  it('makes reportPosting safe to retry, even once the bureau has closed the first report', async () => {
    const job = (await s.gql(POST_JOB, { o: otherChain, i: SHENZHEN_JOB, p: true }, bearer(rival))).data.postJob.job;
    const key = newKey();
    const reason = '电话里让先交押金五百元';
    const first = await s.gql(REPORT, { id: job.id, r: reason, k: key }, bearer(villager));
    expect(first.data.reportPosting).toMatchObject({ report: { status: 'OPEN' }, userErrors: [] });
    const admin = await signIn(s, 'bureau-admin-1');
    await s.gql(`mutation($id: ID!) { dismissReport(id: $id) { done } }`, { id: first.data.reportPosting.report.id }, bearer(admin));
    // The retry of a report whose answer was lost: the same report, not a second one.
    const retry = await s.gql(REPORT, { id: job.id, r: reason, k: key }, bearer(villager));
    expect(retry.data.reportPosting).toEqual({ report: { id: first.data.reportPosting.report.id, status: 'DISMISSED' }, userErrors: [] });
    expect(await count(s.db, 'reports', { subject_id: job.id })).toBe(1);
    // A new report (a new key) is a new report.
    expect((await s.gql(REPORT, { id: job.id, r: reason, k: newKey() }, bearer(villager))).data.reportPosting.report.id).not.toBe(first.data.reportPosting.report.id);
    expect(badArgument(await s.gql(REPORT, { id: job.id, r: reason, k: "'; drop table reports; --" }, bearer(villager)))).toEqual([{ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' }]);
    expect(codes(await s.gql(REPORT, { id: job.id, r: reason, k: newKey() }))).toEqual(['UNAUTHENTICATED']);
  });
});

// ---- a real crash ---------------------------------------------------------------------------

describe.each(engines)('a postJob committed just before a crash, on %s', (engine: Engine) => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let wechat: WechatStandIn;
  let reader: Database;
  const children: ChildProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    wechat = await startWechatStandIn();
    env = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: db.url,
      H5_DIR: '',
      LOG_LEVEL: 'error',
      SESSION_SECRET: TEST_SESSION_SECRET,
      WECHAT_API_BASE: wechat.url,
      WECHAT_APP_ID: wechat.appId,
      WECHAT_APP_SECRET: wechat.appSecret,
      WECHAT_TIMEOUT_MS: '30000',
      LOGIN_RATE_LIMIT: '1000',
      MUTATION_RATE_LIMIT: '1000',
      RESPONSE_CACHE_SECONDS: '0',
    };
  });

  afterAll(async () => {
    for (const c of children) {
      c.removeAllListeners('exit');
      if (c.exitCode === null && c.signalCode === null) {
        await new Promise<void>((resolve) => {
          c.once('exit', () => resolve());
          c.kill('SIGKILL');
        });
      }
    }
    await reader?.close();
    await wechat?.close();
    await db?.dispose();
  });

  it('answers the retry after a restart with the same job, and there is one row', async () => {
    const first = await startProcess({ ...env, MIGRATE_ON_START: 'true', SEED_ON_START: 'true' });
    children.push(first.child);
    const login = (await gqlAt(first.url, `mutation($c: String!) { login(code: $c) { token } }`, { c: `ok-crash-owner--${randomBytes(3).toString('hex')}` })).body;
    const token = login.data.login.token as string;
    const org = (await gqlAt(first.url, CREATE_ORG, { i: { name: '崩溃测试修脚店', kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市' } }, token)).body;
    const orgId = org.data.createOrganization.organization.id as string;
    reader = await openDatabase(parseDatabaseUrl(db.url));

    // Mutation fields run one after another and the answer goes out only when all are done:
    // a second field that waits on WeChat (which never answers `odd-slow`) holds the answer
    // of a postJob that has already committed.
    const key = newKey();
    const held = `mutation($o: ID!, $i: JobInput!, $k: String) {
      postJob(organizationId: $o, input: $i, publish: true, idempotencyKey: $k) { job { id } }
      hold: login(code: "odd-slow") { token } }`;
    const body = JSON.stringify({ query: held, variables: { o: orgId, i: SHENZHEN_JOB, k: key } });
    const u = new URL(`${first.url}/graphql`);
    let answered = false;
    const lost = new Promise<string>((resolve) => {
      const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } });
      req.on('response', () => {
        answered = true;
        resolve('answered');
      });
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      req.end(body);
    });

    // Committed: the job and its key are in the database.
    const deadline = Date.now() + 20_000;
    let rows: { id: string }[] = [];
    while (Date.now() < deadline) {
      rows = await reader.knex('jobs').where('employer_id', orgId).select('id');
      if (rows.length > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(rows).toHaveLength(1);
    expect(answered).toBe(false);
    first.child.removeAllListeners('exit');
    const dead = new Promise((r) => first.child.once('exit', (_code, signal) => r(signal)));
    first.child.kill('SIGKILL');
    expect(await dead).toBe('SIGKILL');
    // The answer is lost: the connection died without one.
    expect(await lost).toMatch(/ECONNRESET|socket hang up/i);

    const second = await startProcess({ ...env, MIGRATE_ON_START: 'true', SEED_ON_START: 'false' });
    children.push(second.child);
    const retry = (await gqlAt(second.url, POST_JOB, { o: orgId, i: SHENZHEN_JOB, p: true, k: key }, token)).body;
    expect(retry.errors).toBeUndefined();
    expect(retry.data.postJob.userErrors).toEqual([]);
    expect(retry.data.postJob.job).toMatchObject({ id: rows[0].id, status: 'OPEN' });
    expect(await reader.knex('jobs').where('employer_id', orgId).pluck('id')).toEqual([rows[0].id]);
    expect(await count(reader, 'audit_log', { subject_id: rows[0].id, action: 'JOB_POSTED' })).toBe(1);
  });
});
