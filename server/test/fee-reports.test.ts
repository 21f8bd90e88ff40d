import { ADMIN_OPENID, bearer, codes, engines, fillProfile, signIn, startTestServer } from './harness';
import { insertCourse, insertOpening, SHENZHEN_JOB } from './builders';

/**
 * The audit log is newest first; entries written in one transaction share their instant and
 * may come in either order. Compare the first and the last, and the rest as a set.
 */
const sameInstantAnyOrder = (actions: string[]) => [actions[0], [...actions.slice(1, -1)].sort(), actions[actions.length - 1]];

const POST = `mutation($o: ID!, $i: JobInput!, $p: Boolean) { postJob(organizationId: $o, input: $i, publish: $p) { job { id status } userErrors { code } } }`;
const FEE = `mutation($id: ID!, $n: String, $k: String) { reportFeeDemand(postingId: $id, note: $n, idempotencyKey: $k) { report { id kind postingId reason feeDemand postingFrozen status } userErrors { field code message } } }`;
const APPLY = `mutation($j: ID!) { applyToJob(jobId: $j) { application { id } userErrors { code } } }`;
const JOB = `query($id: ID!) { job(id: $id) { id status } }`;
const LISTED = `{ jobs(first: 50, filter: { place: { city: "深圳市" } }) { edges { node { id } } } }`;
const QUEUE = `{ reports { id feeDemand postingFrozen postingId reason } }`;
const DISMISS = `mutation($id: ID!) { dismissReport(id: $id) { done userErrors { code } } }`;
const TAKE = `mutation($k: PostingKind!, $id: ID!, $r: String!) { takeDownPosting(kind: $k, id: $id, reason: $r) { done userErrors { code } } }`;
const MESSAGES = `{ myMessages { kind title body } }`;
const AUDIT = `query($id: ID!) { auditLog(subjectId: $id) { action actorId before after } }`;

