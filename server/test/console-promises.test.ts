import { ADMIN_OPENID, bearer, engines, fillProfile, signIn, startTestServer } from './harness';
import { SHENZHEN_JOB } from './builders';

// What the consoles promise, over HTTP: a closed job reopens (compare-and-set, audited), a
// taken-down job edited goes back to the bureau (修改后申请恢复), a withdrawn application no
// longer shows the villager to the employer, and every 消息 speaks with 你 and 12月20日.

const inDays = (n: number) => new Date(Date.now() + 8 * 3600000 + n * 86400000).toISOString().slice(0, 10);
const spoken = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return y === Number(inDays(0).slice(0, 4)) ? `${m}月${d}日` : `${y}年${m}月${d}日`;
};

const POST = `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id status } userErrors { field code message } } }`;
const CLOSE = `mutation($id: ID!) { closeJob(id: $id) { job { status } userErrors { code } } }`;
const REOPEN = `mutation($id: ID!) { reopenJob(id: $id) { job { id status expiresAt } userErrors { code message } } }`;
const UPDATE = `mutation($id: ID!, $i: JobInput!) { updateJob(id: $id, input: $i) { job { status moderationNote } userErrors { field code message } } }`;
const TAKE_DOWN = `mutation($id: ID!) { takeDownPosting(kind: JOB, id: $id, reason: "电话里要求先交体检费") { done userErrors { code } } }`;

