import { ADMIN_OPENID, bearer, codes, engines, fillProfile, signIn, startTestServer } from './harness';
import { SHENZHEN_JOB } from './builders';

const today = () => new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + 8 * 3600000 + n * 86400000).toISOString().slice(0, 10);


const POST = `mutation($o: ID!, $i: JobInput!, $p: Boolean) { postJob(organizationId: $o, input: $i, publish: $p) { job { id status title employer { verified } pay { monthlyMax } } userErrors { field code message } } }`;

describe.each(engines)('recruiters and trainers on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let owner: string;
  let rival: string;
  let trainer: string;
  let admin: string;
  let chain: string;
  let centre: string;
  beforeAll(async () => {
    s = await startTestServer(engine);
    owner = await signIn(s, 'chain-owner');
    rival = await signIn(s, 'rival-owner');
    trainer = await signIn(s, 'centre-teacher');
    admin = await signIn(s, ADMIN_OPENID);
    const ORG = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`;
    chain = (await s.gql(ORG, { i: { name: '紫阳人修脚连锁（测试）', kind: 'EMPLOYER', description: '修脚连锁', province: '广东省', city: '深圳市' } }, bearer(owner))).data.createOrganization.organization.id;
    await (s.gql(ORG, { i: { name: '别家足道（测试）', kind: 'EMPLOYER', description: '', province: '浙江省', city: '杭州市' } }, bearer(rival)));
    centre = (await s.gql(ORG, { i: { name: '测试县职业培训学校', kind: 'TRAINING_INSTITUTION', description: '免费培训', province: '陕西省', city: '安康市', county: '紫阳县' } }, bearer(trainer))).data.createOrganization.organization.id;
  });
  afterAll(() => s?.dispose());

  it('posts a job that villagers find, labelled unverified until the bureau verifies the employer', async () => {
    const res = await s.gql(POST, { o: chain, i: SHENZHEN_JOB, p: true }, bearer(owner));
    expect(res.data.postJob.userErrors).toEqual([]);
    expect(res.data.postJob.job).toMatchObject({ status: 'OPEN', employer: { verified: false }, pay: { monthlyMax: 9000 } });
    const found = await s.gql(`{ jobs(filter: { keyword: "夫妻间", place: { county: "南山区" } }) { edges { node { id employer { verified } } } } }`);
    expect(found.data.jobs.edges.map((e: any) => e.node.id)).toContain(res.data.postJob.job.id);
    await s.gql(`mutation($id: ID!) { verifyOrganization(id: $id) { organization { verified } } }`, { id: chain }, bearer(admin));
    const again = await s.gql(`query($id: ID!) { job(id: $id) { employer { verified } } }`, { id: res.data.postJob.job.id });
    expect(again.data.job.employer.verified).toBe(true);
  });

  it.each([
    [{ pay: { min: 9000, max: 6000, unit: 'MONTH', settlement: 'MONTHLY' } }, 'input.pay.min', 'PAY_RANGE'],
    [{ pay: { min: 100, max: 5000, unit: 'DAY', settlement: 'DAILY' } }, 'input.pay.max', 'OUT_OF_RANGE'],
    [{ pay: { min: 30, max: 50, unit: 'PIECE', settlement: 'MONTHLY', unitsPerMonth: 0 } }, 'input.pay.unitsPerMonth', 'OUT_OF_RANGE'],
    [{ headcount: 0 }, 'input.headcount', 'OUT_OF_RANGE'],
    [{ ageMin: 50, ageMax: 20 }, 'input.ageMin', 'AGE_RANGE'],
    [{ place: { province: '', city: '深圳市' } }, 'input.place.province', 'REQUIRED'],
    [{ title: '修' }, 'input.title', 'TOO_SHORT'],
    [{ expiresOn: '2020-01-01' }, 'input.expiresOn', 'EXPIRY_IN_PAST'],
    [{ expiresOn: '2099-01-01' }, 'input.expiresOn', 'EXPIRY_TOO_FAR'],
    [{ contactPhone: '12345' }, 'input.contactPhone', 'INVALID_PHONE'],
    [{ description: '入职先交押金500元，工作满三月退还，包吃住。不向求职者收取任何费用。' }, 'input.description', 'FEE_REQUESTED'],
    [{ description: '深圳南山店招修脚师傅，底薪加提成，月休四天，宿舍有夫妻间。' }, 'input.description', 'NO_FEE_STATEMENT'],
  ])('refuses a bad job (%p) on the right field', async (change, field, code) => {
    const before = await s.db.knex('jobs').count({ n: '*' });
    const res = await s.gql(POST, { o: chain, i: { ...SHENZHEN_JOB, ...change }, p: true }, bearer(owner));
    expect(res.data.postJob.job).toBeNull();
    expect(res.data.postJob.userErrors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    expect(await s.db.knex('jobs').count({ n: '*' })).toEqual(before);
  });

  it('publishes a job that denies fees, and holds one that leaves a cost undisclosed for review, hidden from the public', async () => {
    const denies = await s.gql(POST, { o: chain, i: { ...SHENZHEN_JOB, description: `${SHENZHEN_JOB.description}不收押金，不收服装费。` }, p: true }, bearer(owner));
    expect(denies.data.postJob).toMatchObject({ job: { status: 'OPEN' }, userErrors: [] });
    const res = await s.gql(POST, { o: chain, i: { ...SHENZHEN_JOB, description: `${SHENZHEN_JOB.description}工装费用到店了解。` }, p: true }, bearer(owner));
    expect(res.errors).toBeUndefined();
    const job = res.data.postJob.job;
    expect(job.status).toBe('UNDER_REVIEW');
    expect((await s.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: job.id })).data.job).toBeNull();
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id: job.id }, bearer(owner))).data.job.status).toBe('UNDER_REVIEW');
    expect((await s.gql(`query($id: ID!) { job(id: $id) { status } }`, { id: job.id }, bearer(rival))).data.job).toBeNull();
  });

  it('saves drafts, publishes them, and keeps other organisations out', async () => {
    const draft = (await s.gql(POST, { o: chain, i: SHENZHEN_JOB, p: false }, bearer(owner))).data.postJob.job;
    expect(draft.status).toBe('DRAFT');
    expect((await s.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: draft.id })).data.job).toBeNull();
    expect(codes(await s.gql(POST, { o: chain, i: SHENZHEN_JOB }, bearer(rival)))).toEqual(['FORBIDDEN']);
    const PUB = `mutation($id: ID!) { publishJob(id: $id) { job { status } userErrors { code } } }`;
    expect((await s.gql(PUB, { id: draft.id }, bearer(rival))).data.publishJob.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await s.gql(PUB, { id: draft.id }, bearer(owner))).data.publishJob.job.status).toBe('OPEN');
    const UPD = `mutation($id: ID!, $i: JobInput!) { updateJob(id: $id, input: $i) { job { title } userErrors { code } } }`;
    expect((await s.gql(UPD, { id: draft.id, i: { ...SHENZHEN_JOB, title: '抢别人的岗位' } }, bearer(rival))).data.updateJob.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await s.gql(UPD, { id: draft.id, i: { ...SHENZHEN_JOB, title: '修脚师傅 急招 包吃住' } }, bearer(owner))).data.updateJob.job.title).toBe('修脚师傅 急招 包吃住');
    const CLOSE = `mutation($id: ID!) { closeJob(id: $id) { job { status } userErrors { code } } }`;
    expect((await s.gql(CLOSE, { id: draft.id }, bearer(rival))).data.closeJob.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await s.gql(CLOSE, { id: draft.id }, bearer(owner))).data.closeJob.job.status).toBe('CLOSED');
    const listed = await s.gql(`{ jobs(filter: { keyword: "急招" }) { edges { node { id } } } }`);
    expect(listed.data.jobs.edges.map((e: any) => e.node.id)).not.toContain(draft.id);
    const mine = await s.gql(`query($o: ID!) { organization(id: $o) { postedJobs { id status } } }`, { o: chain }, bearer(owner));
    expect(mine.data.organization.postedJobs.map((j: any) => j.status)).toEqual(expect.arrayContaining(['CLOSED', 'UNDER_REVIEW', 'OPEN']));
    expect((await s.gql(`query($o: ID!) { organization(id: $o) { postedJobs { id } } }`, { o: chain }, bearer(rival))).data.organization.postedJobs).toBeNull();
  });

  it('moves three applicants through the pipeline, and each is told in 消息', async () => {
    const job = (await s.gql(POST, { o: chain, i: SHENZHEN_JOB, p: true }, bearer(owner))).data.postJob.job;
    const villagers: string[] = [];
    for (const [i, name] of ['张桂兰', '王秀英', '陈春梅'].entries()) {
      const t = await signIn(s, `pipeline-${i}`);
      await fillProfile(s, t, name, `1390000000${i}`);
      await s.gql(`mutation($j: ID!) { applyToJob(jobId: $j, note: "做过修脚") { application { id } } }`, { j: job.id }, bearer(t));
      villagers.push(t);
    }
    const view = await s.gql(`query($id: ID!) { job(id: $id) { applicationCounts { submitted interview hired } applications { id note applicant { name phone } } } }`, { id: job.id }, bearer(owner));
    expect(view.data.job.applicationCounts).toEqual({ submitted: 3, interview: 0, hired: 0 });
    const apps = view.data.job.applications;
    expect(apps.map((a: any) => a.applicant.name).sort()).toEqual(['张桂兰', '王秀英', '陈春梅'].sort());
    const her = apps.find((a: any) => a.applicant.name === '陈春梅');
    const SET = `mutation($id: ID!, $s: ApplicationStatus!, $m: String) { setApplicationStatus(id: $id, status: $s, message: $m) { application { status history { status message } } userErrors { field code } } }`;
    expect((await s.gql(SET, { id: her.id, s: 'VIEWED' }, bearer(rival))).data.setApplicationStatus.userErrors).toEqual([{ field: 'id', code: 'NOT_FOUND' }]);
    expect((await s.gql(SET, { id: her.id, s: 'VIEWED' }, bearer(owner))).data.setApplicationStatus.application.status).toBe('VIEWED');
    expect((await s.gql(SET, { id: her.id, s: 'INTERVIEW' }, bearer(owner))).data.setApplicationStatus.userErrors).toEqual([{ field: 'message', code: 'REQUIRED' }]);
    expect((await s.gql(SET, { id: her.id, s: 'INTERVIEW', m: '12月3日上午10点 南山店' }, bearer(owner))).data.setApplicationStatus.application.status).toBe('INTERVIEW');
    const hired = await s.gql(SET, { id: her.id, s: 'HIRED', m: '12月5日上岗' }, bearer(owner));
    expect(hired.data.setApplicationStatus.application.history.map((h: any) => h.status)).toEqual(['SUBMITTED', 'VIEWED', 'INTERVIEW', 'HIRED']);
    // Rejecting a hired applicant can only come from a screen that still shows her undecided.
    expect((await s.gql(SET, { id: her.id, s: 'REJECTED' }, bearer(owner))).data.setApplicationStatus.userErrors).toEqual([{ field: null, code: 'STALE_STATUS' }]);
    expect((await s.gql(SET, { id: her.id, s: 'WITHDRAWN' }, bearer(owner))).data.setApplicationStatus.userErrors[0].code).toBe('INVALID_TRANSITION');
    const inbox = await s.gql(`{ unreadMessageCount myMessages { title body readAt } myApplications { status } }`, {}, bearer(villagers[2]));
    expect(inbox.data.unreadMessageCount).toBe(3);
    expect(inbox.data.myMessages.map((m: any) => m.title)).toEqual(['恭喜录用', '面试邀请', '招工方已查看']);
    expect(inbox.data.myMessages[1].body).toContain('12月3日上午10点 南山店');
    expect(inbox.data.myApplications[0].status).toBe('HIRED');
    expect((await s.gql(`mutation { markMessagesRead }`, {}, bearer(villagers[2]))).data.markMessagesRead).toBe(3);
    expect((await s.gql(`{ unreadMessageCount }`, {}, bearer(villagers[2]))).data.unreadMessageCount).toBe(0);
    // The others heard nothing.
    expect((await s.gql(`{ unreadMessageCount }`, {}, bearer(villagers[0]))).data.unreadMessageCount).toBe(0);
    const audit = await s.db.knex('audit_log').where({ subject_id: her.id }).orderBy('at');
    // Who did what: she applied, the recruiter moved her three times.
    const ownerId = (await s.gql(`{ me { id } }`, {}, bearer(owner))).data.me.id;
    const herId = (await s.gql(`{ me { id } }`, {}, bearer(villagers[2]))).data.me.id;
    expect(audit.map((a: any) => [a.actor_id, JSON.parse(a.after).status])).toEqual([[herId, 'SUBMITTED'], [ownerId, 'VIEWED'], [ownerId, 'INTERVIEW'], [ownerId, 'HIRED']]);
  });

  it('lists a course, fills the roster, completes a graduate who applies with her certificate', async () => {
    const COURSE = {
      title: '修脚技能免费培训班（测试期）',
      skill: 'PEDICURE',
      description: '三包两免一补：包吃包住包推荐就业，学费全免，结业后推荐到合作修脚店上岗。',
      place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' },
      startDate: today(),
      endDate: inDays(30),
      enrollmentDeadline: today(),
      hours: 160,
      fee: 0,
      subsidy: 600,
      coversFood: true,
      coversLodging: true,
      coversTravel: false,
      seats: 30,
      certificate: '专项职业能力证书（修脚）',
      requirements: ['18到55岁'],
      leadsToEmployerIds: [chain],
      contactName: '李老师',
      contactPhone: '0915-4321234',
    };
    const PC = `mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i) { course { id seats seatsLeft leadsToEmployers { id } } userErrors { field code } } }`;
    expect((await s.gql(PC, { o: chain, i: COURSE }, bearer(owner))).data.postCourse.userErrors).toEqual([{ field: 'organizationId', code: 'NOT_A_TRAINER' }]);
    expect((await s.gql(PC, { o: centre, i: { ...COURSE, endDate: '2020-01-01' } }, bearer(trainer))).data.postCourse.userErrors.map((e: any) => e.code)).toContain('END_BEFORE_START');
    const course = (await s.gql(PC, { o: centre, i: COURSE }, bearer(trainer))).data.postCourse.course;
    expect(course).toMatchObject({ seats: 30, seatsLeft: 30, leadsToEmployers: [{ id: chain }] });
    // The course starts today: villagers may still enrol on its first day.
    const grad = await signIn(s, 'graduate-1');
    await fillProfile(s, grad, '刘小红', '13911112222');
    const enrolled = await s.gql(`mutation($c: ID!) { enrollInCourse(courseId: $c) { enrollment { id status } } }`, { c: course.id }, bearer(grad));
    const enrollmentId = enrolled.data.enrollInCourse.enrollment.id;
    const roster = await s.gql(`query($id: ID!) { course(id: $id) { enrollments { id status trainee { name phone } } } }`, { id: course.id }, bearer(trainer));
    expect(roster.data.course.enrollments).toEqual([{ id: enrollmentId, status: 'ENROLLED', trainee: { name: '刘小红', phone: '13911112222' } }]);
    const MC = `mutation($id: ID!) { markCompleted(enrollmentId: $id) { enrollment { status } certificate { id name number courseTitle trainer { id } issuedOn } userErrors { code } } }`;
    expect((await s.gql(MC, { id: enrollmentId }, bearer(owner))).data.markCompleted.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const done = (await s.gql(MC, { id: enrollmentId }, bearer(trainer))).data.markCompleted;
    expect(done.enrollment.status).toBe('COMPLETED');
    expect(done.certificate).toMatchObject({ name: '专项职业能力证书（修脚）', courseTitle: COURSE.title, trainer: { id: centre }, issuedOn: today() });
    expect(done.certificate.number).toMatch(/^\d{14}$/);
    const me = await s.gql(`{ me { certificates { id number } } }`, {}, bearer(grad));
    expect(me.data.me.certificates).toEqual([{ id: done.certificate.id, number: done.certificate.number }]);
    // She applies to the chain's job with the certificate; the chain sees it.
    const job = (await s.gql(POST, { o: chain, i: SHENZHEN_JOB, p: true }, bearer(owner))).data.postJob.job;
    const applied = await s.gql(`mutation($j: ID!, $c: [ID!]) { applyToJob(jobId: $j, certificateIds: $c) { application { id certificates { number } } userErrors { code } } }`, { j: job.id, c: [done.certificate.id] }, bearer(grad));
    expect(applied.data.applyToJob.application.certificates).toEqual([{ number: done.certificate.number }]);
    const seen = await s.gql(`query($id: ID!) { job(id: $id) { applications { applicant { name certificates { name } } certificates { number } } } }`, { id: job.id }, bearer(owner));
    expect(seen.data.job.applications[0]).toEqual({ applicant: { name: '刘小红', certificates: [{ name: '专项职业能力证书（修脚）' }] }, certificates: [{ number: done.certificate.number }] });
    // Someone else's certificate cannot be attached.
    const other = await signIn(s, 'graduate-2');
    await fillProfile(s, other, '冒名者', '13922223333');
    const stolen = await s.gql(`mutation($j: ID!, $c: [ID!]) { applyToJob(jobId: $j, certificateIds: $c) { userErrors { code field } } }`, { j: job.id, c: [done.certificate.id] }, bearer(other));
    expect(stolen.data.applyToJob.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'certificateIds' }]);
  });

  it('cancelling a course tells everyone enrolled or waiting', async () => {
    const PC = `mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i) { course { id } userErrors { code } } }`;
    const course = (await s.gql(PC, { o: centre, i: {
      title: '茶艺培训班（测试取消）', skill: 'TEA_ART', description: '紫阳富硒茶茶艺培训，包吃住，结业推荐到茶企。',
      place: { province: '陕西省', city: '安康市', county: '紫阳县' }, startDate: inDays(10), endDate: inDays(20), enrollmentDeadline: inDays(5),
      hours: 60, fee: 0, subsidy: 0, coversFood: true, coversLodging: true, coversTravel: false, seats: 1, certificate: null,
      requirements: [], leadsToEmployerIds: [], contactName: '何老师', contactPhone: '13700007777' } }, bearer(trainer))).data.postCourse.course;
    const a = await signIn(s, 'tea-1');
    const b = await signIn(s, 'tea-2');
    await s.gql(`mutation($c: ID!) { enrollInCourse(courseId: $c) { enrollment { status } } }`, { c: course.id }, bearer(a));
    await s.gql(`mutation($c: ID!) { enrollInCourse(courseId: $c, joinWaitlist: true) { enrollment { status } } }`, { c: course.id }, bearer(b));
    const CANCEL = `mutation($id: ID!, $r: String!) { cancelCourse(id: $id, reason: $r) { course { status } userErrors { code } } }`;
    expect((await s.gql(CANCEL, { id: course.id, r: '报名人数不足' }, bearer(owner))).data.cancelCourse.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await s.gql(CANCEL, { id: course.id, r: '报名人数不足' }, bearer(trainer))).data.cancelCourse.course.status).toBe('CANCELLED');
    for (const t of [a, b]) {
      const r = await s.gql(`{ myEnrollments { status } myMessages { title body } }`, {}, bearer(t));
      expect(r.data.myEnrollments).toEqual([{ status: 'CANCELLED' }]);
      expect(r.data.myMessages[0]).toEqual({ title: '课程取消', body: expect.stringContaining('报名人数不足') });
    }
  });

  it('publishes a shop opening with positions and franchise terms, validated, and closes it', async () => {
    const OPENING = {
      title: '南山店新店开业 招修脚师',
      description: '品牌新店十二月开业，招修脚师和前台，包吃住，老乡带教。不向求职者收取任何费用。',
      place: { province: '广东省', city: '深圳市', county: '南山区' },
      openingDate: inDays(20),
      positions: [
        { title: '修脚师', headcount: 3, pay: { min: 40, max: 60, unit: 'PIECE', settlement: 'MONTHLY', unitsPerMonth: 180 } },
        { title: '前台', headcount: 1, pay: { min: 4500, max: 5500, unit: 'MONTH', settlement: 'MONTHLY' } },
      ],
      franchise: { investmentMin: 150000, investmentMax: 300000, brandProvides: ['技术培训', '开业督导'], filingNumber: '0610300211800123', disclosure: { ownShops: [{ city: '深圳市', openedOn: '2020-03-01' }, { city: '深圳市', openedOn: '2021-06-01' }], fees: [{ name: '加盟费', amount: 30000, refundable: false }], investmentItems: [{ name: '加盟费', min: 30000, max: 30000 }, { name: '装修和设备', min: 120000, max: 270000 }] } },
      contactName: '陈店长',
      contactPhone: '13800001234',
    };
    const PO = `mutation($o: ID!, $i: FranchiseOpeningInput!) { postFranchiseOpening(organizationId: $o, input: $i) { franchiseOpening { id status positions { title pay { monthlyMax } } franchise { filingNumber } } userErrors { field code } } }`;
    for (const [change, field] of [
      [{ positions: [] }, 'input.positions'],
      [{ franchise: { ...OPENING.franchise, investmentMin: 500000 } }, 'input.franchise.investmentMin'],
      [{ franchise: { ...OPENING.franchise, filingNumber: 'ABC' } }, 'input.franchise.filingNumber'],
      [{ openingDate: '2020-01-01' }, 'input.openingDate'],
      [{ description: '新店开业招修脚师，入职先交服装费两百元，包吃住，老乡带教。' }, 'input.description'],
    ] as const) {
      const bad = await s.gql(PO, { o: chain, i: { ...OPENING, ...change } }, bearer(owner));
      expect(bad.data.postFranchiseOpening.userErrors.map((e: any) => e.field)).toContain(field);
    }
    const made = (await s.gql(PO, { o: chain, i: OPENING }, bearer(owner))).data.postFranchiseOpening.franchiseOpening;
    expect(made).toMatchObject({ status: 'OPEN', positions: [{ title: '修脚师', pay: { monthlyMax: 10800 } }, { title: '前台', pay: { monthlyMax: 5500 } }], franchise: { filingNumber: '0610300211800123' } });
    const listed = await s.gql(`{ franchiseOpenings(first: 50, filter: { city: "深圳市", position: "修脚" }) { edges { node { id } } } }`);
    expect(listed.data.franchiseOpenings.edges.map((e: any) => e.node.id)).toContain(made.id);
    const CL = `mutation($id: ID!) { closeFranchiseOpening(id: $id) { franchiseOpening { status } userErrors { code } } }`;
    expect((await s.gql(CL, { id: made.id }, bearer(rival))).data.closeFranchiseOpening.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await s.gql(CL, { id: made.id }, bearer(owner))).data.closeFranchiseOpening.franchiseOpening.status).toBe('CLOSED');
    const mine = await s.gql(`query($o: ID!) { organization(id: $o) { postedOpenings { id status } } }`, { o: chain }, bearer(owner));
    expect(mine.data.organization.postedOpenings).toEqual([{ id: made.id, status: 'CLOSED' }]);
  });

  it('adding seats to a full course gives them to the waiting villagers, in order', async () => {
    const PC = `mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i) { course { id } userErrors { code } } }`;
    const input = {
      title: '电工培训班（测试加名额）', skill: 'ELECTRICIAN', description: '低压电工上岗培训，包吃住，结业考证后推荐到安康的工厂。',
      place: { province: '陕西省', city: '安康市', county: '紫阳县' }, startDate: inDays(10), endDate: inDays(30), enrollmentDeadline: inDays(5),
      hours: 120, fee: 0, subsidy: 0, coversFood: true, coversLodging: true, coversTravel: false, seats: 1, certificate: null,
      requirements: [], leadsToEmployerIds: [], contactName: '罗老师', contactPhone: '13700008888',
    };
    const course = (await s.gql(PC, { o: centre, i: input }, bearer(trainer))).data.postCourse.course;
    const ENROLL = `mutation($c: ID!) { enrollInCourse(courseId: $c, joinWaitlist: true) { enrollment { status } } }`;
    const waiting: string[] = [];
    for (let i = 0; i < 4; i++) {
      const t = await signIn(s, `electric-${i}`);
      await s.gql(ENROLL, { c: course.id }, bearer(t));
      waiting.push(t);
    }
    const UPD = `mutation($id: ID!, $i: CourseInput!) { updateCourse(id: $id, input: $i) { course { seats seatsLeft } userErrors { code } } }`;
    expect((await s.gql(UPD, { id: course.id, i: { ...input, seats: 3 } }, bearer(trainer))).data.updateCourse.course).toEqual({ seats: 3, seatsLeft: 0 });
    const statuses = [];
    for (const t of waiting) statuses.push((await s.gql(`{ myEnrollments { status waitlistPosition } }`, {}, bearer(t))).data.myEnrollments[0]);
    expect(statuses).toEqual([
      { status: 'ENROLLED', waitlistPosition: null },
      { status: 'ENROLLED', waitlistPosition: null },
      { status: 'ENROLLED', waitlistPosition: null },
      { status: 'WAITLISTED', waitlistPosition: 1 },
    ]);
    expect((await s.gql(`{ myMessages { title } }`, {}, bearer(waiting[1]))).data.myMessages[0].title).toBe('候补成功');
    // Seats cannot drop below those taken.
    expect((await s.gql(UPD, { id: course.id, i: { ...input, seats: 2 } }, bearer(trainer))).data.updateCourse.userErrors).toEqual([{ code: 'OUT_OF_RANGE' }]);
  });
});