describe.each(engines)('对方让我交钱 on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let owner: string;
  let admin: string;
  let org: string;
  let n = 0;
  /** A signed-in villager with a name and phone, as the apply form leaves her. */
  const villager = async () => {
    const token = await signIn(s, `fee-villager-${++n}`);
    await fillProfile(s, token, '测试村民', `139${String(10000000 + n).slice(-8)}`);
    return token;
  };
  const postJob = async (publish = true) => (await s.gql(POST, { o: org, i: SHENZHEN_JOB, p: publish }, bearer(owner))).data.postJob.job.id as string;
  const listed = async (token: string) => (await s.gql(LISTED, {}, bearer(token))).data.jobs.edges.map((e: any) => e.node.id);

  beforeAll(async () => {
    s = await startTestServer(engine);
    owner = await signIn(s, 'fee-report-owner');
    admin = await signIn(s, ADMIN_OPENID);
    org = (await s.gql(`mutation { createOrganization(input: { name: "先交钱足道（测试）", kind: EMPLOYER, description: "", province: "广东省", city: "深圳市" }) { organization { id } } }`, {}, bearer(owner))).data.createOrganization.organization.id;
  });
  afterAll(() => s?.dispose());

  it('an applicant alone freezes the job: hidden, the others warned, first in the queue, all audited; a dismissal restores it', async () => {
    const job = await postJob();
    const [reporter, other1, other2, bystander] = [await villager(), await villager(), await villager(), await villager()];
    for (const t of [reporter, other1, other2]) expect((await s.gql(APPLY, { j: job }, bearer(t))).data.applyToJob.userErrors).toEqual([]);
    // An older ordinary report, so the queue order is the fee report's doing.
    const plain = (await s.gql(`mutation($id: ID!) { reportPosting(kind: JOB, id: $id, reason: "工资写得太高了不真实") { report { id } } }`, { id: job }, bearer(bystander))).data.reportPosting.report;

    expect(codes(await s.gql(FEE, { id: job }))).toEqual(['UNAUTHENTICATED']);
    const res = await s.gql(FEE, { id: job, n: '打电话说要先交500元服装费', k: 'fee-report-0001' }, bearer(reporter));
    expect(res.data.reportFeeDemand.userErrors).toEqual([]);
    const report = res.data.reportFeeDemand.report;
    expect(report).toMatchObject({ kind: 'JOB', postingId: job, reason: '对方让我交钱：打电话说要先交500元服装费', feeDemand: true, postingFrozen: true, status: 'OPEN' });

    // Frozen: gone from lists and details for villagers, UNDER_REVIEW for its owner.
    expect((await s.gql(JOB, { id: job }, bearer(bystander))).data.job).toBeNull();
    expect((await s.gql(JOB, { id: job })).data.job).toBeNull();
    expect(await listed(bystander)).not.toContain(job);
    expect((await s.gql(JOB, { id: job }, bearer(owner))).data.job.status).toBe('UNDER_REVIEW');
    // Its owner cannot close it into public view while it is held.
    const close = await s.gql(`mutation($id: ID!) { closeJob(id: $id) { userErrors { code } } }`, { id: job }, bearer(owner));
    expect(close.data.closeJob.userErrors).toEqual([{ code: 'FROZEN' }]);

    // Every other applicant is warned, in plain words; the reporter is not.
    for (const t of [other1, other2]) {
      const warned = (await s.gql(MESSAGES, {}, bearer(t))).data.myMessages.filter((m: any) => m.kind === 'FEE_WARNING');
      expect(warned).toEqual([{ kind: 'FEE_WARNING', title: '提醒：不要交钱', body: expect.stringContaining('请你不要交钱') }]);
      expect(warned[0].body).not.toContain('您');
    }
    expect((await s.gql(MESSAGES, {}, bearer(reporter))).data.myMessages.filter((m: any) => m.kind === 'FEE_WARNING')).toEqual([]);
    expect((await s.gql(MESSAGES, {}, bearer(bystander))).data.myMessages.filter((m: any) => m.kind === 'FEE_WARNING')).toEqual([]);
    expect((await s.gql(MESSAGES, {}, bearer(owner))).data.myMessages[0].title).toBe('信息暂停显示');

    // The same villager again (a second tap, or the retry of a lost answer) counts once.
    expect((await s.gql(FEE, { id: job, k: 'fee-report-0001', n: '打电话说要先交500元服装费' }, bearer(reporter))).data.reportFeeDemand.report.id).toBe(report.id);
    expect((await s.gql(FEE, { id: job }, bearer(reporter))).data.reportFeeDemand.report.id).toBe(report.id);

    expect(codes(await s.gql(QUEUE, {}, bearer(reporter)))).toEqual(['FORBIDDEN']);
    const queue = (await s.gql(QUEUE, {}, bearer(admin))).data.reports.filter((r: any) => r.postingId === job);
    expect(queue.map((r: any) => r.id)).toEqual([report.id, plain.id]);
    expect((await s.gql(QUEUE, {}, bearer(admin))).data.reports[0]).toMatchObject({ feeDemand: true });

    const log = (await s.gql(AUDIT, { id: job }, bearer(admin))).data.auditLog;
    expect(sameInstantAnyOrder(log.map((e: any) => e.action))).toEqual(sameInstantAnyOrder(['POSTING_FROZEN', 'FEE_DEMAND_REPORTED', 'JOB_POSTED']));
    expect(JSON.parse(log[0].before)).toEqual({ status: 'OPEN' });
    expect(JSON.parse(log[0].after)).toMatchObject({ status: 'UNDER_REVIEW', frozen: true, reportId: report.id });
    expect(JSON.parse(log[1].after)).toMatchObject({ reportId: report.id, applied: true });
    // Frozen jobs are decided from their reports, not approved from the review queue.
    expect((await s.gql(`{ reviewQueue { id } }`, {}, bearer(admin))).data.reviewQueue.map((j: any) => j.id)).not.toContain(job);

    // Dismissed: the posting comes back as it was, for everyone.
    expect(codes(await s.gql(DISMISS, { id: report.id }, bearer(owner)))).toEqual(['FORBIDDEN']);
    expect((await s.gql(DISMISS, { id: report.id }, bearer(admin))).data.dismissReport).toEqual({ done: true, userErrors: [] });
    expect((await s.gql(JOB, { id: job }, bearer(bystander))).data.job).toEqual({ id: job, status: 'OPEN' });
    expect(await listed(bystander)).toContain(job);
    expect((await s.gql(`{ reports(status: DISMISSED) { id postingFrozen } }`, {}, bearer(admin))).data.reports).toContainEqual({ id: report.id, postingFrozen: false });
    const after = (await s.gql(AUDIT, { id: job }, bearer(admin))).data.auditLog[0];
    expect(after.action).toBe('POSTING_RESTORED');
    expect(JSON.parse(after.after)).toMatchObject({ status: 'OPEN', frozen: false });
    expect((await s.gql(MESSAGES, {}, bearer(owner))).data.myMessages[0].title).toBe('信息恢复显示');
  });

  it('a stranger alone does not freeze, nor by reporting twice; a second stranger does; the bureau confirms by taking it down', async () => {
    const job = await postJob();
    const [a, b, applicant] = [await villager(), await villager(), await villager()];
    expect((await s.gql(APPLY, { j: job }, bearer(applicant))).data.applyToJob.userErrors).toEqual([]);
    const first = (await s.gql(FEE, { id: job }, bearer(a))).data.reportFeeDemand.report;
    expect(first).toMatchObject({ reason: '对方让我交钱', postingFrozen: false });
    expect((await s.gql(FEE, { id: job, n: '又打电话来要钱' }, bearer(a))).data.reportFeeDemand.report.id).toBe(first.id);
    expect((await s.gql(JOB, { id: job }, bearer(b))).data.job).toEqual({ id: job, status: 'OPEN' });
    expect((await s.gql(MESSAGES, {}, bearer(applicant))).data.myMessages.filter((m: any) => m.kind === 'FEE_WARNING')).toEqual([]);

    const second = (await s.gql(FEE, { id: job }, bearer(b))).data.reportFeeDemand.report;
    expect(second.postingFrozen).toBe(true);
    expect((await s.gql(JOB, { id: job }, bearer(applicant))).data.job).toBeNull();
    expect((await s.gql(MESSAGES, {}, bearer(applicant))).data.myMessages.filter((m: any) => m.kind === 'FEE_WARNING')).toHaveLength(1);
    // Neither stranger applied: no warning for either.
    for (const t of [a, b]) expect((await s.gql(MESSAGES, {}, bearer(t))).data.myMessages.filter((m: any) => m.kind === 'FEE_WARNING')).toEqual([]);
    // A third report on a frozen posting answers as an unknown id: it cannot be seen.
    const third = await villager();
    expect((await s.gql(FEE, { id: job }, bearer(third))).data.reportFeeDemand.userErrors).toEqual([{ field: 'postingId', code: 'NOT_FOUND', message: '没有找到要反映的信息' }]);

    expect((await s.gql(TAKE, { k: 'JOB', id: job, r: '向求职者收取费用' }, bearer(admin))).data.takeDownPosting).toEqual({ done: true, userErrors: [] });
    expect((await s.gql(JOB, { id: job }, bearer(owner))).data.job.status).toBe('TAKEN_DOWN');
    const actioned = (await s.gql(`{ reports(status: ACTIONED) { id postingFrozen } }`, {}, bearer(admin))).data.reports;
    expect(actioned).toEqual(expect.arrayContaining([{ id: first.id, postingFrozen: false }, { id: second.id, postingFrozen: false }]));
    expect((await s.gql(DISMISS, { id: first.id }, bearer(admin))).data.dismissReport.userErrors).toEqual([{ code: 'STALE_STATUS' }]);
    const log = (await s.gql(AUDIT, { id: job }, bearer(admin))).data.auditLog.map((e: any) => e.action);
    expect(sameInstantAnyOrder(log)).toEqual(sameInstantAnyOrder(['POSTING_TAKEN_DOWN', 'POSTING_FROZEN', 'FEE_DEMAND_REPORTED', 'FEE_DEMAND_REPORTED', 'JOB_POSTED']));
  });

  it('a dismissal gives a closed job back closed, and dismisses the posting\'s other fee reports with it', async () => {
    const job = await postJob();
    expect((await s.gql(`mutation($id: ID!) { closeJob(id: $id) { userErrors { code } } }`, { id: job }, bearer(owner))).data.closeJob.userErrors).toEqual([]);
    const [a, b] = [await villager(), await villager()];
    const first = (await s.gql(FEE, { id: job }, bearer(a))).data.reportFeeDemand.report;
    const second = (await s.gql(FEE, { id: job }, bearer(b))).data.reportFeeDemand.report;
    expect(second.postingFrozen).toBe(true);
    expect((await s.gql(JOB, { id: job }, bearer(owner))).data.job.status).toBe('UNDER_REVIEW');
    expect((await s.gql(DISMISS, { id: second.id }, bearer(admin))).data.dismissReport.done).toBe(true);
    expect((await s.gql(JOB, { id: job }, bearer(a))).data.job).toEqual({ id: job, status: 'CLOSED' });
    expect((await s.gql(QUEUE, {}, bearer(admin))).data.reports.map((r: any) => r.id)).not.toContain(first.id);
    expect((await s.gql(DISMISS, { id: first.id }, bearer(admin))).data.dismissReport.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('a course: an enrolled villager freezes it (hidden, its status kept) and a dismissal shows it again', async () => {
    const course = await insertCourse(s, { title: '收费陷阱课程（测试）' });
    const [reporter, other] = [await villager(), await villager()];
    for (const t of [reporter, other]) {
      expect((await s.gql(`mutation($c: ID!) { enrollInCourse(courseId: $c) { userErrors { code } } }`, { c: course.id }, bearer(t))).data.enrollInCourse.userErrors).toEqual([]);
    }
    const report = (await s.gql(FEE, { id: course.id, n: '报名后让交3800元学费' }, bearer(reporter))).data.reportFeeDemand.report;
    expect(report).toMatchObject({ kind: 'COURSE', postingFrozen: true });
    const COURSE = `query($id: ID!) { course(id: $id) { id status } }`;
    const COURSES = `{ courses(first: 50) { edges { node { id } } } }`;
    expect((await s.gql(COURSE, { id: course.id }, bearer(other))).data.course).toBeNull();
    expect((await s.gql(COURSES, {}, bearer(other))).data.courses.edges.map((e: any) => e.node.id)).not.toContain(course.id);
    expect((await s.gql(`mutation($c: ID!) { enrollInCourse(courseId: $c) { userErrors { code } } }`, { c: course.id }, bearer(await villager()))).data.enrollInCourse.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await s.gql(MESSAGES, {}, bearer(other))).data.myMessages.filter((m: any) => m.kind === 'FEE_WARNING')).toHaveLength(1);
    expect((await s.gql(DISMISS, { id: report.id }, bearer(admin))).data.dismissReport.done).toBe(true);
    expect((await s.gql(COURSE, { id: course.id }, bearer(other))).data.course).toEqual({ id: course.id, status: 'OPEN' });
    expect((await s.gql(COURSES, {}, bearer(other))).data.courses.edges.map((e: any) => e.node.id)).toContain(course.id);
  });

  it('a shop opening: an interested villager freezes it (UNDER_REVIEW) and a dismissal reopens it', async () => {
    const opening = await insertOpening(s, org);
    const [reporter, other] = [await villager(), await villager()];
    for (const t of [reporter, other]) {
      expect((await s.gql(`mutation($o: ID!) { expressInterest(franchiseOpeningId: $o) { userErrors { code } } }`, { o: opening.id }, bearer(t))).data.expressInterest.userErrors).toEqual([]);
    }
    const report = (await s.gql(FEE, { id: opening.id }, bearer(reporter))).data.reportFeeDemand.report;
    expect(report).toMatchObject({ kind: 'FRANCHISE_OPENING', postingFrozen: true });
    const OPENING = `query($id: ID!) { franchiseOpening(id: $id) { id status } }`;
    expect((await s.gql(OPENING, { id: opening.id }, bearer(other))).data.franchiseOpening).toBeNull();
    expect((await s.gql(OPENING, { id: opening.id }, bearer(owner))).data.franchiseOpening.status).toBe('UNDER_REVIEW');
    expect((await s.gql(MESSAGES, {}, bearer(other))).data.myMessages.filter((m: any) => m.kind === 'FEE_WARNING')).toHaveLength(1);
    expect((await s.gql(DISMISS, { id: report.id }, bearer(admin))).data.dismissReport.done).toBe(true);
    expect((await s.gql(OPENING, { id: opening.id }, bearer(other))).data.franchiseOpening).toEqual({ id: opening.id, status: 'OPEN' });
  });

  it('refuses hostile notes, unknown and draft ids, and malformed ids, changing nothing', async () => {
    const job = await postJob();
    const draft = await postJob(false);
    const t = await villager();
    const long = await s.gql(FEE, { id: job, n: '要钱'.repeat(101) }, bearer(t));
    expect(long.data.reportFeeDemand).toEqual({ report: null, userErrors: [{ field: 'note', code: 'TOO_LONG', message: '补充说明最多 200 个字' }] });
    const control = await s.gql(FEE, { id: job, n: '要交钱\u0000\u0007' }, bearer(t));
    expect(control.data.reportFeeDemand.userErrors).toEqual([{ field: 'note', code: 'INVALID', message: '补充说明含有无法识别的字符' }]);
    for (const id of ['abcdefghijkl', draft]) {
      expect((await s.gql(FEE, { id }, bearer(t))).data.reportFeeDemand).toEqual({ report: null, userErrors: [{ field: 'postingId', code: 'NOT_FOUND', message: '没有找到要反映的信息' }] });
    }
    expect(codes(await s.gql(FEE, { id: "'; drop table jobs; --" }, bearer(t)))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await s.gql(FEE, { id: job, k: 'bad key!' }, bearer(t)))).toEqual(['BAD_USER_INPUT']);
    // A blank note is no note.
    expect((await s.gql(FEE, { id: job, n: '   ' }, bearer(t))).data.reportFeeDemand.report.reason).toBe('对方让我交钱');
    expect((await s.gql(QUEUE, {}, bearer(admin))).data.reports.filter((r: any) => r.postingId === draft)).toEqual([]);
  });
});