describe.each(engines)('console promises on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let owner: string;
  let rival: string;
  let admin: string;
  let villager: string;
  let chain: string;
  let centre: string;
  let trainer: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    owner = await signIn(s, 'promise-owner');
    rival = await signIn(s, 'promise-rival');
    trainer = await signIn(s, 'promise-teacher');
    admin = await signIn(s, ADMIN_OPENID);
    villager = await signIn(s, 'promise-villager');
    await fillProfile(s, villager, '王秀英', '13700002222');
    const ORG = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } userErrors { field code message } } }`;
    chain = (await s.gql(ORG, { i: { name: '承诺测试修脚连锁', kind: 'EMPLOYER', description: '修脚连锁', province: '广东省', city: '东莞市' } }, bearer(owner))).data.createOrganization.organization.id;
    await s.gql(ORG, { i: { name: '承诺测试别家足道', kind: 'EMPLOYER', description: '', province: '浙江省', city: '杭州市' } }, bearer(rival));
    centre = (await s.gql(ORG, { i: { name: '承诺测试职业培训学校', kind: 'TRAINING_INSTITUTION', description: '免费培训', province: '陕西省', city: '安康市', county: '紫阳县' } }, bearer(trainer))).data.createOrganization.organization.id;
  });
  afterAll(() => s?.dispose());

  const post = async (org = chain) => {
    const res = await s.gql(POST, { o: org, i: SHENZHEN_JOB }, bearer(owner));
    expect(res.data.postJob.userErrors).toEqual([]);
    return res.data.postJob.job.id as string;
  };
  // Three takedowns suspend an organisation: tests that take jobs down use one of their own.
  let orgs = 0;
  const freshOrg = async () =>
    (await s.gql(`mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`, { i: { name: `承诺测试修脚店${(orgs += 1)}`, kind: 'EMPLOYER', description: '修脚店', province: '广东省', city: '东莞市' } }, bearer(owner))).data.createOrganization.organization.id as string;
  // The audit log through the bureau's API; entries of one millisecond may come in any order, so
  // sequences are compared sorted.
  const auditOf = async (id: string) =>
    ((await s.gql(`query($id: ID!) { auditLog(subjectId: $id, first: 50) { action } }`, { id }, bearer(admin))).data.auditLog as { action: string }[]).map((e) => e.action).sort();
  const sorted = (a: string[]) => [...a].sort();

  it('reopens a closed job for its employer only; reopening an open job changes nothing', async () => {
    const id = await post();
    expect((await s.gql(CLOSE, { id }, bearer(owner))).data.closeJob.job.status).toBe('CLOSED');
    expect((await s.gql(REOPEN, { id }, bearer(rival))).data.reopenJob.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await s.gql(REOPEN, { id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id })).data.job.status).toBe('CLOSED');

    const reopened = (await s.gql(REOPEN, { id }, bearer(owner))).data.reopenJob;
    expect(reopened).toMatchObject({ job: { status: 'OPEN' }, userErrors: [] });
    const again = (await s.gql(REOPEN, { id }, bearer(owner))).data.reopenJob;
    expect(again).toMatchObject({ job: { status: 'OPEN' }, userErrors: [] });
    expect(await auditOf(id)).toEqual(sorted(['JOB_POSTED', 'JOB_CLOSED', 'JOB_REOPENED']));
    // Villagers find it again.
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id })).data.job.status).toBe('OPEN');
  });

  it('reopens a job past its last day with 30 more days', async () => {
    const id = await post();
    await s.db.knex('jobs').where('id', id).update({ expires_at: s.db.dateParam(new Date(Date.now() - 86400000)) });
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id }, bearer(owner))).data.job.status).toBe('EXPIRED');
    const { job, userErrors } = (await s.gql(REOPEN, { id }, bearer(owner))).data.reopenJob;
    expect(userErrors).toEqual([]);
    expect(job.status).toBe('OPEN');
    const days = (Date.parse(job.expiresAt) - Date.now()) / 86400000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(31);
  });

  it('refuses to reopen a draft, a taken-down job, or a malformed id, and changes nothing', async () => {
    const draft = (await s.gql(`mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i) { job { id } } }`, { o: chain, i: SHENZHEN_JOB }, bearer(owner))).data.postJob.job.id;
    expect((await s.gql(REOPEN, { id: draft }, bearer(owner))).data.reopenJob.userErrors).toEqual([expect.objectContaining({ code: 'STALE_STATUS' })]);
    const down = await post(await freshOrg());
    expect((await s.gql(TAKE_DOWN, { id: down }, bearer(admin))).data.takeDownPosting.done).toBe(true);
    expect((await s.gql(REOPEN, { id: down }, bearer(owner))).data.reopenJob.userErrors).toEqual([expect.objectContaining({ code: 'STALE_STATUS' })]);
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id: down }, bearer(owner))).data.job.status).toBe('TAKEN_DOWN');
    const bad = await s.gql(REOPEN, { id: 'x'.repeat(5000) }, bearer(owner));
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await auditOf(draft)).toEqual(['JOB_POSTED']);
  });

  it('of a close and a reopen sent together, each is decided from what it read: nothing is lost or doubled', async () => {
    const id = await post();
    await s.gql(CLOSE, { id }, bearer(owner));
    const [reopen, close] = await Promise.all([s.gql(REOPEN, { id }, bearer(owner)), s.gql(CLOSE, { id }, bearer(owner))]);
    const status = (await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id }, bearer(owner))).data.job.status;
    const log = await auditOf(id);
    expect(reopen.data.reopenJob.userErrors).toEqual([]);
    expect(close.data.closeJob.userErrors).toEqual([]);
    // Either the close saw it closed (a no-op) and the reopen won, or it closed the reopened job.
    if (status === 'OPEN') expect(log).toEqual(sorted(['JOB_POSTED', 'JOB_CLOSED', 'JOB_REOPENED']));
    else expect(log).toEqual(sorted(['JOB_POSTED', 'JOB_CLOSED', 'JOB_REOPENED', 'JOB_CLOSED']));
  });

  it('a taken-down job edited by its employer goes back to the bureau (修改后申请恢复), hidden until approved', async () => {
    const org = await freshOrg();
    const id = await post(org);
    await s.gql(TAKE_DOWN, { id }, bearer(admin));
    const edited = (await s.gql(UPDATE, { id, i: { ...SHENZHEN_JOB, description: `${SHENZHEN_JOB.description}体检由店里出钱安排。` } }, bearer(owner))).data.updateJob;
    expect(edited.userErrors).toEqual([]);
    expect(edited.job.status).toBe('UNDER_REVIEW');
    expect(edited.job.moderationNote).toMatch(/申请恢复.*体检费/);
    expect((await s.gql(`query($id: ID!) { job(id: $id) { id } }`, { id })).data.job).toBeNull();
    expect((await s.gql(`{ reviewQueue { id } }`, {}, bearer(admin))).data.reviewQueue.map((j: { id: string }) => j.id)).toContain(id);
    // Another organisation cannot do it for them.
    expect((await s.gql(UPDATE, { id, i: SHENZHEN_JOB }, bearer(rival))).data.updateJob.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    // An edit that asks for money is still refused, and the job stays where it was.
    const down2 = await post(org);
    await s.gql(TAKE_DOWN, { id: down2 }, bearer(admin));
    const asks = (await s.gql(UPDATE, { id: down2, i: { ...SHENZHEN_JOB, description: '入职先交押金500元，工作满三月退还，包吃住。不向求职者收取任何费用。' } }, bearer(owner))).data.updateJob;
    expect(asks.userErrors).toEqual([expect.objectContaining({ code: 'FEE_REQUESTED' })]);
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id: down2 }, bearer(owner))).data.job.status).toBe('TAKEN_DOWN');
    // Approved from the queue, it is public again.
    const approved = await s.gql(`mutation($id: ID!) { approvePosting(kind: JOB, id: $id) { userErrors { code } } }`, { id }, bearer(admin));
    expect(approved.errors).toBeUndefined();
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id })).data.job.status).toBe('OPEN');
  });

  it('a withdrawn application no longer shows her to the employer, on any path; she and the bureau still see it', async () => {
    const id = await post();
    const other = await signIn(s, 'promise-villager-3');
    await fillProfile(s, other, '陈玉兰', '13700004444');
    const APPLY = `mutation($id: ID!, $n: String) { applyToJob(jobId: $id, note: $n) { application { id } userErrors { code } } }`;
    const mine = (await s.gql(APPLY, { id, n: '做过五年修脚，手机13700002222' }, bearer(villager))).data.applyToJob.application.id;
    const staying = (await s.gql(APPLY, { id, n: '想去' }, bearer(other))).data.applyToJob.application.id;
    expect((await s.gql(`mutation($id: ID!) { withdrawApplication(id: $id) { application { status } userErrors { code } } }`, { id: mine }, bearer(villager))).data.withdrawApplication.application.status).toBe('WITHDRAWN');

    const FIELDS = `id status note applicant { name phone certificates { id } } certificates { id } helper { name phone }`;
    const list = await s.gql(`query($id: ID!) { job(id: $id) { applicationCounts { withdrawn submitted } applications { ${FIELDS} } } }`, { id }, bearer(owner));
    expect(list.errors).toBeUndefined();
    expect(list.data.job.applicationCounts).toMatchObject({ withdrawn: 1, submitted: 1 });
    const shown = Object.fromEntries(list.data.job.applications.map((a: any) => [a.id, a]));
    expect(shown[mine]).toEqual({ id: mine, status: 'WITHDRAWN', note: null, applicant: { name: null, phone: null, certificates: [] }, certificates: [], helper: null });
    expect(shown[staying].applicant).toMatchObject({ name: '陈玉兰', phone: '13700004444' });
    expect(list.raw).not.toContain('王秀英');
    expect(list.raw).not.toContain('13700002222');

    // The detail, and the answer to a status change on it, say no more.
    const detail = await s.gql(`query($id: ID!) { application(id: $id) { ${FIELDS} } }`, { id: mine }, bearer(owner));
    expect(detail.data.application).toMatchObject({ status: 'WITHDRAWN', note: null, applicant: { name: null, phone: null } });
    const moved = await s.gql(`mutation($id: ID!) { setApplicationStatus(id: $id, status: HIRED, message: "来上班") { application { note applicant { name phone } } userErrors { code } } }`, { id: mine }, bearer(owner));
    expect(moved.data.setApplicationStatus.userErrors).toEqual([{ code: 'STALE_STATUS' }]);
    expect(moved.raw).not.toContain('王秀英');
    expect(moved.raw).not.toContain('13700002222');

    // Another employer sees nothing at all; she and the bureau see it whole.
    expect((await s.gql(`query($id: ID!) { application(id: $id) { id } }`, { id: mine }, bearer(rival))).data.application).toBeNull();
    expect((await s.gql(`query($id: ID!) { job(id: $id) { applications { id } } }`, { id }, bearer(rival))).data.job.applications).toBeNull();
    const herself = (await s.gql(`query($id: ID!) { application(id: $id) { note applicant { name phone } } }`, { id: mine }, bearer(villager))).data.application;
    expect(herself).toEqual({ note: '做过五年修脚，手机13700002222', applicant: { name: '王秀英', phone: '13700002222' } });
    const bureau = (await s.gql(`query($id: ID!) { application(id: $id) { applicant { name } } }`, { id: mine }, bearer(admin))).data.application;
    expect(bureau.applicant.name).toBe('王秀英');
  });

  it('every 消息 says 你, never 您, and writes days as 12月20日', async () => {
    const start = inDays(20);
    const COURSE = {
      title: '承诺测试修脚班', skill: 'PEDICURE', description: '县职教中心老师手把手教修脚，管吃管住，结业发证书。',
      place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' }, startDate: start, endDate: inDays(30), enrollmentDeadline: inDays(15),
      hours: 80, fee: 0, subsidy: 0, coversFood: true, coversLodging: true, coversTravel: false, seats: 1, certificate: null, requirements: [], leadsToEmployerIds: [],
      contactName: '李老师', contactPhone: '0915-4310000',
    };
    const course = (await s.gql(`mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i) { course { id } userErrors { code message } } }`, { o: centre, i: COURSE }, bearer(trainer))).data.postCourse.course.id;
    const first = await signIn(s, 'promise-villager-2');
    await fillProfile(s, first, '刘桂芳', '13700003333');
    const ENROLL = `mutation($id: ID!, $w: Boolean) { enrollInCourse(courseId: $id, joinWaitlist: $w) { enrollment { id status } userErrors { code } } }`;
    const seat = (await s.gql(ENROLL, { id: course }, bearer(first))).data.enrollInCourse.enrollment;
    expect(seat.status).toBe('ENROLLED');
    expect((await s.gql(ENROLL, { id: course, w: true }, bearer(villager))).data.enrollInCourse.enrollment.status).toBe('WAITLISTED');
    await s.gql(`mutation($id: ID!) { cancelEnrollment(id: $id) { userErrors { code } } }`, { id: seat.id }, bearer(first));
    await s.gql(`mutation($id: ID!) { cancelCourse(id: $id, reason: "老师生病，改到下个月") { userErrors { code } } }`, { id: course }, bearer(trainer));

    const messages: { title: string; body: string }[] = (await s.gql(`{ myMessages { title body } }`, {}, bearer(villager))).data.myMessages;
    const promoted = messages.find((m) => m.body.includes('从候补转为正式报名'));
    expect(promoted?.body).toContain(`开课日期：${spoken(start)}`);
    expect(messages.find((m) => m.body.includes('已取消'))?.body).toMatch(/^你报名的/);
    for (const m of messages) {
      expect(`${m.title}${m.body}`).not.toMatch(/您/);
      expect(`${m.title}${m.body}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });
});
