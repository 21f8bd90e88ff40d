import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, engines, startOn, TEST_SESSION_SECRET, type Engine, type TestServer } from './harness';
import { SHENZHEN_JOB } from './builders';
import { startWechatStandIn, type WechatStandIn } from '../src/wechat/stand-in';
import { baseEnv, gqlAt, startProcess, stopProcess } from '../src/bench/processes';

/**
 * Reply deadlines run by real server processes (the compiled server, as production runs it)
 * sharing one database: two instances take the same due tasks at the same time and each task
 * runs once — one reminder per application, one 未回复 notice per villager; then both stop,
 * more tasks fall due, and a restarted instance runs them, once.
 */
describe.each(engines)('timed work across server processes on %s', (engine: Engine) => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let wechat: WechatStandIn;
  let helper: TestServer;
  const children: ChildProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    wechat = await startWechatStandIn();
    env = baseEnv(db.url, TEST_SESSION_SECRET, { LOG_LEVEL: 'error', TIMED_WORK_INTERVAL_MS: '100', WECHAT_API_BASE: wechat.url, WECHAT_APP_ID: wechat.appId, WECHAT_APP_SECRET: wechat.appSecret });
  });

  afterAll(async () => {
    for (const c of children) await stopProcess(c);
    await helper?.close();
    await wechat?.close();
    await db?.dispose();
  });

  const stop = stopProcess;

  it('two instances run each reply deadline once; a restarted instance runs what fell due while none ran', async () => {
    const a = await startProcess({ ...env, MIGRATE_ON_START: 'true', SEED_ON_START: 'true' });
    const b = await startProcess({ ...env, MIGRATE_ON_START: 'false', SEED_ON_START: 'false' });
    children.push(a.child, b.child);
    const urls = [a.url, b.url];
    const gql = async (url: string, q: string, v: Record<string, unknown> = {}, token?: string) => (await gqlAt(url, q, v, token)).body;
    const signIn = async (url: string, who: string) => {
      const token = (await gql(url, `mutation($c: String!) { login(code: $c) { token } }`, { c: `ok-${who}--${randomBytes(3).toString('hex')}` })).data.login.token as string;
      await gql(url, `mutation { updateProfile(input: { name: "李秀英", phone: "13900000000" }) { userErrors { code } } }`, {}, token);
      return token;
    };
    const owner = await signIn(a.url, 'instances-owner');
    const org = (await gql(a.url, `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`, { i: { name: '紫阳人足疗连锁（多实例测试）', kind: 'EMPLOYER', description: '足疗连锁', province: '广东省', city: '深圳市' } }, owner)).data.createOrganization.organization.id;
    const job = (await gql(a.url, `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id } } }`, { o: org, i: SHENZHEN_JOB }, owner)).data.postJob.job.id;
    const villagers: string[] = [];
    for (let i = 0; i < 12; i++) {
      const t = await signIn(urls[i % 2], `instances-villager-${i}`);
      await gql(urls[i % 2], `mutation($j: ID!) { applyToJob(jobId: $j) { userErrors { code } } }`, { j: job }, t);
      villagers.push(t);
    }

    // The deadlines fall due now: the tasks' times are moved back, as if 8 days had passed.
    helper = await startOn(db.url, engine, { SEED_ON_START: 'false', MIGRATE_ON_START: 'false', TIMED_WORK_INTERVAL_MS: '3600000' });
    const tasks = () => helper.db.knex('timed_tasks').whereIn('kind', ['application.reply-reminder', 'application.no-reply']);
    expect(Number((await tasks().clone().count({ n: '*' }).first())!.n)).toBe(24);
    const past = helper.db.dateParam(new Date(Date.now() - 1000));
    await tasks().clone().where('kind', 'application.reply-reminder').update({ due_at: past });
    await waitFor(async () => Number((await tasks().clone().where('kind', 'application.reply-reminder').where('status', 'DONE').count({ n: '*' }).first())!.n) === 12);
    await tasks().clone().where('kind', 'application.no-reply').update({ due_at: past });
    await waitFor(async () => Number((await tasks().clone().where('status', 'DONE').count({ n: '*' }).first())!.n) === 24);

    const reminders = (await gql(a.url, `{ myMessages { kind } }`, {}, owner)).data.myMessages.filter((m: any) => m.kind === 'REPLY_REMINDER');
    expect(reminders).toHaveLength(12);
    for (const t of villagers) {
      const mine = await gql(b.url, `{ myApplications { status history { status } } myMessages { title } }`, {}, t);
      expect(mine.data.myApplications.map((x: any) => [x.status, x.history.map((h: any) => h.status)])).toEqual([['NO_REPLY', ['SUBMITTED', 'NO_REPLY']]]);
      expect(mine.data.myMessages.filter((m: any) => m.title === '招工方未回复')).toHaveLength(1);
    }

    // Both stop; a task falls due while none runs; an instance started later runs it.
    const late = await signIn(a.url, 'instances-late');
    await Promise.all([stop(a.child), stop(b.child)]);
    const job2 = (await helper.gql(`mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id } } }`, { o: org, i: { ...SHENZHEN_JOB, title: '足疗技师多实例二号岗' } }, { headers: { authorization: `Bearer ${owner}` } })).data.postJob.job.id;
    await helper.gql(`mutation($j: ID!) { applyToJob(jobId: $j) { userErrors { code } } }`, { j: job2 }, { headers: { authorization: `Bearer ${late}` } });
    await helper.gql(`mutation($id: ID!) { closeJob(id: $id) { job { status } } }`, { id: job2 }, { headers: { authorization: `Bearer ${owner}` } });
    const closing = () => helper.db.knex('timed_tasks').where({ kind: 'job.closed', subject_id: job2 });
    expect(await closing().clone().first('status')).toEqual({ status: 'PENDING' });
    const c = await startProcess({ ...env, MIGRATE_ON_START: 'false', SEED_ON_START: 'false' });
    children.push(c.child);
    await waitFor(async () => (await closing().clone().first('status'))?.status === 'DONE');
    const hers = await gql(c.url, `{ myApplications { status } myMessages { title } }`, {}, late);
    expect(hers.data.myApplications.map((x: any) => x.status)).toEqual(['JOB_CLOSED']);
    expect(hers.data.myMessages.filter((m: any) => m.title === '岗位已关闭')).toHaveLength(1);
  }, 120_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting for the instances to run the due tasks');
    await new Promise((r) => setTimeout(r, 100));
  }
}
