import { bearer, engines, fillProfile, signIn, startOn, startTestServer } from './harness';
import { SHENZHEN_JOB } from './builders';

const TEMPLATE = 'tmpl-application-status';
const SET = `mutation($id: ID!, $s: ApplicationStatus!, $m: String) { setApplicationStatus(id: $id, status: $s, message: $m) { userErrors { code } } }`;

async function until(check: () => Promise<boolean>, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
}

describe.each(engines)('WeChat subscribe messages through the outbox on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let owner: string;
  let org: string;
  let job: string;
  beforeAll(async () => {
    s = await startTestServer(engine, { WECHAT_SUBSCRIBE_TEMPLATES: `APPLICATION_STATUS=${TEMPLATE}`, OUTBOX_INTERVAL_MS: '100', OUTBOX_BACKOFF_MS: '50', OUTBOX_MAX_ATTEMPTS: '4' });
    owner = await signIn(s, 'outbox-owner');
    org = (await s.gql(`mutation { createOrganization(input: { name: "通知测试修脚", kind: EMPLOYER, description: "", province: "广东省", city: "深圳市" }) { organization { id } } }`, {}, bearer(owner))).data.createOrganization.organization.id;
    job = (await s.gql(`mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id } } }`, { o: org, i: SHENZHEN_JOB }, bearer(owner))).data.postJob.job.id;
  });
  afterAll(() => s?.dispose());

  async function applicant(openid: string, subscribe: number) {
    const t = await signIn(s, openid);
    await fillProfile(s, t, '订阅的村民', '13512341234');
    for (let i = 0; i < subscribe; i++) await s.gql(`mutation($t: [String!]!) { acceptWechatSubscriptions(templates: $t) }`, { t: [TEMPLATE] }, bearer(t));
    const app = (await s.gql(`mutation($j: ID!) { applyToJob(jobId: $j) { application { id } } }`, { j: job }, bearer(t))).data.applyToJob.application.id;
    return { token: t, app };
  }

  const sentTo = (openid: string) => s.wechat.sent.filter((m) => m.touser === openid);

  it('sends one message per accepted subscription, and none without consent', async () => {
    const subscribed = await applicant('outbox-yes', 1);
    const silent = await applicant('outbox-no', 0);
    await s.gql(SET, { id: subscribed.app, s: 'INTERVIEW', m: '周三上午十点' }, bearer(owner));
    await s.gql(SET, { id: silent.app, s: 'INTERVIEW', m: '周三上午十点' }, bearer(owner));
    await until(async () => sentTo('outbox-yes').length === 1);
    const msg = sentTo('outbox-yes')[0];
    expect(msg).toMatchObject({ template_id: TEMPLATE, page: `/job/detail/index?id=${job}` });
    expect(msg.data.thing3.value).toBe('周三上午十点');
    // A second change: the one-time subscription is spent, so only the in-app message.
    await s.gql(SET, { id: subscribed.app, s: 'HIRED', m: '下周一上岗' }, bearer(owner));
    await new Promise((r) => setTimeout(r, 400));
    expect(sentTo('outbox-yes')).toHaveLength(1);
    expect(sentTo('outbox-no')).toHaveLength(0);
    expect((await s.gql(`{ myMessages { title } }`, {}, bearer(subscribed.token))).data.myMessages.map((m: any) => m.title)).toEqual(['恭喜录用', '面试邀请']);
  });

  it('retries with backoff while WeChat fails, then sends exactly once', async () => {
    const a = await applicant('outbox-retry', 1);
    s.wechat.failNext(2); // two HTTP 503s
    s.wechat.rejectSends(-1); // then WeChat is busy once
    await s.gql(SET, { id: a.app, s: 'VIEWED' }, bearer(owner));
    await until(async () => sentTo('outbox-retry').length === 1);
    await new Promise((r) => setTimeout(r, 400));
    expect(sentTo('outbox-retry')).toHaveLength(1);
    const row = await s.db.knex('outbox').join('users', 'users.id', 'outbox.user_id').where('users.openid', 'outbox-retry').first('outbox.status', 'outbox.attempts');
    expect(row.status).toBe('SENT');
    expect(row.attempts).toBeGreaterThanOrEqual(2);
  });

  it('gives up at once when the user refused (43101), and after too many failures', async () => {
    const refused = await applicant('outbox-refused', 1);
    s.wechat.rejectSends(43101);
    await s.gql(SET, { id: refused.app, s: 'VIEWED' }, bearer(owner));
    await until(async () => (await s.db.knex('outbox').join('users', 'users.id', 'outbox.user_id').where('users.openid', 'outbox-refused').first('outbox.status'))?.status === 'SKIPPED');
    const broken = await applicant('outbox-broken', 1);
    s.wechat.rejectSends(-1, -1, -1, -1); // as many failures as attempts allowed
    await s.gql(SET, { id: broken.app, s: 'VIEWED' }, bearer(owner));
    await until(async () => (await s.db.knex('outbox').join('users', 'users.id', 'outbox.user_id').where('users.openid', 'outbox-broken').first('outbox.status'))?.status === 'FAILED');
    expect(sentTo('outbox-refused')).toHaveLength(0);
    expect(sentTo('outbox-broken')).toHaveLength(0);
  });

  it('loses nothing across a restart, and two instances never send a row twice', async () => {
    // A server whose sender is idle records messages and stops; they wait in the database.
    const quiet = await startOn(s.databaseUrl, engine, {
      SEED_ON_START: 'false', WECHAT_API_BASE: s.wechat.url, WECHAT_APP_ID: s.wechat.appId, WECHAT_APP_SECRET: s.wechat.appSecret,
      WECHAT_SUBSCRIBE_TEMPLATES: `APPLICATION_STATUS=${TEMPLATE}`, OUTBOX_INTERVAL_MS: '3600000', LOGIN_RATE_LIMIT: '1000', MUTATION_RATE_LIMIT: '1000',
    });
    await s.outbox.stop();
    const openids = Array.from({ length: 12 }, (_, i) => `outbox-many-${i}`);
    for (const o of openids) {
      const a = await applicant(o, 1);
      await quiet.gql(SET, { id: a.app, s: 'VIEWED' }, bearer(owner));
    }
    await quiet.close();
    expect(openids.flatMap(sentTo)).toHaveLength(0);
    // Two instances start sending at once.
    const env = { SEED_ON_START: 'false', WECHAT_API_BASE: s.wechat.url, WECHAT_APP_ID: s.wechat.appId, WECHAT_APP_SECRET: s.wechat.appSecret, OUTBOX_INTERVAL_MS: '50', OUTBOX_BACKOFF_MS: '50' };
    const [one, two] = await Promise.all([startOn(s.databaseUrl, engine, env), startOn(s.databaseUrl, engine, env)]);
    try {
      await until(async () => openids.every((o) => sentTo(o).length >= 1));
      await new Promise((r) => setTimeout(r, 400));
      for (const o of openids) expect({ o, n: sentTo(o).length }).toEqual({ o, n: 1 });
    } finally {
      await one.close();
      await two.close();
    }
  });
});
