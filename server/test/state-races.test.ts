import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../src/db/orm';
import { createTestDatabase, engines, TEST_SESSION_SECRET, type Engine } from './harness';
import { SHENZHEN_JOB } from './builders';
import { startWechatStandIn, type WechatStandIn } from '../src/wechat/stand-in';
import { baseEnv, gqlAt, startProcess, stopProcess } from '../src/bench/processes';
import { parseDatabaseUrl } from '../src/config';

/**
 * Two real server processes (the compiled server, as production runs it) on one database, and
 * two people changing the same record at the same moment, one through each instance. Every
 * status change is a compare-and-set on the state it read: exactly one decides, the other gets
 * STALE_STATUS (or, for a repeat of the same decision, a no-op success) and writes nothing — no
 * history entry, no audit row, no message, no outbox row.
 */
const TEMPLATE = 'tmpl-race-application';
const ADMINS = ['race-admin-1', 'race-admin-2'];

const inDays = (n: number) => new Date(Date.now() + 8 * 3600000 + n * 86400000).toISOString().slice(0, 10);
const STALE = { code: 'STALE_STATUS', field: null, message: '状态已被他人更新，请刷新后再试' };

describe.each(engines)('two people, one record, two server instances on %s', (engine: Engine) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  let wechat: WechatStandIn;
  const children: ChildProcess[] = [];
  let A: string;
  let B: string;
  let owner: string;
  let admin1: string;
  let admin2: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    wechat = await startWechatStandIn();
    const env = baseEnv(database.url, TEST_SESSION_SECRET, {
      LOG_LEVEL: 'error',
      RESPONSE_CACHE_SECONDS: '30',
      WECHAT_API_BASE: wechat.url,
      WECHAT_APP_ID: wechat.appId,
      WECHAT_APP_SECRET: wechat.appSecret,
      WECHAT_SUBSCRIBE_TEMPLATES: `APPLICATION_STATUS=${TEMPLATE}`,
      ADMIN_OPENIDS: ADMINS.join(','),
    });
    // The first instance migrates; the second joins an existing database.
    const a = await startProcess({ ...env, MIGRATE_ON_START: 'true', SEED_ON_START: 'false' });
    const b = await startProcess({ ...env, MIGRATE_ON_START: 'false', SEED_ON_START: 'false' });
    children.push(a.child, b.child);
    [A, B] = [a.url, b.url];
    // A third connection, for what no query shows (outbox rows, memberships to set up).
    db = await openDatabase(parseDatabaseUrl(database.url));
    owner = await signIn(A, 'race-owner');
    admin1 = await signIn(A, ADMINS[0]);
    admin2 = await signIn(B, ADMINS[1]);
  });

  afterAll(async () => {
    for (const c of children) await stopProcess(c);
    await db?.close();
    await wechat?.close();
    await database?.dispose();
  });

  async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
    const { body } = await gqlAt(url, query, variables, token);
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function signIn(url: string, openid: string): Promise<string> {
    return (await gql(url, `mutation($c: String!) { login(code: $c) { token } }`, { c: `ok-${openid}--${randomBytes(3).toString('hex')}` })).login.token;
  }

  async function villager(name: string, i: number): Promise<string> {
    const token = await signIn(i % 2 ? B : A, `${name}-${i}`);
    await gql(A, `mutation($i: ProfileInput!) { updateProfile(input: $i) { userErrors { code } } }`, { i: { name: '村民', phone: `139${String(i).padStart(8, '0')}` } }, token);
    return token;
  }

  let orgs = 0;
  async function organization(kind = 'EMPLOYER'): Promise<string> {
    orgs += 1;
    const res = await gql(A, `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } userErrors { code } } }`, {
      i: { name: `竞态测试机构${orgs}号${randomBytes(2).toString('hex')}`, kind, description: '', province: '广东省', city: '深圳市' },
    }, owner);
    return res.createOrganization.organization.id;
  }

  async function postJob(org: string): Promise<string> {
    return (await gql(A, `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id status } } }`, { o: org, i: SHENZHEN_JOB }, owner)).postJob.job.id;
  }

  async function auditOf(id: string): Promise<{ action: string; before: any; after: any }[]> {
    const log = (await gql(A, `query($id: ID!) { auditLog(subjectId: $id, first: 50) { action before after } }`, { id }, admin1)).auditLog;
    return log.reverse().map((e: any) => ({ action: e.action, before: e.before && JSON.parse(e.before), after: e.after && JSON.parse(e.after) }));
  }

  const userErrors = (payload: { userErrors: any[] }) => payload.userErrors;

  it('HIRED through one instance and REJECTED through the other: one decision per application, told once', async () => {
    const org = await organization();
    const job = await postJob(org);
    // A second member of staff: memberships come from the owner's invitation, set up directly here.
    const staff = await signIn(B, 'race-staff');
    const staffId = (await gql(B, `{ me { id } }`, {}, staff)).me.id;
    await db.knex('memberships').insert({ user_id: staffId, organization_id: org, role: 'STAFF', created_at: db.dateParam(new Date()) });

    const N = 20;
    const people: { token: string; app: string }[] = [];
    for (let i = 0; i < N; i++) {
      const token = await villager('race-hire', i);
      // Two one-time subscriptions each: a second change would have a credit to spend.
      for (let k = 0; k < 2; k++) await gql(A, `mutation($t: [String!]!) { acceptWechatSubscriptions(templates: $t) }`, { t: [TEMPLATE] }, token);
      people.push({ token, app: (await gql(A, `mutation($j: ID!) { applyToJob(jobId: $j) { application { id } } }`, { j: job }, token)).applyToJob.application.id });
    }

    const SET = `mutation($id: ID!, $s: ApplicationStatus!, $m: String) { setApplicationStatus(id: $id, status: $s, message: $m) { application { id status } userErrors { code field message } } }`;
    const answers = await Promise.all(people.map(({ app }) => Promise.all([
      gql(A, SET, { id: app, s: 'HIRED', m: '下周一上岗' }, owner),
      gql(B, SET, { id: app, s: 'REJECTED', m: '人招满了' }, staff),
    ])));

    const wins = { HIRED: 0, REJECTED: 0 };
    for (const [i, [hired, rejected]] of answers.entries()) {
      const h = hired.setApplicationStatus;
      const r = rejected.setApplicationStatus;
      // Exactly one of the two was accepted; the other was told the status had moved on.
      const winner = userErrors(h).length === 0 ? 'HIRED' : 'REJECTED';
      wins[winner] += 1;
      const [won, lost] = winner === 'HIRED' ? [h, r] : [r, h];
      expect(userErrors(won)).toEqual([]);
      expect(userErrors(lost)).toEqual([STALE]);
      expect(won.application.status).toBe(winner);
      expect(lost.application.status).toBe(winner);

      const { token, app } = people[i];
      const seen = (await gql(A, `query($id: ID!) { application(id: $id) { status history { status message } } }`, { id: app }, token)).application;
      expect(seen).toEqual({ status: winner, history: [{ status: 'SUBMITTED', message: null }, { status: winner, message: winner === 'HIRED' ? '下周一上岗' : '人招满了' }] });
      const inbox = (await gql(B, `{ myMessages { title } }`, {}, token)).myMessages;
      expect(inbox).toEqual([{ title: winner === 'HIRED' ? '恭喜录用' : '未被录用' }]);
      const log = await auditOf(app);
      expect(log.map((e) => [e.action, e.after.status])).toEqual([['APPLICATION_STATUS', 'SUBMITTED'], ['APPLICATION_STATUS', winner]]);
      expect(log[1].before).toEqual({ status: 'SUBMITTED' });
    }
    expect(wins.HIRED + wins.REJECTED).toBe(N);

    // One subscribe message per applicant: the loser spent no credit and queued nothing.
    const userIds = (await db.knex('applications').whereIn('id', people.map((p) => p.app)).pluck('user_id')) as string[];
    const outbox = await db.knex('outbox').whereIn('user_id', userIds).groupBy('user_id').select('user_id', db.knex.raw('count(*) as n'));
    expect(outbox.map((r: any) => Number(r.n))).toEqual(Array(N).fill(1));
    const credits = await db.knex('subscriptions').whereIn('user_id', userIds).pluck('credits');
    expect(credits.map(Number)).toEqual(Array(N).fill(1));
    const counts = (await gql(A, `query($id: ID!) { job(id: $id) { applicationCounts { submitted hired rejected } } }`, { id: job }, owner)).job.applicationCounts;
    expect(counts).toEqual({ submitted: 0, hired: wins.HIRED, rejected: wins.REJECTED });
  });

  it('a villager withdraws while the employer hires: one of them decides', async () => {
    const org = await organization();
    const job = await postJob(org);
    const N = 10;
    const people: { token: string; app: string }[] = [];
    for (let i = 0; i < N; i++) {
      const token = await villager('race-withdraw', i);
      people.push({ token, app: (await gql(A, `mutation($j: ID!) { applyToJob(jobId: $j) { application { id } } }`, { j: job }, token)).applyToJob.application.id });
    }
    const W = `mutation($id: ID!) { withdrawApplication(id: $id) { application { status } userErrors { code field message } } }`;
    const SET = `mutation($id: ID!) { setApplicationStatus(id: $id, status: HIRED, message: "明天上岗") { application { status } userErrors { code field message } } }`;
    const answers = await Promise.all(people.map(({ token, app }) => Promise.all([gql(A, W, { id: app }, token), gql(B, SET, { id: app }, owner)])));
    for (const [i, [w, h]] of answers.entries()) {
      const withdrew = userErrors(w.withdrawApplication).length === 0;
      const winner = withdrew ? 'WITHDRAWN' : 'HIRED';
      expect([userErrors(w.withdrawApplication), userErrors(h.setApplicationStatus)]).toEqual(withdrew ? [[], [STALE]] : [[STALE], []]);
      const { token, app } = people[i];
      const seen = (await gql(B, `query($id: ID!) { application(id: $id) { status history { status } } }`, { id: app }, token)).application;
      expect(seen).toEqual({ status: winner, history: [{ status: 'SUBMITTED' }, { status: winner }] });
      expect((await gql(A, `{ myMessages { title } }`, {}, token)).myMessages).toEqual(withdrew ? [] : [{ title: '恭喜录用' }]);
      expect((await auditOf(app)).map((e) => e.after.status)).toEqual(['SUBMITTED', winner]);
    }
    // A second withdraw of a withdrawn application is a no-op success, and writes nothing.
    const done = people.find((_, i) => userErrors(answers[i][0].withdrawApplication).length === 0);
    if (done) {
      const again = (await gql(B, W, { id: done.app }, done.token)).withdrawApplication;
      expect(again).toEqual({ application: { status: 'WITHDRAWN' }, userErrors: [] });
      expect(await auditOf(done.app)).toHaveLength(2);
    }
  });

  it('the bureau takes a job down while its owner closes it: no takedown is lost or doubled', async () => {
    const N = 10;
    // One organisation per job, so no organisation reaches the three takedowns that suspend it.
    const jobs: string[] = [];
    for (let i = 0; i < N; i++) jobs.push(await postJob(await organization()));
    const before = (await gql(A, `{ myMessages { title } }`, {}, owner)).myMessages.filter((m: any) => m.title === '信息被下架').length;
    const TAKE = `mutation($id: ID!) { takeDownPosting(kind: JOB, id: $id, reason: "向求职者收取押金") { done userErrors { code field message } } }`;
    const CLOSE = `mutation($id: ID!) { closeJob(id: $id) { job { status } userErrors { code field message } } }`;
    const answers = await Promise.all(jobs.map((id) => Promise.all([gql(A, TAKE, { id }, admin1), gql(B, CLOSE, { id }, owner)])));
    let takedowns = 0;
    for (const [i, [t, c]] of answers.entries()) {
      const took = userErrors(t.takeDownPosting).length === 0;
      const closed = userErrors(c.closeJob).length === 0;
      const log = (await auditOf(jobs[i])).map((e) => [e.action, e.before?.status ?? null, e.after?.status ?? null]);
      const status = (await gql(A, `query($id: ID!) { job(id: $id) { status } }`, { id: jobs[i] }, owner)).job.status;
      if (took && closed) {
        // Closed first, then taken down from CLOSED: two decisions, one after the other (the
        // log orders entries by millisecond, so the two may share one).
        expect(log).toHaveLength(3);
        expect(log).toEqual(expect.arrayContaining([['JOB_POSTED', null, 'OPEN'], ['JOB_CLOSED', 'OPEN', 'CLOSED'], ['POSTING_TAKEN_DOWN', 'CLOSED', 'TAKEN_DOWN']]));
        expect(status).toBe('TAKEN_DOWN');
      } else if (took) {
        expect(userErrors(c.closeJob)).toEqual([STALE]);
        expect(t.takeDownPosting.done).toBe(true);
        expect(log).toEqual([['JOB_POSTED', null, 'OPEN'], ['POSTING_TAKEN_DOWN', 'OPEN', 'TAKEN_DOWN']]);
        expect(status).toBe('TAKEN_DOWN');
      } else {
        expect(userErrors(t.takeDownPosting)).toEqual([STALE]);
        expect(t.takeDownPosting.done).toBe(false);
        expect(log).toEqual([['JOB_POSTED', null, 'OPEN'], ['JOB_CLOSED', 'OPEN', 'CLOSED']]);
        expect(status).toBe('CLOSED');
      }
      if (took) takedowns += 1;
    }
    const told = (await gql(A, `{ myMessages { title } }`, {}, owner)).myMessages.filter((m: any) => m.title === '信息被下架').length;
    expect(told - before).toBe(takedowns);
    expect(Number((await db.knex('organizations').whereIn('id', db.knex('jobs').whereIn('id', jobs).select('employer_id')).sum({ n: 'takedown_count' }))[0].n)).toBe(takedowns);
    // Two admins taking one job down at the same moment: counted once.
    const org = await organization();
    const job = await postJob(org);
    const both = await Promise.all([gql(A, TAKE, { id: job }, admin1), gql(B, TAKE, { id: job }, admin2)]);
    expect(both.map((r) => r.takeDownPosting)).toEqual([{ done: true, userErrors: [] }, { done: true, userErrors: [] }]);
    expect((await auditOf(job)).map((e) => e.action)).toEqual(['JOB_POSTED', 'POSTING_TAKEN_DOWN']);
    expect((await db.knex('organizations').where('id', org).first('takedown_count')).takedown_count).toBe(1);
  });

  it('one admin verifies an organisation while another rejects it: one decision, the owner told only of that one', async () => {
    const N = 10;
    const ids: string[] = [];
    for (let i = 0; i < N; i++) ids.push(await organization());
    const before = (await gql(A, `{ myMessages { title } }`, {}, owner)).myMessages.filter((m: any) => m.title === '认证未通过').length;
    const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { organization { verified } userErrors { code field message } } }`;
    const REJECT = `mutation($id: ID!) { rejectOrganization(id: $id, reason: "营业执照看不清") { organization { verified } userErrors { code field message } } }`;
    const answers = await Promise.all(ids.map((id) => Promise.all([gql(A, VERIFY, { id }, admin1), gql(B, REJECT, { id }, admin2)])));
    let rejections = 0;
    for (const [i, [v, r]] of answers.entries()) {
      const verified = userErrors(v.verifyOrganization).length === 0;
      expect([userErrors(v.verifyOrganization), userErrors(r.rejectOrganization)]).toEqual(verified ? [[], [STALE]] : [[STALE], []]);
      expect(v.verifyOrganization.organization.verified).toBe(verified);
      expect(r.rejectOrganization.organization.verified).toBe(verified);
      expect((await auditOf(ids[i])).map((e) => e.action)).toEqual(['ORGANIZATION_CREATED', verified ? 'ORGANIZATION_VERIFIED' : 'ORGANIZATION_REJECTED']);
      if (!verified) rejections += 1;
    }
    const told = (await gql(A, `{ myMessages { title } }`, {}, owner)).myMessages.filter((m: any) => m.title === '认证未通过').length;
    expect(told - before).toBe(rejections);
    const pending = (await gql(B, `{ pendingOrganizations { id } }`, {}, admin2)).pendingOrganizations.map((o: any) => o.id);
    expect(pending.filter((id: string) => ids.includes(id))).toEqual([]);
  });

  it('two cancellations of each enrolment, and a waiting villager leaving, promote one villager per freed seat, in order', async () => {
    const centre = await organization('TRAINING_INSTITUTION');
    const SEATS = 4;
    const course = (await gql(A, `mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i) { course { id } userErrors { code } } }`, {
      o: centre,
      i: {
        title: '修脚技能培训（竞态测试）', skill: 'PEDICURE', description: '三包两免一补：包吃包住包推荐就业，学费全免。',
        place: { province: '陕西省', city: '安康市', county: '紫阳县' }, startDate: inDays(10), endDate: inDays(40), enrollmentDeadline: inDays(5),
        hours: 120, fee: 0, subsidy: 0, coversFood: true, coversLodging: true, coversTravel: false, seats: SEATS, certificate: null,
        requirements: [], leadsToEmployerIds: [], contactName: '李老师', contactPhone: '13700007777',
      },
    }, owner)).postCourse.course.id;
    const ENROLL = `mutation($c: ID!) { enrollInCourse(courseId: $c, joinWaitlist: true) { enrollment { id status } userErrors { code } } }`;
    const enrolled: { token: string; id: string }[] = [];
    const waiting: { token: string; id: string }[] = [];
    // In turn, so the waiting list has a known order.
    for (let i = 0; i < SEATS + 6; i++) {
      const token = await villager('race-seat', i);
      const e = (await gql(i % 2 ? B : A, ENROLL, { c: course }, token)).enrollInCourse.enrollment;
      expect(e.status).toBe(i < SEATS ? 'ENROLLED' : 'WAITLISTED');
      (i < SEATS ? enrolled : waiting).push({ token, id: e.id });
    }
    const CANCEL = `mutation($id: ID!) { cancelEnrollment(id: $id) { enrollment { status } userErrors { code field message } } }`;
    // Three of the enrolled cancel, each on both instances at once (a double tap); meanwhile the
    // first in line gives up her waiting place.
    const leaving = enrolled.slice(0, 3);
    const [cancels, [first]] = await Promise.all([
      Promise.all(leaving.flatMap(({ token, id }) => [gql(A, CANCEL, { id }, token), gql(B, CANCEL, { id }, token)])),
      Promise.all([gql(B, CANCEL, { id: waiting[0].id }, waiting[0].token)]),
    ]);
    // A repeated cancellation is a no-op success.
    for (const c of cancels) expect(c.cancelEnrollment).toEqual({ enrollment: { status: 'CANCELLED' }, userErrors: [] });
    // Her place may have become a seat while she left: then she is told so, and cancels again.
    if (userErrors(first.cancelEnrollment).length) {
      expect(first.cancelEnrollment).toEqual({ enrollment: { status: 'ENROLLED' }, userErrors: [STALE] });
      expect((await gql(A, CANCEL, { id: waiting[0].id }, waiting[0].token)).cancelEnrollment.userErrors).toEqual([]);
    }

    const status = async (e: { id: string }) => (await db.knex('enrollments').where('id', e.id).first('status', 'history'));
    for (const e of leaving) {
      const row = await status(e);
      expect([row.status, JSON.parse(row.history).map((h: any) => h.status)]).toEqual(['CANCELLED', ['ENROLLED', 'CANCELLED']]);
    }
    expect((await status(waiting[0])).status).toBe('CANCELLED');
    // The three next in line hold the freed seats; the rest still wait, in order.
    const promotedTitles = async (token: string) => (await gql(A, `{ myMessages { title } }`, {}, token)).myMessages.filter((m: any) => m.title === '候补成功').length;
    for (const [i, w] of waiting.slice(1).entries()) {
      const row = await status(w);
      const promoted = i < 3;
      expect([row.status, JSON.parse(row.history).map((h: any) => h.status)]).toEqual(promoted ? ['ENROLLED', ['WAITLISTED', 'ENROLLED']] : ['WAITLISTED', ['WAITLISTED']]);
      expect(await promotedTitles(w.token)).toBe(promoted ? 1 : 0);
    }
    const positions = await Promise.all(waiting.slice(4).map(async (w) => (await gql(B, `{ myEnrollments { waitlistPosition } }`, {}, w.token)).myEnrollments[0].waitlistPosition));
    expect(positions).toEqual([1, 2]);
    const seats = await db.knex('courses').where('id', course).first('enrolled_count');
    const holding = await db.knex('enrollments').where({ course_id: course, status: 'ENROLLED' }).count({ n: '*' });
    expect([Number(seats.enrolled_count), Number(holding[0].n)]).toEqual([SEATS, SEATS]);
  });

  it('one admin dismisses a report while another takes its posting down: the report gets one decision', async () => {
    const N = 10;
    const reporter = await villager('race-reporter', 0);
    const cases: { job: string; report: string }[] = [];
    for (let i = 0; i < N; i++) {
      const job = await postJob(await organization());
      const report = (await gql(A, `mutation($id: ID!) { reportPosting(kind: JOB, id: $id, reason: "电话里让先交押金") { report { id } } }`, { id: job }, reporter)).reportPosting.report.id;
      cases.push({ job, report });
    }
    const DISMISS = `mutation($id: ID!) { dismissReport(id: $id) { done userErrors { code field message } } }`;
    const TAKE = `mutation($id: ID!) { takeDownPosting(kind: JOB, id: $id, reason: "收取押金") { done userErrors { code } } }`;
    const answers = await Promise.all(cases.map(({ job, report }) => Promise.all([gql(A, DISMISS, { id: report }, admin1), gql(B, TAKE, { id: job }, admin2)])));
    const actioned = (await gql(A, `{ reports(status: ACTIONED) { id } }`, {}, admin1)).reports.map((r: any) => r.id);
    const dismissed = (await gql(A, `{ reports(status: DISMISSED) { id } }`, {}, admin1)).reports.map((r: any) => r.id);
    for (const [i, [d, t]] of answers.entries()) {
      // The posting is taken down either way: a takedown is about the posting, and stands.
      expect(t.takeDownPosting).toEqual({ done: true, userErrors: [] });
      const { report } = cases[i];
      const log = (await auditOf(report)).map((e) => e.action);
      if (d.dismissReport.done) {
        // Dismissed first: the takedown found no open report to action.
        expect(userErrors(d.dismissReport)).toEqual([]);
        expect([dismissed.includes(report), actioned.includes(report), log]).toEqual([true, false, ['REPORT_DISMISSED']]);
      } else {
        expect(userErrors(d.dismissReport)).toEqual([STALE]);
        expect([dismissed.includes(report), actioned.includes(report), log]).toEqual([false, true, []]);
      }
    }
    expect(actioned.filter((id: string) => cases.some((c) => c.report === id)).length + dismissed.filter((id: string) => cases.some((c) => c.report === id)).length).toBe(N);
    // Dismissing a dismissed report again finds no open report, as before.
    const done = cases.find((c) => dismissed.includes(c.report));
    if (done) expect((await gql(B, DISMISS, { id: done.report }, admin2)).dismissReport.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
  });
});
