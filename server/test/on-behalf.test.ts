import { ADMIN_OPENID, bearer, codes, engines, fillProfile, signIn, startTestServer } from './harness';
import { insertCourse, insertJob, insertOpening } from './builders';

/**
 * Applying for a relative (代报名): a helper applies, enrolls or shows interest for her
 * father-in-law by his mobile number; the employer sees who helped; nobody else sees him;
 * once he signs in and proves the number with WeChat, the records are his and no longer the
 * helper's. Village cadres see the villagers of their village they helped; the bureau sees
 * whom to call.
 */
describe.each(engines)('applying on behalf of a relative on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  const t = { helper: '', otherHelper: '', employer: '', stranger: '', admin: '', cadre: '' };
  const ids = { org: '', job: '', job2: '', course: '', opening: '', application: '', cadreUser: '' };
  const HELPER = { name: '张丽', phone: '13911110001' };
  const FATHER = { name: '张大山', phone: '13922220002', homeTown: '高桥镇', homeVillage: '铁佛村', relation: 'CHILD' };
  const as = (token: string, query: string, variables: Record<string, unknown> = {}) => s.gql(query, variables, token ? bearer(token) : {});

  const APPLY = `mutation($j: ID!, $o: OnBehalfInput, $c: [ID!]) { applyToJob(jobId: $j, onBehalf: $o, certificateIds: $c) {
    application { id status applicant { id name phone } helper { name phone relation } }
    userErrors { field code message } } }`;
  const MINE = `{ myApplications { id status applicant { name phone } helper { name phone relation } } }`;

  beforeAll(async () => {
    s = await startTestServer(engine);
    t.helper = await signIn(s, 'behalf-helper');
    t.otherHelper = await signIn(s, 'behalf-other-helper');
    t.employer = await signIn(s, 'behalf-employer');
    t.stranger = await signIn(s, 'behalf-stranger');
    t.cadre = await signIn(s, 'behalf-cadre');
    t.admin = await signIn(s, ADMIN_OPENID);
    await fillProfile(s, t.helper, HELPER.name, HELPER.phone);
    await fillProfile(s, t.otherHelper, '李华', '13933330003');
    await fillProfile(s, t.stranger, '王五', '13944440004');
    await fillProfile(s, t.cadre, '刘书记', '13955550005');
    const org = await as(t.employer, `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`, {
      i: { name: '代报名测试修脚连锁', kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市' },
    });
    ids.org = org.data.createOrganization.organization.id;
    ids.job = (await insertJob(s, { employerId: ids.org })).id;
    ids.job2 = (await insertJob(s, { employerId: ids.org, title: '测试岗位 修脚师' })).id;
    ids.course = (await insertCourse(s, { trainerId: (await s.db.knex('organizations').where('kind', 'TRAINING_INSTITUTION').first('id')).id })).id;
    ids.opening = (await insertOpening(s, ids.org)).id;
    ids.cadreUser = (await as(t.cadre, `{ me { id } }`)).data.me.id;
  });
  afterAll(() => s?.dispose());

  it('refuses bad input with a plain message and creates nothing', async () => {
    const people = async () => Number((await s.db.knex('users').count({ n: '*' }))[0].n);
    const before = await people();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...FATHER, name: '   ' }, 'onBehalf.name', 'REQUIRED'],
      [{ ...FATHER, phone: '1392222000' }, 'onBehalf.phone', 'INVALID_PHONE'],
      [{ ...FATHER, phone: '23922220002' }, 'onBehalf.phone', 'INVALID_PHONE'],
      [{ ...FATHER, phone: '' }, 'onBehalf.phone', 'REQUIRED'],
      [{ ...FATHER, name: '张'.repeat(21) }, 'onBehalf.name', 'TOO_LONG'],
      [{ ...FATHER, homeVillage: '村'.repeat(21) }, 'onBehalf.homeVillage', 'TOO_LONG'],
      [{ ...FATHER, homeTown: '' }, 'onBehalf.homeTown', 'REQUIRED'],
      [{ ...FATHER, name: '张\u0007大山' }, 'onBehalf.name', 'INVALID'],
      [{ ...FATHER, birthYear: 1800 }, 'onBehalf.birthYear', 'INVALID'],
      [{ ...FATHER, phone: '139 1111 0001' }, 'onBehalf.phone', 'SELF'],
      [{ ...FATHER, relation: 'VILLAGE_CADRE' }, 'onBehalf.relation', 'NOT_CADRE'],
    ];
    for (const [o, field, code] of cases) {
      const res = await as(t.helper, APPLY, { j: ids.job, o });
      expect(res.errors).toBeUndefined();
      expect(res.data.applyToJob.application).toBeNull();
      expect(res.data.applyToJob.userErrors).toEqual([expect.objectContaining({ field, code })]);
      expect(res.data.applyToJob.userErrors[0].message).toMatch(/\p{Script=Han}/u);
      expect(res.data.applyToJob.userErrors[0].message).not.toMatch(/您/);
    }
    // An unknown relation is not a value of the enum: the request itself is refused.
    const unknown = await as(t.helper, APPLY, { j: ids.job, o: { ...FATHER, relation: 'NEIGHBOUR' } });
    expect(codes(unknown)).toContain('BAD_USER_INPUT');
    // Missing fields likewise.
    const missing = await as(t.helper, APPLY, { j: ids.job, o: { phone: FATHER.phone, homeTown: '高桥镇', homeVillage: '铁佛村', relation: 'CHILD' } });
    expect(codes(missing)).toContain('BAD_USER_INPUT');
    // Certificates are the helper's own: they cannot go with someone else's application.
    const cert = await as(t.helper, APPLY, { j: ids.job, o: FATHER, c: ['SomeCert123'] });
    expect(cert.data.applyToJob.userErrors).toEqual([expect.objectContaining({ field: 'certificateIds', code: 'INVALID' })]);
    // Signed out: no helping.
    expect(codes(await as('', APPLY, { j: ids.job, o: FATHER }))).toContain('UNAUTHENTICATED');
    expect(await people()).toBe(before);
    expect((await as(t.helper, MINE)).data.myApplications).toEqual([]);
  });

  it('a helper without a phone of her own is asked for it first', async () => {
    const bare = await signIn(s, 'behalf-no-phone');
    const res = await as(bare, APPLY, { j: ids.job, o: FATHER });
    expect(res.data.applyToJob.userErrors).toEqual([expect.objectContaining({ code: 'PHONE_REQUIRED' })]);
  });

  it('the helper applies for her father-in-law and sees it marked with his name', async () => {
    const res = await as(t.helper, APPLY, { j: ids.job, o: { ...FATHER, phone: '139-2222-0002', birthYear: 1962 } });
    expect(res.data.applyToJob.userErrors).toEqual([]);
    const a = res.data.applyToJob.application;
    ids.application = a.id;
    expect(a).toMatchObject({ status: 'SUBMITTED', applicant: { name: FATHER.name, phone: FATHER.phone }, helper: { name: HELPER.name, phone: HELPER.phone, relation: 'CHILD' } });
    // Applying again for him returns the same application (one per person per job).
    const again = await as(t.helper, APPLY, { j: ids.job, o: FATHER });
    expect(again.data.applyToJob.application.id).toBe(a.id);
    const mine = (await as(t.helper, MINE)).data.myApplications;
    expect(mine).toEqual([expect.objectContaining({ id: a.id, applicant: { name: FATHER.name, phone: FATHER.phone }, helper: expect.objectContaining({ relation: 'CHILD' }) })]);
    const helped = (await as(t.helper, `{ myHelpedPeople { name phone homeVillage relation recordCount claimed latest { kind status title } } }`)).data.myHelpedPeople;
    expect(helped).toEqual([{ name: FATHER.name, phone: FATHER.phone, homeVillage: '铁佛村', relation: 'CHILD', recordCount: 1, claimed: false, latest: { kind: 'APPLICATION', status: 'SUBMITTED', title: '测试岗位 足疗技师' } }]);
    // The helper's own duplicate rule is untouched: she can still apply for herself.
    const own = await as(t.helper, APPLY, { j: ids.job });
    expect(own.data.applyToJob.userErrors).toEqual([]);
    expect(own.data.applyToJob.application.id).not.toBe(a.id);
    expect(own.data.applyToJob.application.helper).toBeNull();
  });

  it('enrolls and shows interest for him too', async () => {
    const e = await as(t.helper, `mutation($c: ID!, $o: OnBehalfInput) { enrollInCourse(courseId: $c, onBehalf: $o) { enrollment { id status trainee { name } helper { name relation } } userErrors { code } } }`, { c: ids.course, o: FATHER });
    expect(e.data.enrollInCourse).toMatchObject({ userErrors: [], enrollment: { status: 'ENROLLED', trainee: { name: FATHER.name }, helper: { name: HELPER.name, relation: 'CHILD' } } });
    const i = await as(t.helper, `mutation($f: ID!, $o: OnBehalfInput) { expressInterest(franchiseOpeningId: $f, positionTitle: "修脚师", onBehalf: $o) { interest { id status person { name } helper { name } } userErrors { code } } }`, { f: ids.opening, o: FATHER });
    expect(i.data.expressInterest).toMatchObject({ userErrors: [], interest: { status: 'SUBMITTED', person: { name: FATHER.name }, helper: { name: HELPER.name } } });
    const mine = (await as(t.helper, `{ myEnrollments { trainee { name } helper { relation } } myInterests { person { name } helper { relation } } }`)).data;
    expect(mine.myEnrollments).toEqual([{ trainee: { name: FATHER.name }, helper: { relation: 'CHILD' } }]);
    expect(mine.myInterests).toEqual([{ person: { name: FATHER.name }, helper: { relation: 'CHILD' } }]);
  });

  it('the employer sees who applied for whom, with both phones', async () => {
    const res = await as(t.employer, `query($j: ID!) { job(id: $j) { applications { id applicant { name phone } helper { name phone relation } } } }`, { j: ids.job });
    const row = res.data.job.applications.find((a: any) => a.id === ids.application);
    expect(row).toEqual({ id: ids.application, applicant: { name: FATHER.name, phone: FATHER.phone }, helper: { name: HELPER.name, phone: HELPER.phone, relation: 'CHILD' } });
    const admin = await as(t.admin, `query($id: ID!) { application(id: $id) { helper { name phone } applicant { phone } } }`, { id: ids.application });
    expect(admin.data.application).toEqual({ helper: { name: HELPER.name, phone: HELPER.phone }, applicant: { phone: FATHER.phone } });
  });

  it('a stranger and another helper see nothing of him', async () => {
    for (const token of [t.stranger, t.otherHelper, '']) {
      const res = await as(token, `query($id: ID!) { application(id: $id) { id helper { name } applicant { name phone } } }`, { id: ids.application });
      expect(res.data.application).toBeNull();
      const w = await as(token, `mutation($id: ID!) { withdrawApplication(id: $id) { application { id } userErrors { code } } }`, { id: ids.application });
      if (token) expect(w.data.withdrawApplication.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
      else expect(codes(w)).toContain('UNAUTHENTICATED');
    }
    // The other helper applies for her own mother: each sees only her own relative.
    const mother = { name: '李秀兰', phone: '13966660006', homeTown: '回访测试镇', homeVillage: '小河村', relation: 'CHILD' };
    const hers = await as(t.otherHelper, APPLY, { j: ids.job, o: mother });
    expect(hers.data.applyToJob.userErrors).toEqual([]);
    expect((await as(t.otherHelper, MINE)).data.myApplications.map((a: any) => a.applicant.name)).toEqual([mother.name]);
    expect((await as(t.otherHelper, `{ myHelpedPeople { name } }`)).data.myHelpedPeople).toEqual([{ name: mother.name }]);
    expect((await as(t.helper, `{ myHelpedPeople { name } }`)).data.myHelpedPeople).toEqual([{ name: FATHER.name }]);
    // Nobody but a helper who made a record sees that a person exists through it; the
    // duplicate rule counts him, so another helper cannot file a second application for him.
    const dup = await as(t.otherHelper, APPLY, { j: ids.job, o: FATHER });
    expect(dup.data.applyToJob).toEqual({ application: null, userErrors: [expect.objectContaining({ code: 'ALREADY_APPLIED', field: 'onBehalf.phone' })] });
    expect((await as(t.stranger, MINE)).data.myApplications).toEqual([]);
    expect((await as(t.stranger, `{ myHelpedPeople { name } }`)).data.myHelpedPeople).toEqual([]);
    // Typing his number into one's own profile proves nothing and claims nothing.
    const typist = await signIn(s, 'behalf-typist');
    await fillProfile(s, typist, '冒名', FATHER.phone);
    expect((await as(typist, MINE)).data.myApplications).toEqual([]);
    expect((await as(typist, `query($id: ID!) { application(id: $id) { id } }`, { id: ids.application })).data.application).toBeNull();
  });

  it('two helpers applying for the same new relative at once make one person and one application', async () => {
    const aunt = { name: '孙阿姨', phone: '13912120012', homeTown: '高桥镇', homeVillage: '铁佛村', relation: 'RELATIVE' };
    const [a, b] = await Promise.all([as(t.helper, APPLY, { j: ids.job2, o: aunt }), as(t.otherHelper, APPLY, { j: ids.job2, o: aunt })]);
    const answers = [a.data.applyToJob, b.data.applyToJob];
    expect(answers.filter((x) => x.application).length).toBe(1);
    expect(answers.filter((x) => !x.application).map((x) => x.userErrors[0].code)).toEqual(['ALREADY_APPLIED']);
    expect(Number((await s.db.knex('users').where('proxy_phone', aunt.phone).count({ n: '*' }))[0].n)).toBe(1);
    const person = await s.db.knex('users').where('proxy_phone', aunt.phone).first('id');
    expect(Number((await s.db.knex('applications').where({ user_id: person.id, job_id: ids.job2 }).count({ n: '*' }))[0].n)).toBe(1);
  });

  it('a birth year on the profile is checked like the rest of it', async () => {
    for (const birthYear of [1800, 3000]) {
      const res = await as(t.stranger, `mutation($y: Int) { updateProfile(input: { birthYear: $y }) { user { birthYear } userErrors { field code } } }`, { y: birthYear });
      expect(res.data.updateProfile).toEqual({ user: null, userErrors: [{ field: 'input.birthYear', code: 'INVALID' }] });
    }
    const ok = await as(t.stranger, `mutation { updateProfile(input: { birthYear: 1968 }) { user { birthYear } userErrors { code } } }`);
    expect(ok.data.updateProfile).toEqual({ user: { birthYear: 1968 }, userErrors: [] });
    // Nobody else reads it through an application.
    const other = await as(t.employer, `query($id: ID!) { application(id: $id) { applicant { birthYear } } }`, { id: ids.application });
    expect(other.data.application.applicant.birthYear).toBeNull();
  });

  it('the helper may withdraw it and apply again while he has not signed in', async () => {
    const w = await as(t.helper, `mutation($id: ID!) { withdrawApplication(id: $id) { application { status } userErrors { code } } }`, { id: ids.application });
    expect(w.data.withdrawApplication).toEqual({ application: { status: 'WITHDRAWN' }, userErrors: [] });
    const again = await as(t.helper, APPLY, { j: ids.job, o: FATHER });
    expect(again.data.applyToJob.application).toMatchObject({ id: ids.application, status: 'SUBMITTED' });
  });

  it('once he signs in with the bound number the records are his, and the helper no longer sees or withdraws them', async () => {
    const father = await signIn(s, 'behalf-father');
    const bind = await as(father, `mutation { bindWechatPhone(code: "phone-${FATHER.phone}") { user { phone name homeTown birthYear } userErrors { code } } }`);
    // What the helper typed fills what his new profile lacked.
    expect(bind.data.bindWechatPhone).toEqual({ user: { phone: FATHER.phone, name: FATHER.name, homeTown: '高桥镇', birthYear: 1962 }, userErrors: [] });
    const his = (await as(father, `{ myApplications { id status helper { name } } myEnrollments { status } myInterests { status } }`)).data;
    expect(his.myApplications).toEqual([{ id: ids.application, status: 'SUBMITTED', helper: null }]);
    expect(his.myEnrollments).toEqual([{ status: 'ENROLLED' }]);
    expect(his.myInterests).toEqual([{ status: 'SUBMITTED' }]);
    // Gone from the helper: nothing of his is left in her lists.
    const mine = (await as(t.helper, MINE)).data.myApplications;
    expect(mine.filter((a: any) => a.applicant.name === FATHER.name)).toEqual([]);
    expect(mine.filter((a: any) => a.helper === null)).toHaveLength(1); // her own
    const left = (await as(t.helper, `{ myHelpedPeople { name } myEnrollments { id } myInterests { id } }`)).data;
    expect(left.myHelpedPeople.map((p: any) => p.name)).not.toContain(FATHER.name);
    expect({ myEnrollments: left.myEnrollments, myInterests: left.myInterests }).toEqual({ myEnrollments: [], myInterests: [] });
    expect((await as(t.helper, `query($id: ID!) { application(id: $id) { id } }`, { id: ids.application })).data.application).toBeNull();
    const w = await as(t.helper, `mutation($id: ID!) { withdrawApplication(id: $id) { userErrors { code } } }`, { id: ids.application });
    expect(w.data.withdrawApplication.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    // The employer still sees who helped him.
    const emp = await as(t.employer, `query($id: ID!) { application(id: $id) { applicant { name phone } helper { name phone } } }`, { id: ids.application });
    expect(emp.data.application).toEqual({ applicant: { name: FATHER.name, phone: FATHER.phone }, helper: { name: HELPER.name, phone: HELPER.phone } });
    // He withdraws it himself now.
    const mineNow = await as(father, `mutation($id: ID!) { withdrawApplication(id: $id) { application { status } userErrors { code } } }`, { id: ids.application });
    expect(mineNow.data.withdrawApplication).toEqual({ application: { status: 'WITHDRAWN' }, userErrors: [] });
    // A helper applying for his proved number now files it straight on his account.
    const next = await as(t.helper, APPLY, { j: ids.job2, o: FATHER });
    expect(next.data.applyToJob.userErrors).toEqual([]);
    expect(next.data.applyToJob.application.applicant).toMatchObject({ name: null, phone: null });
    expect((await as(father, `{ myApplications { job { id } } }`)).data.myApplications.map((a: any) => a.job.id)).toContain(ids.job2);
  });

  it('village cadres are granted and revoked by the bureau, with an audit entry', async () => {
    const GRANT = `mutation($u: ID, $p: String, $t: String!, $v: String!) { grantVillageCadre(userId: $u, phone: $p, town: $t, village: $v) { cadre { town village user { id name } } userErrors { field code } } }`;
    expect(codes(await as(t.cadre, GRANT, { p: '13955550005', t: '高桥镇', v: '铁佛村' }))).toContain('FORBIDDEN');
    expect((await as(t.admin, GRANT, { t: '高桥镇', v: '铁佛村' })).data.grantVillageCadre.userErrors[0].code).toBe('INVALID');
    expect((await as(t.admin, GRANT, { p: '13955550009', t: '高桥镇', v: '铁佛村' })).data.grantVillageCadre.userErrors[0].code).toBe('NOT_FOUND');
    expect((await as(t.admin, GRANT, { p: '13955550005', t: '', v: '铁佛村' })).data.grantVillageCadre.userErrors[0]).toEqual({ field: 'town', code: 'REQUIRED' });
    const granted = await as(t.admin, GRANT, { p: '13955550005', t: '高桥镇', v: '铁佛村' });
    expect(granted.data.grantVillageCadre).toEqual({ cadre: { town: '高桥镇', village: '铁佛村', user: { id: ids.cadreUser, name: '刘书记' } }, userErrors: [] });
    expect((await as(t.cadre, `{ me { villageCadre { town village } } }`)).data.me.villageCadre).toEqual({ town: '高桥镇', village: '铁佛村' });
    const log = await as(t.admin, `query($id: ID!) { auditLog(subjectId: $id) { action after } }`, { id: ids.cadreUser });
    expect(log.data.auditLog).toEqual([expect.objectContaining({ action: 'VILLAGE_CADRE_GRANTED' })]);
  });

  it('a cadre sees the villagers of her village she helped, with the latest status', async () => {
    expect(codes(await as(t.helper, `{ myVillagers { name } }`))).toContain('FORBIDDEN');
    const own = { name: '陈老汉', phone: '13977770007', homeTown: '高桥镇', homeVillage: '铁佛村', relation: 'VILLAGE_CADRE' };
    const other = { name: '周大姐', phone: '13988880008', homeTown: '高桥镇', homeVillage: '别的村', relation: 'VILLAGE_CADRE' };
    for (const o of [own, other]) expect((await as(t.cadre, APPLY, { j: ids.job, o })).data.applyToJob.userErrors).toEqual([]);
    const app = (await as(t.cadre, MINE)).data.myApplications.find((a: any) => a.applicant.name === own.name);
    await as(t.employer, `mutation($id: ID!) { setApplicationStatus(id: $id, status: INTERVIEW, message: "明天上午十点到店面试") { userErrors { code } } }`, { id: app.id });
    const list = (await as(t.cadre, `{ myVillagers { name phone homeVillage claimed latest { kind status } } }`)).data.myVillagers;
    expect(list).toEqual([{ name: own.name, phone: own.phone, homeVillage: '铁佛村', claimed: false, latest: { kind: 'APPLICATION', status: 'INTERVIEW' } }]);
    // Another helper's villagers never show, even of the same village.
    expect(list.map((p: any) => p.name)).not.toContain(FATHER.name);
    const revoke = await as(t.admin, `mutation($u: ID!) { revokeVillageCadre(userId: $u) { cadre { town } userErrors { code } } }`, { u: ids.cadreUser });
    expect(revoke.data.revokeVillageCadre).toEqual({ cadre: null, userErrors: [] });
    expect(codes(await as(t.cadre, `{ myVillagers { name } }`))).toContain('FORBIDDEN');
    const log = await as(t.admin, `query($id: ID!) { auditLog(subjectId: $id) { action } }`, { id: ids.cadreUser });
    expect(log.data.auditLog.map((e: any) => e.action).sort()).toEqual(['VILLAGE_CADRE_GRANTED', 'VILLAGE_CADRE_REVOKED']);
  });

  it('the bureau sees, by town, villagers over 50 or waiting over 30 days without a hire', async () => {
    const LIST = `query($t: String!, $f: Int, $a: String) { callList(town: $t, first: $f, after: $a) { edges { cursor node { name phone age reasons homeVillage helpedOnly latest { kind status } } } pageInfo { hasNextPage endCursor } } }`;
    expect(codes(await as(t.helper, LIST, { t: '回访测试镇' }))).toContain('FORBIDDEN');
    expect(codes(await as(t.admin, LIST, { t: '回访测试镇', f: 51 }))).toContain('BAD_USER_INPUT');
    expect(codes(await as(t.admin, LIST, { t: '回访测试镇', a: 'not-a-cursor!' }))).toContain('BAD_USER_INPUT');
    // In 回访测试镇: 李秀兰, applied for today (not yet waiting, age unknown), then made older and
    // long waiting; 王五 hired long ago is never listed.
    const mother = await s.db.knex('users').where('phone', '13966660006').first('id');
    expect((await as(t.admin, LIST, { t: '回访测试镇' })).data.callList.edges).toEqual([]);
    await s.db.knex('applications').where('user_id', mother.id).update({ created_at: s.db.dateParam(new Date(Date.now() - 40 * 86_400_000)) });
    const stranger = (await as(t.stranger, `{ me { id } }`)).data.me.id;
    await as(t.stranger, `mutation { updateProfile(input: { homeTown: "回访测试镇", birthYear: 1955 }) { userErrors { code } } }`);
    const oldie = { name: '赵奶奶', phone: '13999990009', homeTown: '回访测试镇', homeVillage: '小河村', relation: 'RELATIVE', birthYear: 1950 };
    expect((await as(t.otherHelper, APPLY, { j: ids.job2, o: oldie })).data.applyToJob.userErrors).toEqual([]);
    const first = await as(t.admin, LIST, { t: '回访测试镇', f: 2 });
    const second = await as(t.admin, LIST, { t: '回访测试镇', f: 2, a: first.data.callList.pageInfo.endCursor });
    const all = [...first.data.callList.edges, ...second.data.callList.edges].map((e: any) => e.node);
    expect(first.data.callList.pageInfo.hasNextPage).toBe(true);
    expect(second.data.callList.pageInfo.hasNextPage).toBe(false);
    expect(all).toHaveLength(3);
    expect(all.find((n: any) => n.name === '李秀兰')).toMatchObject({ reasons: ['WAITING_30_DAYS'], age: null, helpedOnly: true, latest: { kind: 'APPLICATION', status: 'SUBMITTED' } });
    expect(all.find((n: any) => n.name === '赵奶奶')).toMatchObject({ reasons: ['OVER_50'], phone: oldie.phone, helpedOnly: true });
    expect(all.find((n: any) => n.name === '王五')).toMatchObject({ reasons: ['OVER_50'], helpedOnly: false });
    // A hire takes a long-waiting villager off the list; her age would keep her on it.
    const hersApp = await s.db.knex('applications').where('user_id', mother.id).first('id');
    await as(t.employer, `mutation($id: ID!) { setApplicationStatus(id: $id, status: HIRED) { userErrors { code } } }`, { id: hersApp.id });
    const after = (await as(t.admin, LIST, { t: '回访测试镇' })).data.callList.edges.map((e: any) => e.node.name).sort();
    expect(after).toEqual(['王五', '赵奶奶'].sort());
    expect(stranger).toBeTruthy();
  });
});
