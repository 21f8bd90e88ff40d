import { ADMIN_OPENID, bearer, codes, engines, fillProfile, signIn, startTestServer } from './harness';
import { SHENZHEN_JOB } from './builders';

const POST = `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id status } userErrors { code } } }`;
const TAKE = `mutation($k: PostingKind!, $id: ID!, $r: String!) { takeDownPosting(kind: $k, id: $id, reason: $r) { done organization { suspended } userErrors { code } } }`;

describe.each(engines)('reports, takedowns and the bureau on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let owner: string;
  let villager: string;
  let admin: string;
  let org: string;
  beforeAll(async () => {
    s = await startTestServer(engine);
    owner = await signIn(s, 'fee-chain-owner');
    villager = await signIn(s, 'fee-reporter');
    admin = await signIn(s, ADMIN_OPENID);
    org = (await s.gql(`mutation { createOrganization(input: { name: "可疑足道（测试）", kind: EMPLOYER, description: "", province: "广东省", city: "东莞市" }) { organization { id } } }`, {}, bearer(owner))).data.createOrganization.organization.id;
  });
  afterAll(() => s?.dispose());

  it('a villager reports a posting; the bureau takes it down; it disappears and the poster is told', async () => {
    const job = (await s.gql(POST, { o: org, i: SHENZHEN_JOB }, bearer(owner))).data.postJob.job;
    const REPORT = `mutation($id: ID!, $r: String!) { reportPosting(kind: JOB, id: $id, reason: $r) { report { id status reportsOnPosting } userErrors { field code } } }`;
    expect(codes(await s.gql(REPORT, { id: job.id, r: '电话里让先交押金' }))).toEqual(['UNAUTHENTICATED']);
    expect((await s.gql(REPORT, { id: job.id, r: '押' }, bearer(villager))).data.reportPosting.userErrors).toEqual([{ field: 'reason', code: 'TOO_SHORT' }]);
    const rep = (await s.gql(REPORT, { id: job.id, r: '电话里让先交押金五百元' }, bearer(villager))).data.reportPosting.report;
    expect(rep).toMatchObject({ status: 'OPEN', reportsOnPosting: 1 });
    expect((await s.gql(REPORT, { id: job.id, r: '电话里让先交押金五百元' }, bearer(villager))).data.reportPosting.report.id).toBe(rep.id);
    expect(codes(await s.gql(`{ reports { id } }`, {}, bearer(villager)))).toEqual(['FORBIDDEN']);
    const queue = await s.gql(`{ reports { id postingTitle reason organization { id } } }`, {}, bearer(admin));
    expect(queue.data.reports).toEqual([{ id: rep.id, postingTitle: SHENZHEN_JOB.title, reason: '电话里让先交押金五百元', organization: { id: org } }]);
    expect(codes(await s.gql(TAKE, { k: 'JOB', id: job.id, r: '收取押金' }, bearer(owner)))).toEqual(['FORBIDDEN']);
    const taken = await s.gql(TAKE, { k: 'JOB', id: job.id, r: '向求职者收取押金' }, bearer(admin));
    expect(taken.data.takeDownPosting).toEqual({ done: true, organization: { suspended: false }, userErrors: [] });
    expect((await s.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: job.id })).data.job).toBeNull();
    expect((await s.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: job.id }, bearer(villager))).data.job).toBeNull();
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status moderationNote } }`, { id: job.id }, bearer(owner))).data.job).toEqual({ status: 'TAKEN_DOWN', moderationNote: '向求职者收取押金' });
    const listed = await s.gql(`{ jobs(first: 50, filter: { place: { city: "东莞市" } }) { edges { node { id } } } }`);
    expect(listed.data.jobs.edges.map((e: any) => e.node.id)).not.toContain(job.id);
    expect((await s.gql(`{ reports { id } }`, {}, bearer(admin))).data.reports).toEqual([]);
    expect((await s.gql(`{ reports(status: ACTIONED) { id } }`, {}, bearer(admin))).data.reports).toEqual([{ id: rep.id }]);
    const told = await s.gql(`{ myMessages { title body } }`, {}, bearer(owner));
    expect(told.data.myMessages[0]).toEqual({ title: '信息被下架', body: expect.stringContaining('向求职者收取押金') });
    const log = await s.gql(`query($id: ID!) { auditLog(subjectId: $id) { action actorId before after } }`, { id: job.id }, bearer(admin));
    expect(log.data.auditLog.map((e: any) => e.action)).toEqual(['POSTING_TAKEN_DOWN', 'JOB_POSTED']);
    expect(JSON.parse(log.data.auditLog[0].after)).toEqual({ status: 'TAKEN_DOWN', reason: '向求职者收取押金' });
    expect(codes(await s.gql(`{ auditLog { id } }`, {}, bearer(owner)))).toEqual(['FORBIDDEN']);
  });

  it('suspends an organisation after three takedowns: its live postings stop and it may not post', async () => {
    const live = (await s.gql(POST, { o: org, i: SHENZHEN_JOB }, bearer(owner))).data.postJob.job;
    for (let i = 0; i < 2; i++) {
      const job = (await s.gql(POST, { o: org, i: SHENZHEN_JOB }, bearer(owner))).data.postJob.job;
      const r = await s.gql(TAKE, { k: 'JOB', id: job.id, r: '多次被举报收费' }, bearer(admin));
      expect(r.data.takeDownPosting.organization.suspended).toBe(i === 1);
    }
    // Closed for everyone to see; why, only for the organisation itself.
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status moderationNote } }`, { id: live.id })).data.job).toEqual({ status: 'CLOSED', moderationNote: null });
    expect((await s.gql(`query($id: ID!) { job(id: $id) { moderationNote } }`, { id: live.id }, bearer(owner))).data.job.moderationNote).toBe('机构被暂停');
    expect((await s.gql(POST, { o: org, i: SHENZHEN_JOB }, bearer(owner))).data.postJob.userErrors).toEqual([{ code: 'ORGANIZATION_SUSPENDED' }]);
    expect((await s.gql(`query($id: ID!) { organization(id: $id) { suspended } }`, { id: org })).data.organization.suspended).toBe(true);
  });

  it('approves a job held for review, and dismisses a groundless report', async () => {
    const honest = await signIn(s, 'honest-owner');
    const o = (await s.gql(`mutation { createOrganization(input: { name: "诚信修脚（测试）", kind: EMPLOYER, description: "", province: "陕西省", city: "西安市" }) { organization { id } } }`, {}, bearer(honest))).data.createOrganization.organization.id;
    const held = (await s.gql(POST, { o, i: { ...SHENZHEN_JOB, description: `${SHENZHEN_JOB.description}具体费用电话咨询。` } }, bearer(honest))).data.postJob.job;
    expect(held.status).toBe('UNDER_REVIEW');
    expect((await s.gql(`{ reviewQueue { id } }`, {}, bearer(admin))).data.reviewQueue).toEqual([{ id: held.id }]);
    const APPROVE = `mutation($id: ID!) { approvePosting(kind: JOB, id: $id) { done userErrors { code } } }`;
    expect(codes(await s.gql(APPROVE, { id: held.id }, bearer(honest)))).toEqual(['FORBIDDEN']);
    expect((await s.gql(APPROVE, { id: held.id }, bearer(admin))).data.approvePosting.done).toBe(true);
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id: held.id })).data.job.status).toBe('OPEN');
    const rep = (await s.gql(`mutation($id: ID!) { reportPosting(kind: JOB, id: $id, reason: "我觉得工资太高不真实") { report { id } } }`, { id: held.id }, bearer(villager))).data.reportPosting.report;
    const DISMISS = `mutation($id: ID!) { dismissReport(id: $id) { done userErrors { code } } }`;
    expect((await s.gql(DISMISS, { id: rep.id }, bearer(admin))).data.dismissReport.done).toBe(true);
    expect((await s.gql(DISMISS, { id: rep.id }, bearer(admin))).data.dismissReport.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id: held.id })).data.job.status).toBe('OPEN');
  });

  it('lists organisations waiting for verification and tells a rejected one why', async () => {
    const applicant = await signIn(s, 'new-brand-owner');
    const o = (await s.gql(`mutation { createOrganization(input: { name: "新开足浴（测试）", kind: SHOP_BRAND, description: "", province: "四川省", city: "成都市" }) { organization { id } } }`, {}, bearer(applicant))).data.createOrganization.organization.id;
    const pending = await s.gql(`{ pendingOrganizations { id } }`, {}, bearer(admin));
    expect(pending.data.pendingOrganizations.map((p: any) => p.id)).toContain(o);
    const rej = await s.gql(`mutation($id: ID!) { rejectOrganization(id: $id, reason: "营业执照照片看不清") { organization { verified } userErrors { code } } }`, { id: o }, bearer(admin));
    expect(rej.data.rejectOrganization).toEqual({ organization: { verified: false }, userErrors: [] });
    expect((await s.gql(`{ pendingOrganizations { id } }`, {}, bearer(admin))).data.pendingOrganizations.map((p: any) => p.id)).not.toContain(o);
    expect((await s.gql(`{ myMessages { body } }`, {}, bearer(applicant))).data.myMessages[0].body).toContain('营业执照照片看不清');
  });

  it('gives the bureau county figures that add up', async () => {
    const chainOwner = await signIn(s, 'figures-owner');
    const o = (await s.gql(`mutation { createOrganization(input: { name: "高桥茶厂（测试）", kind: EMPLOYER, description: "", province: "陕西省", city: "安康市", county: "紫阳县", town: "高桥镇" }) { organization { id } } }`, {}, bearer(chainOwner))).data.createOrganization.organization.id;
    const FIG = `{ countyFigures(months: 3) { total { postings applications hires } byTown { label postings applications hires } byMonth { label postings applications hires } } }`;
    const before = (await s.gql(FIG, {}, bearer(admin))).data.countyFigures;
    const job = (await s.gql(POST, { o, i: { ...SHENZHEN_JOB, title: '采茶工 日结', place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '高桥镇' } } }, bearer(chainOwner))).data.postJob.job;
    const worker = await signIn(s, 'figures-worker');
    await fillProfile(s, worker, '采茶的大姐', '13566667777');
    await s.gql(`mutation { updateProfile(input: { homeTown: "高桥镇" }) { userErrors { code } } }`, {}, bearer(worker));
    const app = (await s.gql(`mutation($j: ID!) { applyToJob(jobId: $j) { application { id } } }`, { j: job.id }, bearer(worker))).data.applyToJob.application;
    await s.gql(`mutation($id: ID!) { setApplicationStatus(id: $id, status: HIRED, message: "明天来") { application { status } } }`, { id: app.id }, bearer(chainOwner));
    const after = (await s.gql(FIG, {}, bearer(admin))).data.countyFigures;
    expect(after.total.postings - before.total.postings).toBe(1);
    expect(after.total.applications - before.total.applications).toBe(1);
    expect(after.total.hires - before.total.hires).toBe(1);
    const town = after.byTown.find((t: any) => t.label === '高桥镇');
    const townBefore = before.byTown.find((t: any) => t.label === '高桥镇') ?? { postings: 0, applications: 0, hires: 0 };
    expect([town.postings - townBefore.postings, town.applications - townBefore.applications, town.hires - townBefore.hires]).toEqual([1, 1, 1]);
    expect(after.byMonth).toHaveLength(3);
    for (const key of ['postings', 'applications', 'hires'] as const) {
      expect(after.byMonth.reduce((a: number, m: any) => a + m[key], 0)).toBe(after.total[key]);
    }
    expect(codes(await s.gql(FIG, {}, bearer(chainOwner)))).toEqual(['FORBIDDEN']);
    expect(codes(await s.gql(`{ countyFigures(months: 99) { total { postings } } }`, {}, bearer(admin)))).toEqual(['BAD_USER_INPUT']);
  });
});
