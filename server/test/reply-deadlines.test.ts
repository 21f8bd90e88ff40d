import { bearer, engines, fillProfile, signIn, startTestServer, type Engine } from './harness';
import { SHENZHEN_JOB } from './builders';
import { ShiftedClock } from '../src/modules/timed-work/clock';

/**
 * Reply deadlines, closing notices, 仍在招 and expiry, over HTTP with a clock the test moves:
 * nothing here sleeps through a deadline.
 */
const ORG = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } userErrors { field code } } }`;
const POST = `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id status firstPublishedAt confirmedAt } userErrors { field code message } } }`;
const APPLY = `mutation($j: ID!) { applyToJob(jobId: $j) { application { id status } userErrors { code } } }`;
const MINE = `{ myApplications { id status history { status message } } }`;
const MESSAGES = `{ myMessages { kind title body link } }`;
const APPLICANTS = `query($id: ID!) { job(id: $id) { applications { id status } } }`;
const SET = `mutation($id: ID!, $s: ApplicationStatus!) { setApplicationStatus(id: $id, status: $s) { application { status } userErrors { code } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawApplication(id: $id) { application { status } userErrors { code } } }`;
const CLOSE = `mutation($id: ID!) { closeJob(id: $id) { job { status } userErrors { code } } }`;
const CONFIRM = `mutation($id: ID!) { confirmStillHiring(jobId: $id) { job { status confirmedAt } userErrors { code message } } }`;
const TAKE_DOWN = `mutation($id: ID!) { takeDownPosting(kind: JOB, id: $id, reason: "虚假招聘信息") { done userErrors { code } } }`;
const STATS = `query($id: ID!) { job(id: $id) { employer { replyStats { replyRate medianHoursToFirstReply sampleSize } } } }`;

describe.each(engines)('reply deadlines and closing on %s', (engine: Engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  // A fresh server and clock for each test: each moves its clock weeks ahead.
  let clock: ShiftedClock;
  let owner: string;
  let org: string;
  let n = 0;

  beforeEach(async () => {
    clock = new ShiftedClock();
    s = await startTestServer(engine, { TIMED_WORK_INTERVAL_MS: '3600000', WECHAT_SUBSCRIBE_TEMPLATES: 'REPLY_REMINDER=tmplReminder,APPLICATION_STATUS=tmplStatus' }, { clock });
    owner = await signIn(s, 'deadline-owner');
    await fillProfile(s, owner, '王经理', '13800000001');
    const res = await s.gql(ORG, { i: { name: '紫阳人足疗连锁（期限测试）', kind: 'EMPLOYER', description: '足疗连锁', province: '广东省', city: '深圳市' } }, bearer(owner));
    org = res.data.createOrganization.organization?.id;
    if (!org) throw new Error(res.raw);
  });
  afterEach(() => s?.dispose());

  const postJob = async () => {
    const res = await s.gql(POST, { o: org, i: { ...SHENZHEN_JOB, title: `足疗技师第${++n}号岗` } }, bearer(owner));
    if (!res.data?.postJob?.job) throw new Error(res.raw);
    ours.add(res.data.postJob.job.id);
    return res.data.postJob.job as { id: string; firstPublishedAt: string; confirmedAt: string };
  };
  const villager = async () => {
    const t = await signIn(s, `deadline-villager-${++n}`);
    await fillProfile(s, t, '李秀英', '13900000002');
    return t;
  };
  const apply = async (token: string, jobId: string) => {
    const id = (await s.gql(APPLY, { j: jobId }, bearer(token))).data.applyToJob.application.id as string;
    ours.add(id);
    return id;
  };
  const mine = async (token: string, id: string) => ((await s.gql(MINE, {}, bearer(token))).data.myApplications as any[]).find((a) => a.id === id);
  const messages = async (token: string) => (await s.gql(MESSAGES, {}, bearer(token))).data.myMessages as { kind: string; title: string; body: string; link: string | null }[];
  // What ran for this test's jobs and applications (the demo catalogue's jobs expire too).
  const ours = new Set<string>();
  const ran = async () => (await s.timedWork.runDue()).filter((r) => ours.has(r.subjectId));

  it('reminds the employer after 2 days unopened, then closes as NO_REPLY after 7 with similar jobs suggested', async () => {
    const job = await postJob();
    const other = await postJob();
    const v = await villager();
    // The recruiter agreed to one reminder in WeChat's dialog; the villager to one status notice.
    await s.gql(`mutation { acceptWechatSubscriptions(templates: ["tmplReminder"]) }`, {}, bearer(owner));
    await s.gql(`mutation { acceptWechatSubscriptions(templates: ["tmplStatus"]) }`, {}, bearer(v));
    const id = await apply(v, job.id);
    clock.advanceHours(47);
    expect(await ran()).toEqual([]);
    clock.advanceHours(2);
    expect((await ran()).map((r) => [r.kind, r.result])).toEqual([['application.reply-reminder', 'reminded 1 member(s)']]);
    const reminder = (await messages(owner)).filter((m) => m.kind === 'REPLY_REMINDER');
    expect(reminder).toHaveLength(1);
    expect(reminder[0].body).toContain(`足疗技师第`);
    expect(await s.db.knex('outbox').where('template', 'tmplReminder').count({ n: '*' }).first().then((r) => Number(r!.n))).toBe(1);
    clock.advanceDays(5.1);
    expect((await ran()).map((r) => r.kind)).toEqual(['application.no-reply']);
    const app = await mine(v, id);
    expect(app.status).toBe('NO_REPLY');
    expect(app.history.map((h: any) => h.status)).toEqual(['SUBMITTED', 'NO_REPLY']);
    const told = (await messages(v)).find((m) => m.title === '招工方未回复')!;
    expect(told.body).toContain('看看这些正在招的工作');
    expect(told.link).toBe(`/job/detail/index?id=${other.id}`);
    expect(await s.db.knex('outbox').where('template', 'tmplStatus').count({ n: '*' }).first().then((r) => Number(r!.n))).toBe(1);
    // Nothing runs twice.
    clock.advanceDays(1);
    expect(await ran()).toEqual([]);
  });

  it('opening the application stops the reminder; a decision or a withdrawal stops the closing', async () => {
    const job = await postJob();
    const [a, b, c] = [await villager(), await villager(), await villager()];
    const ida = await apply(a, job.id);
    const idb = await apply(b, job.id);
    const idc = await apply(c, job.id);
    // The employer's member opens the applicants list: every application on it is opened.
    expect((await s.gql(APPLICANTS, { id: job.id }, bearer(owner))).data.job.applications).toHaveLength(3);
    await s.gql(SET, { id: idb, s: 'INTERVIEW' }, bearer(owner)).then((r) => expect(r.data.setApplicationStatus.userErrors).toEqual([{ code: 'REQUIRED' }]));
    expect((await s.gql(SET, { id: idb, s: 'REJECTED' }, bearer(owner))).data.setApplicationStatus.userErrors).toEqual([]);
    expect((await s.gql(WITHDRAW, { id: idc }, bearer(c))).data.withdrawApplication.userErrors).toEqual([]);
    const before = (await messages(owner)).filter((m) => m.kind === 'REPLY_REMINDER').length;
    clock.advanceDays(8);
    const results = await ran();
    expect(results.filter((r) => r.kind === 'application.reply-reminder').every((r) => r.result?.startsWith('no-op'))).toBe(true);
    expect((await messages(owner)).filter((m) => m.kind === 'REPLY_REMINDER').length).toBe(before);
    // Opened but undecided still closes as NO_REPLY; rejected and withdrawn stay as they are.
    expect((await mine(a, ida)).status).toBe('NO_REPLY');
    expect((await mine(b, idb)).status).toBe('REJECTED');
    expect((await mine(c, idc)).status).toBe('WITHDRAWN');
  });

  it('closing a job tells everyone still waiting, once, and ends their applications as JOB_CLOSED', async () => {
    const job = await postJob();
    const [a, b] = [await villager(), await villager()];
    const ida = await apply(a, job.id);
    const idb = await apply(b, job.id);
    expect((await s.gql(SET, { id: idb, s: 'REJECTED' }, bearer(owner))).data.setApplicationStatus.userErrors).toEqual([]);
    expect((await s.gql(CLOSE, { id: job.id }, bearer(owner))).data.closeJob.job.status).toBe('CLOSED');
    expect((await ran()).filter((r) => r.subjectId === job.id).map((r) => [r.kind, r.result])).toEqual([['job.closed', 'closed 1 application(s)']]);
    expect((await mine(a, ida)).status).toBe('JOB_CLOSED');
    expect((await mine(b, idb)).status).toBe('REJECTED');
    expect((await messages(a)).filter((m) => m.title === '岗位已关闭')).toHaveLength(1);
    expect((await messages(b)).filter((m) => m.title === '岗位已关闭')).toHaveLength(0);
    // The old deadlines find the application ended.
    clock.advanceDays(8);
    expect((await ran()).filter((r) => r.subjectId === ida).every((r) => r.result?.startsWith('no-op'))).toBe(true);
    expect((await messages(a)).filter((m) => m.title === '岗位已关闭')).toHaveLength(1);
  });

  it('a job taken down by the bureau ends its open applications with a notice', async () => {
    const admin = await signIn(s, 'bureau-admin-1');
    const job = await postJob();
    const a = await villager();
    const ida = await apply(a, job.id);
    expect((await s.gql(TAKE_DOWN, { id: job.id }, bearer(admin))).data.takeDownPosting.done).toBe(true);
    await ran();
    expect((await mine(a, ida)).status).toBe('JOB_CLOSED');
    expect((await messages(a)).find((m) => m.title === '岗位已关闭')!.body).toContain('已被县人社局下架');
  });

  it('仍在招 restarts the wait; unconfirmed for 14 days asks the employer, after 21 the job expires and applicants are told', async () => {
    const job = await postJob();
    expect(job.firstPublishedAt).toBe(job.confirmedAt);
    const a = await villager();
    const ida = await apply(a, job.id);
    // Keep it from closing as NO_REPLY first: the employer invites her to an interview.
    await s.gql(`mutation($id: ID!) { setApplicationStatus(id: $id, status: INTERVIEW, message: "周一上午十点，门店面试") { userErrors { code } } }`, { id: ida }, bearer(owner));
    clock.advanceDays(10);
    const confirmed = (await s.gql(CONFIRM, { id: job.id }, bearer(owner))).data.confirmStillHiring;
    expect(confirmed.userErrors).toEqual([]);
    expect(Date.parse(confirmed.job.confirmedAt)).toBeGreaterThan(Date.parse(job.confirmedAt));
    // 14 days after the first publication, but only 4 after the confirmation: nothing asked.
    clock.advanceDays(4.5);
    await ran();
    expect((await messages(owner)).filter((m) => m.kind === 'JOB_CONFIRM_ASK' && m.link?.includes(job.id))).toHaveLength(0);
    clock.advanceDays(10);
    await ran();
    expect((await messages(owner)).filter((m) => m.kind === 'JOB_CONFIRM_ASK' && m.link?.includes(job.id))).toHaveLength(1);
    clock.advanceDays(7.1);
    await ran();
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id: job.id })).data.job.status).toBe('EXPIRED');
    expect((await mine(a, ida)).status).toBe('JOB_CLOSED');
    expect((await messages(a)).filter((m) => m.title === '岗位已关闭')).toHaveLength(1);
    // An expired job cannot be confirmed; a stranger's confirmation finds nothing.
    expect((await s.gql(CONFIRM, { id: job.id }, bearer(owner))).data.confirmStillHiring.userErrors[0].code).toBe('NOT_LIVE');
    const stranger = await villager();
    expect((await s.gql(CONFIRM, { id: job.id }, bearer(stranger))).data.confirmStillHiring.userErrors[0].code).toBe('NOT_FOUND');
    const malformed = await s.gql(CONFIRM, { id: 'not-an-id!' }, bearer(owner));
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toBe('id 格式不对');
    // Signed out: nothing is confirmed.
    expect((await s.gql(CONFIRM, { id: job.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('closing and reopening keeps the first-published date and counts as a fresh 仍在招', async () => {
    const job = await postJob();
    expect((await s.gql(CLOSE, { id: job.id }, bearer(owner))).data.closeJob.job.status).toBe('CLOSED');
    const reopened = await s.gql(`mutation($id: ID!) { reopenJob(id: $id) { job { status firstPublishedAt confirmedAt } userErrors { code } } }`, { id: job.id }, bearer(owner));
    expect(reopened.data.reopenJob.userErrors).toEqual([]);
    expect(reopened.data.reopenJob.job.firstPublishedAt).toBe(job.firstPublishedAt);
    expect(Date.parse(reopened.data.reopenJob.job.confirmedAt)).toBeGreaterThan(Date.parse(job.confirmedAt));
  });

  it('reply stats: none below 5 answered applications, then the rate and median hours', async () => {
    const res = await s.gql(ORG, { i: { name: '紫阳人修脚连锁（回复率测试）', kind: 'EMPLOYER', description: '修脚连锁', province: '广东省', city: '深圳市' } }, bearer(owner));
    const fresh = res.data.createOrganization.organization.id;
    const job = (await s.gql(POST, { o: fresh, i: { ...SHENZHEN_JOB, title: '修脚师傅回复率岗' } }, bearer(owner))).data.postJob.job;
    ours.add(job.id);
    expect((await s.gql(STATS, { id: job.id }, bearer(owner))).data.job.employer.replyStats).toBeNull();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await apply(await villager(), job.id));
    clock.advanceHours(24);
    for (const id of ids.slice(0, 4)) expect((await s.gql(SET, { id, s: 'REJECTED' }, bearer(owner))).data.setApplicationStatus.userErrors).toEqual([]);
    expect((await s.gql(STATS, { id: job.id }, bearer(owner))).data.job.employer.replyStats).toBeNull();
    clock.advanceDays(7);
    await ran();
    const stats = (await s.gql(STATS, { id: job.id }, bearer(owner))).data.job.employer.replyStats;
    expect(stats).toEqual({ replyRate: 0.8, medianHoursToFirstReply: expect.any(Number), sampleSize: 5 });
    // Each was rejected a day (by the server's clock) after it was sent.
    expect(stats.medianHoursToFirstReply).toBeGreaterThanOrEqual(24);
    expect(stats.medianHoursToFirstReply).toBeLessThan(25);
  });
});
