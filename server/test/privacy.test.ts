import { ADMIN_OPENID, bearer, codes, engines, fillProfile, signIn, startTestServer } from './harness';
import { insertCourse, insertJob, insertOpening } from './builders';

/**
 * Who may see and do what. Personal data of a villager (name, phone) is visible to herself,
 * to members of the organisation whose posting she turned to, and to admins — to nobody else,
 * by no path, and a forbidden lookup looks exactly like one of an id that does not exist.
 */
type Actor = 'anonymous' | 'villager' | 'herself' | 'otherOrg' | 'rightOrg' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'villager', 'herself', 'otherOrg', 'rightOrg', 'admin'];

describe.each(engines)('authorization matrix on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  const token: Partial<Record<Actor, string>> = {};
  const ids = { job: '', course: '', opening: '', application: '', enrollment: '', interest: '', orgA: '', orgB: '', herself: '' };
  const HER_PHONE = '13612345678';
  const HER_NAME = '陈春梅';

  const as = (actor: Actor, query: string, variables: Record<string, unknown> = {}) =>
    s.gql(query, variables, actor === 'anonymous' ? {} : bearer(token[actor]!));

  beforeAll(async () => {
    s = await startTestServer(engine);
    for (const a of ['villager', 'herself', 'otherOrg', 'rightOrg'] as const) token[a] = await signIn(s, `matrix-${a}`);
    token.admin = await signIn(s, ADMIN_OPENID);
    await fillProfile(s, token.herself!, HER_NAME, HER_PHONE);
    await as('herself', `mutation { updateProfile(input: { homeTown: "高桥镇", skills: ["修脚"] }) { userErrors { code } } }`);
    await fillProfile(s, token.villager!, '李德明', '13798765432');
    const ORG = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`;
    ids.orgA = (await as('rightOrg', ORG, { i: { name: '矩阵测试A修脚连锁', kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市' } })).data.createOrganization.organization.id;
    ids.orgB = (await as('otherOrg', ORG, { i: { name: '矩阵测试B足道', kind: 'EMPLOYER', description: '', province: '浙江省', city: '杭州市' } })).data.createOrganization.organization.id;
    ids.job = (await insertJob(s, { employerId: ids.orgA })).id;
    ids.course = (await insertCourse(s, { trainerId: ids.orgA })).id;
    ids.opening = (await insertOpening(s, ids.orgA)).id;
    ids.application = (await as('herself', `mutation($j: ID!) { applyToJob(jobId: $j, note: "请联系我") { application { id } } }`, { j: ids.job })).data.applyToJob.application.id;
    ids.enrollment = (await as('herself', `mutation($c: ID!) { enrollInCourse(courseId: $c) { enrollment { id } } }`, { c: ids.course })).data.enrollInCourse.enrollment.id;
    ids.interest = (await as('herself', `mutation($o: ID!) { expressInterest(franchiseOpeningId: $o, positionTitle: "修脚师") { interest { id } } }`, { o: ids.opening })).data.expressInterest.interest.id;
    ids.herself = (await as('herself', `{ me { id } }`)).data.me.id;
    // Another villager applies too: herself must never see him through the job.
    await as('villager', `mutation($j: ID!) { applyToJob(jobId: $j) { application { id } } }`, { j: ids.job });
  });
  afterAll(() => s?.dispose());

  const PERSON = 'id name phone homeTown skills';

  it.each(ACTORS)('application(id) as %s', async (actor) => {
    const res = await as(actor, `query($id: ID!) { application(id: $id) { id note applicant { ${PERSON} } } }`, { id: ids.application });
    expect(res.errors).toBeUndefined();
    const sees = actor === 'herself' || actor === 'rightOrg' || actor === 'admin';
    if (!sees) {
      expect(res.data.application).toBeNull();
      // Indistinguishable from an id that does not exist.
      const ghost = await as(actor, `query($id: ID!) { application(id: $id) { id } }`, { id: 'NoSuchApp123' });
      expect(ghost.raw.trim()).toBe(JSON.stringify({ data: { application: null } }));
      expect(res.raw.trim()).toBe(ghost.raw.trim());
      return;
    }
    expect(res.data.application).toMatchObject({ id: ids.application, note: '请联系我', applicant: { id: ids.herself, name: HER_NAME, phone: HER_PHONE } });
    // Home and skills are hers alone, even for those who may call her.
    expect(res.data.application.applicant.homeTown).toBe(actor === 'herself' ? '高桥镇' : null);
    expect(res.data.application.applicant.skills).toEqual(actor === 'herself' ? ['修脚'] : []);
  });

  it.each(ACTORS)('applicants, roster and interests of the postings as %s', async (actor) => {
    const res = await as(
      actor,
      `query($j: ID!, $c: ID!, $o: ID!) {
        job(id: $j) { applications { applicant { ${PERSON} } } }
        course(id: $c) { enrollments { trainee { ${PERSON} } } }
        franchiseOpening(id: $o) { interests { person { ${PERSON} } } } }`,
      { j: ids.job, c: ids.course, o: ids.opening },
    );
    expect(res.errors).toBeUndefined();
    const manages = actor === 'rightOrg' || actor === 'admin';
    if (!manages) {
      expect(res.data).toEqual({ job: { applications: null }, course: { enrollments: null }, franchiseOpening: { interests: null } });
      return;
    }
    const applicants = res.data.job.applications.map((a: any) => a.applicant);
    expect(applicants).toEqual(expect.arrayContaining([expect.objectContaining({ name: HER_NAME, phone: HER_PHONE, homeTown: null, skills: [] })]));
    expect(applicants).toHaveLength(2);
    expect(res.data.course.enrollments[0].trainee).toMatchObject({ name: HER_NAME, phone: HER_PHONE });
    expect(res.data.franchiseOpening.interests[0].person).toMatchObject({ name: HER_NAME, phone: HER_PHONE });
  });

  it.each(ACTORS)('own lists and nested paths as %s', async (actor) => {
    const res = await as(actor, `{ me { id name phone } myApplications { id job { applications { applicant { phone } } } applicant { phone } } }`);
    if (actor === 'anonymous') {
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      return;
    }
    const mine = res.data.myApplications;
    if (actor === 'herself') {
      expect(res.data.me).toEqual({ id: ids.herself, name: HER_NAME, phone: HER_PHONE });
      // Her own application shows her phone, but the job's other applicants stay hidden.
      expect(mine).toEqual([{ id: ids.application, job: { applications: null }, applicant: { phone: HER_PHONE } }]);
    } else if (actor === 'villager') {
      expect(mine).toHaveLength(1);
      expect(mine[0].job.applications).toBeNull();
      expect(JSON.stringify(res.data)).not.toContain(HER_PHONE);
    } else {
      expect(mine).toEqual([]);
    }
    // Nobody but the allowed three ever receives her phone number on any of these paths.
    if (!['herself', 'rightOrg', 'admin'].includes(actor)) expect(res.raw).not.toContain(HER_PHONE);
  });

  it.each(ACTORS)('the catalogue stays public and free of personal data as %s', async (actor) => {
    const res = await as(actor, `query($j: ID!) { job(id: $j) { id title employer { name } } jobs(first: 5) { totalCount } }`, { j: ids.job });
    expect(res.errors).toBeUndefined();
    expect(res.data.job.id).toBe(ids.job);
    expect(res.raw).not.toContain(HER_PHONE);
    expect(res.raw).not.toContain(HER_NAME);
  });

  it.each(ACTORS)('mutations on her rows and on organisations as %s', async (actor) => {
    const W = `mutation($id: ID!) { withdrawApplication(id: $id) { application { status } userErrors { code } } }`;
    const C = `mutation($id: ID!) { cancelEnrollment(id: $id) { enrollment { status } userErrors { code } } }`;
    const V = `mutation($id: ID!) { verifyOrganization(id: $id) { organization { verified } userErrors { code } } }`;
    if (actor === 'anonymous') {
      for (const [m, id] of [[W, ids.application], [C, ids.enrollment], [V, ids.orgB]] as const) expect(codes(await as(actor, m, { id }))).toEqual(['UNAUTHENTICATED']);
      return;
    }
    if (actor !== 'herself') {
      expect((await as(actor, W, { id: ids.application })).data.withdrawApplication.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
      expect((await as(actor, C, { id: ids.enrollment })).data.cancelEnrollment.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    }
    const verify = await as(actor, V, { id: ids.orgB });
    if (actor === 'admin') expect(verify.data.verifyOrganization.organization.verified).toBe(true);
    else expect(codes(verify)).toEqual(['FORBIDDEN']);
  });

  it('her own rows stay hers to change, and nothing above changed them', async () => {
    const mine = await as('herself', `{ myApplications { status } myEnrollments { status } myInterests { status } }`);
    expect(mine.data).toEqual({ myApplications: [{ status: 'SUBMITTED' }], myEnrollments: [{ status: 'ENROLLED' }], myInterests: [{ status: 'SUBMITTED' }] });
    const w = await as('herself', `mutation($id: ID!) { withdrawApplication(id: $id) { application { status } } }`, { id: ids.application });
    expect(w.data.withdrawApplication.application.status).toBe('WITHDRAWN');
  });

  it.each(ACTORS)('villager actions need sign-in, and only sign-in, as %s', async (actor) => {
    const res = await as(actor, `mutation($j: ID!) { favorite(kind: JOB, id: $j) { saved } }`, { j: ids.job });
    if (actor === 'anonymous') expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    else expect(res.data.favorite.saved).toBe(true);
  });
});
