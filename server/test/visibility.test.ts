import { ADMIN_OPENID, bearer, codes, engines, fillProfile, signIn, startTestServer, type GqlResponse } from './harness';
import { SHENZHEN_JOB } from './builders';
import { whileProbingHealth } from './health-probe';

/**
 * One visibility rule per kind of posting, on every path that hands one out. A draft, a job
 * held for review, a posting the bureau took down: for everyone but the organisation's members
 * and admins they do not exist — not in the detail, not through a favourite, a report, an
 * application or a message — and asking about one answers exactly as asking about an id that
 * names nothing. A villager keeps her own application, enrolment or interest and its status
 * whatever became of the posting; a posting she may no longer see comes to her as a stub with
 * its title and status, and nothing else. Closed and cancelled postings stay public.
 */
type Actor = 'anonymous' | 'villager' | 'herself' | 'otherOrg' | 'rightOrg' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'villager', 'herself', 'otherOrg', 'rightOrg', 'admin'];
const MANAGERS = new Set<Actor>(['rightOrg', 'admin']);
type Kind = 'JOB' | 'COURSE' | 'FRANCHISE_OPENING';
const DETAIL: Record<Kind, string> = { JOB: 'job', COURSE: 'course', FRANCHISE_OPENING: 'franchiseOpening' };

/** Well-formed ids that name nothing: what a posting the viewer may not see must look like. */
const GHOST = 'NoSuchPost12';

const today = () => new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + 8 * 3600000 + n * 86400000).toISOString().slice(0, 10);

interface Posting {
  label: string;
  kind: Kind;
  id: string;
  title: string;
  /** Its contact phone and a word from its description: neither may reach anyone who may not see it. */
  phone: string;
  secret: string;
  hidden: boolean;
}

const ORG = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`;
const TAKE = `mutation($k: PostingKind!, $id: ID!) { takeDownPosting(kind: $k, id: $id, reason: "向求职者收取押金") { done userErrors { code } } }`;
const FAV = `mutation($k: FavoriteKind!, $id: ID!) { favorite(kind: $k, id: $id) { saved userErrors { field message code } } }`;
const UNFAV = `mutation($k: FavoriteKind!, $id: ID!) { unfavorite(kind: $k, id: $id) { saved userErrors { field message code } } }`;
const REPORT = `mutation($k: PostingKind!, $id: ID!) { reportPosting(kind: $k, id: $id, reason: "电话里让先交押金五百元") { report { id status postingTitle } userErrors { field message code } } }`;

describe.each(engines)('one visibility rule per posting kind on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  const token: Partial<Record<Actor, string>> = {};
  const HER_NAME = '王桂兰';
  const HER_PHONE = '13612340001';
  let orgA = '';
  let orgT = '';
  const p: Record<string, Posting> = {};
  const mine = { jobDown: '', jobHeld: '', jobClosed: '' };

  const as = (actor: Actor, query: string, variables: Record<string, unknown> = {}) =>
    s.gql(query, variables, actor === 'anonymous' ? {} : bearer(token[actor]!));
  const ok = <T>(res: GqlResponse<T>): T => {
    if (res.errors) throw new Error(res.raw);
    return res.data;
  };

  const hidden = () => Object.values(p).filter((x) => x.hidden);
  const shown = () => Object.values(p).filter((x) => !x.hidden);
  /** Nothing of a hidden posting (title aside, where the rule allows it) is in this response. */
  const expectNoContentOf = (res: GqlResponse<unknown>, postings: Posting[], opts: { titles: boolean }) => {
    for (const x of postings) {
      expect(res.raw).not.toContain(x.phone);
      expect(res.raw).not.toContain(x.secret);
      if (opts.titles) expect(res.raw).not.toContain(x.title);
    }
  };

  async function postJob(n: number, publish: boolean, label: string): Promise<Posting> {
    const phone = `1370000${String(n).padStart(4, '0')}`;
    const secret = `暗号岗${n}号`;
    const title = `可见性测试岗位${n}`;
    const input = { ...SHENZHEN_JOB, title, contactPhone: phone, description: `${secret}。${SHENZHEN_JOB.description}` };
    const res = ok(await as('rightOrg', `mutation($o: ID!, $i: JobInput!, $p: Boolean) { postJob(organizationId: $o, input: $i, publish: $p) { job { id } userErrors { code } } }`, { o: orgA, i: input, p: publish }));
    return { label, kind: 'JOB', id: res.postJob.job.id, title, phone, secret, hidden: false };
  }

  function courseInput(n: number, over: Record<string, unknown> = {}) {
    return {
      title: `可见性测试课程${n}`,
      skill: 'PEDICURE',
      description: `暗号课${n}号。三包两免一补：包吃包住包推荐就业，学费全免，结业后推荐到合作修脚店上岗。`,
      place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' },
      startDate: inDays(20),
      endDate: inDays(40),
      enrollmentDeadline: inDays(15),
      hours: 120,
      fee: 0,
      subsidy: 500,
      coversFood: true,
      coversLodging: true,
      coversTravel: false,
      seats: 20,
      certificate: '专项职业能力证书（修脚）',
      requirements: ['18到55岁'],
      leadsToEmployerIds: [orgA],
      contactName: '李老师',
      contactPhone: `1380000${String(n).padStart(4, '0')}`,
      ...over,
    };
  }

  async function postCourse(n: number, label: string, over: Record<string, unknown> = {}): Promise<Posting> {
    const input = courseInput(n, over);
    const res = ok(await as('rightOrg', `mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i) { course { id } userErrors { code } } }`, { o: orgT, i: input }));
    return { label, kind: 'COURSE', id: res.postCourse.course.id, title: input.title, phone: input.contactPhone, secret: `暗号课${n}号`, hidden: false };
  }

  async function postOpening(n: number, label: string): Promise<Posting> {
    const phone = `1350000${String(n).padStart(4, '0')}`;
    const secret = `暗号店${n}号`;
    const title = `可见性测试新店${n}`;
    const input = {
      title,
      description: `${secret}。深圳南山新店开业，招修脚师，包吃包住，月休四天，师傅带教。`,
      place: { province: '广东省', city: '深圳市', county: '南山区' },
      openingDate: null,
      positions: [{ title: '修脚师', headcount: 2, pay: { min: 7000, max: 10000, unit: 'MONTH', settlement: 'MONTHLY' } }],
      franchise: null,
      contactName: '陈店长',
      contactPhone: phone,
    };
    const res = ok(await as('rightOrg', `mutation($o: ID!, $i: FranchiseOpeningInput!) { postFranchiseOpening(organizationId: $o, input: $i) { franchiseOpening { id } userErrors { code } } }`, { o: orgA, i: input }));
    return { label, kind: 'FRANCHISE_OPENING', id: res.postFranchiseOpening.franchiseOpening.id, title, phone, secret, hidden: false };
  }

  const apply = async (job: Posting) => ok(await as('herself', `mutation($j: ID!) { applyToJob(jobId: $j, note: "我会修脚") { application { id } } }`, { j: job.id })).applyToJob.application.id as string;
  const enroll = async (course: Posting) => ok(await as('herself', `mutation($c: ID!) { enrollInCourse(courseId: $c) { enrollment { id } } }`, { c: course.id }));
  const interest = async (o: Posting) => ok(await as('herself', `mutation($o: ID!) { expressInterest(franchiseOpeningId: $o, positionTitle: "修脚师") { interest { id } } }`, { o: o.id }));
  const save = async (x: Posting) => expect(ok(await as('herself', FAV, { k: x.kind, id: x.id })).favorite.saved).toBe(true);
  const takeDown = async (x: Posting) => {
    expect(ok(await as('admin', TAKE, { k: x.kind, id: x.id })).takeDownPosting).toEqual({ done: true, userErrors: [] });
    x.hidden = true;
  };

  beforeAll(async () => {
    s = await startTestServer(engine);
    for (const a of ['villager', 'herself', 'otherOrg', 'rightOrg'] as const) token[a] = await signIn(s, `visibility-${a}`);
    token.admin = await signIn(s, ADMIN_OPENID);
    await fillProfile(s, token.herself!, HER_NAME, HER_PHONE);
    await fillProfile(s, token.villager!, '赵德顺', '13612340002');
    orgA = ok(await as('rightOrg', ORG, { i: { name: '可见性测试修脚连锁', kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市' } })).createOrganization.organization.id;
    orgT = ok(await as('rightOrg', ORG, { i: { name: '可见性测试职业培训学校', kind: 'TRAINING_INSTITUTION', description: '', province: '陕西省', city: '安康市' } })).createOrganization.organization.id;
    ok(await as('otherOrg', ORG, { i: { name: '可见性测试别家足道', kind: 'EMPLOYER', description: '', province: '浙江省', city: '杭州市' } }));

    // Jobs: a draft; one she applied to and saved, then moved along and taken down; one she
    // applied to that went back to the bureau for review; one she applied to that closed.
    p.jobDraft = await postJob(1, false, 'a draft job');
    p.jobDraft.hidden = true;
    p.jobDown = await postJob(2, true, 'a job taken down');
    mine.jobDown = await apply(p.jobDown);
    await save(p.jobDown);
    ok(await as('rightOrg', `mutation($id: ID!) { setApplicationStatus(id: $id, status: VIEWED) { userErrors { code } } }`, { id: mine.jobDown }));
    await takeDown(p.jobDown);
    p.jobHeld = await postJob(3, true, 'a job held for review');
    mine.jobHeld = await apply(p.jobHeld);
    const held = await as('rightOrg', `mutation($id: ID!, $i: JobInput!) { updateJob(id: $id, input: $i) { job { status } } }`, {
      id: p.jobHeld.id,
      i: { ...SHENZHEN_JOB, title: p.jobHeld.title, contactPhone: p.jobHeld.phone, description: `${p.jobHeld.secret}。${SHENZHEN_JOB.description}具体费用电话咨询。` },
    });
    expect(ok(held).updateJob.job.status).toBe('UNDER_REVIEW');
    p.jobHeld.hidden = true;
    p.jobClosed = await postJob(4, true, 'a closed job');
    mine.jobClosed = await apply(p.jobClosed);
    await save(p.jobClosed);
    ok(await as('rightOrg', `mutation($id: ID!) { closeJob(id: $id) { job { status } } }`, { id: p.jobClosed.id }));

    // Courses have no drafts: one taken down, one its trainer cancelled, one past its deadline.
    p.courseDown = await postCourse(1, 'a course taken down');
    await enroll(p.courseDown);
    await save(p.courseDown);
    await takeDown(p.courseDown);
    p.courseCancelled = await postCourse(2, 'a course its trainer cancelled');
    await enroll(p.courseCancelled);
    await save(p.courseCancelled);
    ok(await as('rightOrg', `mutation($id: ID!) { cancelCourse(id: $id, reason: "老师生病，改期另行通知") { course { status } } }`, { id: p.courseCancelled.id }));
    p.courseClosed = await postCourse(3, 'a course past its deadline', { startDate: today(), enrollmentDeadline: today() });
    await enroll(p.courseClosed);
    // A week on: the course began, enrolment closed.
    await s.db.knex('courses').where('id', p.courseClosed.id).update({ start_date: inDays(-7), enrollment_deadline: inDays(-7) });

    // Shop openings: a draft (no mutation makes one yet, but the status exists), one taken
    // down after she showed interest and saved it, one the brand closed.
    p.openingDraft = await postOpening(1, 'a draft opening');
    await s.db.knex('franchise_openings').where('id', p.openingDraft.id).update({ status: 'DRAFT' });
    p.openingDraft.hidden = true;
    p.openingDown = await postOpening(2, 'an opening taken down');
    await interest(p.openingDown);
    await save(p.openingDown);
    await takeDown(p.openingDown);
    p.openingClosed = await postOpening(3, 'a closed opening');
    await interest(p.openingClosed);
    await save(p.openingClosed);
    ok(await as('rightOrg', `mutation($id: ID!) { closeFranchiseOpening(id: $id) { franchiseOpening { status } } }`, { id: p.openingClosed.id }));

    // Favourites the attacker saved before saving was checked: they must lead nowhere.
    const userId = ok(await as('villager', `{ me { id } }`)).me.id;
    const at = s.db.dateParam(new Date());
    await s.db.knex('favorites').insert(hidden().map((x) => ({ user_id: userId, kind: x.kind, target_id: x.id, created_at: at })));
    await s.cache.invalidate();
  }, 120_000);
  afterAll(() => s?.dispose());

  /** One document asking for every posting by id, aliased p0, p1, …; `ghostHidden` asks for GHOST instead of each hidden one. */
  function detailDocument(ghostHidden: boolean) {
    const all = Object.values(p);
    const fields = all.map((x, i) => `p${i}: ${DETAIL[x.kind]}(id: $p${i}) { id title status contactPhone }`).join(' ');
    const vars = Object.fromEntries(all.map((x, i) => [`p${i}`, ghostHidden && x.hidden ? GHOST : x.id]));
    return { all, query: `query(${all.map((_, i) => `$p${i}: ID!`).join(', ')}) { ${fields} }`, vars };
  }

  it.each(ACTORS)('the detail of each posting as %s', async (actor) => {
    const { all, query, vars } = detailDocument(false);
    const res = await as(actor, query, vars);
    expect(res.errors).toBeUndefined();
    all.forEach((x, i) => {
      const sees = !x.hidden || MANAGERS.has(actor);
      if (sees) expect(res.data[`p${i}`]).toMatchObject({ id: x.id, title: x.title, contactPhone: x.phone });
      else expect(res.data[`p${i}`]).toBeNull();
    });
    if (MANAGERS.has(actor)) {
      expect(res.data.p0.status).toBe('DRAFT');
      return;
    }
    // Every hidden posting reads exactly as an id that names nothing.
    const ghost = detailDocument(true);
    expect(res.raw).toBe((await as(actor, ghost.query, ghost.vars)).raw);
    expectNoContentOf(res, hidden(), { titles: true });
  });

  it.each(ACTORS)('favourite and unfavourite of a hidden posting as %s: an unknown id, answered at once', async (actor) => {
    for (const x of hidden()) {
      const probed = await whileProbingHealth(s, () => as(actor, FAV, { k: x.kind, id: x.id }));
      expect(probed.attackMs).toBeLessThan(1000);
      expect(Math.max(...probed.healthMs)).toBeLessThan(1000);
      const ghost = await as(actor, FAV, { k: x.kind, id: GHOST });
      if (actor === 'anonymous') {
        expect(codes(probed.result)).toEqual(['UNAUTHENTICATED']);
        continue;
      }
      if (MANAGERS.has(actor)) {
        expect(probed.result.data.favorite).toEqual({ saved: true, userErrors: [] });
        expect(ok(await as(actor, `{ myFavorites { kind job { id } course { id } franchiseOpening { id } } }`)).myFavorites).toContainEqual(
          expect.objectContaining({ kind: x.kind, [DETAIL[x.kind]]: { id: x.id } }),
        );
        expect(ok(await as(actor, UNFAV, { k: x.kind, id: x.id })).unfavorite).toEqual({ saved: false, userErrors: [] });
        continue;
      }
      expect(probed.result.data.favorite).toEqual({ saved: false, userErrors: [{ field: 'id', message: '没有找到要收藏的内容', code: 'NOT_FOUND' }] });
      expect(probed.result.raw).toBe(ghost.raw);
      expect((await as(actor, UNFAV, { k: x.kind, id: x.id })).raw).toBe((await as(actor, UNFAV, { k: x.kind, id: GHOST })).raw);
    }
  });

  it.each(ACTORS)('myFavorites as %s holds only postings the viewer may see', async (actor) => {
    const res = await as(actor, `{ myFavorites { kind job { id contactPhone } course { id contactPhone } franchiseOpening { id contactPhone } } }`);
    if (actor === 'anonymous') {
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      return;
    }
    expect(res.errors).toBeUndefined();
    const saved = res.data.myFavorites.map((f: any) => f.job ?? f.course ?? f.franchiseOpening);
    if (actor === 'herself') {
      // Saved while open; those taken down since have dropped out, the closed ones stay whole.
      expect(saved).toEqual([p.openingClosed, p.courseCancelled, p.jobClosed].map((x) => ({ id: x.id, contactPhone: x.phone })));
    } else {
      // The villager's favourites of drafts and takedowns, saved before the check, lead nowhere.
      expect(saved).toEqual([]);
    }
    expectNoContentOf(res, hidden(), { titles: true });
  });

  // Members and admins see these postings, so their report would be a report like any other.
  it.each(ACTORS.filter((a) => !MANAGERS.has(a)))('reportPosting of a hidden posting as %s: an unknown id, answered at once', async (actor) => {
    for (const x of hidden()) {
      const probed = await whileProbingHealth(s, () => as(actor, REPORT, { k: x.kind, id: x.id }));
      expect(probed.attackMs).toBeLessThan(1000);
      expect(Math.max(...probed.healthMs)).toBeLessThan(1000);
      const ghost = await as(actor, REPORT, { k: x.kind, id: GHOST });
      if (actor === 'anonymous') expect(codes(probed.result)).toEqual(['UNAUTHENTICATED']);
      else expect(probed.result.data.reportPosting).toEqual({ report: null, userErrors: [{ field: 'id', message: '没有找到要举报的信息', code: 'NOT_FOUND' }] });
      expect(probed.result.raw).toBe(ghost.raw);
      expect(probed.result.raw).not.toContain(x.title);
    }
  });

  it('reportPosting of a closed posting still reaches the bureau, named', async () => {
    for (const x of shown()) {
      const res = ok(await as('villager', REPORT, { k: x.kind, id: x.id })).reportPosting;
      expect(res).toEqual({ report: { id: expect.any(String), status: 'OPEN', postingTitle: x.title }, userErrors: [] });
    }
    const queue = ok(await as('admin', `{ reports { postingTitle } }`)).reports.map((r: any) => r.postingTitle);
    expect(queue).toEqual(expect.arrayContaining(shown().map((x) => x.title)));
    for (const x of hidden()) expect(queue).not.toContain(x.title);
  });

  const MINE = `{
    myApplications { id status job { id title status description contactPhone pay { max } place { city } } }
    myEnrollments { status course { id title status description contactPhone fee leadsToEmployers { id } } }
    myInterests { status opening { id title status description contactPhone positions { title } } } }`;

  it.each(ACTORS)('her applications, enrolments and interests as %s', async (actor) => {
    const res = await as(actor, MINE);
    if (actor === 'anonymous') {
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      return;
    }
    expect(res.errors).toBeUndefined();
    if (actor !== 'herself') {
      expect(res.data).toEqual({ myApplications: [], myEnrollments: [], myInterests: [] });
      return;
    }
    const app = (x: Posting) => res.data.myApplications.find((a: any) => a.job.id === x.id);
    const enr = (x: Posting) => res.data.myEnrollments.find((e: any) => e.course.id === x.id);
    const int = (x: Posting) => res.data.myInterests.find((i: any) => i.opening.id === x.id);
    // Her own rows and their status are all there; the postings hidden since are stubs that
    // name them and say why, with nothing to call and no pay, place or terms.
    expect(app(p.jobDown)).toEqual({
      id: mine.jobDown,
      status: 'VIEWED',
      job: { id: p.jobDown.id, title: p.jobDown.title, status: 'TAKEN_DOWN', description: '这条招聘已被县人社局下架，内容不再显示。', contactPhone: '', pay: { max: 0 }, place: { city: '' } },
    });
    expect(app(p.jobHeld)).toMatchObject({ id: mine.jobHeld, status: 'SUBMITTED', job: { title: p.jobHeld.title, status: 'UNDER_REVIEW', contactPhone: '' } });
    expect(app(p.jobClosed)).toMatchObject({ status: 'SUBMITTED', job: { status: 'CLOSED', contactPhone: p.jobClosed.phone, pay: { max: SHENZHEN_JOB.pay.max }, place: { city: '深圳市' } } });
    expect(enr(p.courseDown)).toEqual({
      status: 'ENROLLED',
      course: { id: p.courseDown.id, title: p.courseDown.title, status: 'CANCELLED', description: '这个课程已被县人社局下架，内容不再显示。', contactPhone: '', fee: 0, leadsToEmployers: [] },
    });
    expect(enr(p.courseCancelled)).toMatchObject({ status: 'CANCELLED', course: { status: 'CANCELLED', contactPhone: p.courseCancelled.phone, leadsToEmployers: [{ id: orgA }] } });
    expect(enr(p.courseClosed)).toMatchObject({ status: 'ENROLLED', course: { status: 'CLOSED', contactPhone: p.courseClosed.phone } });
    expect(int(p.openingDown)).toEqual({
      status: 'SUBMITTED',
      opening: { id: p.openingDown.id, title: p.openingDown.title, status: 'TAKEN_DOWN', description: '这条开店信息已被县人社局下架，内容不再显示。', contactPhone: '', positions: [] },
    });
    expect(int(p.openingClosed)).toMatchObject({ status: 'SUBMITTED', opening: { status: 'CLOSED', contactPhone: p.openingClosed.phone, positions: [{ title: '修脚师' }] } });
    expectNoContentOf(res, hidden(), { titles: false });
  });

  it.each(ACTORS)('application(id) of a job taken down, and the rosters behind hidden postings, as %s', async (actor) => {
    const ONE = `query($id: ID!) { application(id: $id) { status job { title status description contactPhone } } }`;
    const res = await as(actor, ONE, { id: mine.jobDown });
    expect(res.errors).toBeUndefined();
    if (actor === 'herself') {
      expect(res.data.application).toEqual({ status: 'VIEWED', job: { title: p.jobDown.title, status: 'TAKEN_DOWN', description: '这条招聘已被县人社局下架，内容不再显示。', contactPhone: '' } });
    } else if (MANAGERS.has(actor)) {
      expect(res.data.application).toMatchObject({ status: 'VIEWED', job: { status: 'TAKEN_DOWN', contactPhone: p.jobDown.phone } });
    } else {
      expect(res.raw).toBe((await as(actor, ONE, { id: GHOST })).raw);
    }
    // Her rows reach the organisation whole: it needs the posting it is answering her about.
    const ROSTERS = `query($j: ID!, $c: ID!, $o: ID!) {
      job(id: $j) { applications { status job { contactPhone } } }
      course(id: $c) { enrollments { status course { contactPhone } } }
      franchiseOpening(id: $o) { interests { status opening { contactPhone positions { title } } } } }`;
    const rosters = await as(actor, ROSTERS, { j: p.jobDown.id, c: p.courseDown.id, o: p.openingDown.id });
    expect(rosters.errors).toBeUndefined();
    if (MANAGERS.has(actor)) {
      expect(rosters.data).toEqual({
        job: { applications: [{ status: 'VIEWED', job: { contactPhone: p.jobDown.phone } }] },
        course: { enrollments: [{ status: 'ENROLLED', course: { contactPhone: p.courseDown.phone } }] },
        franchiseOpening: { interests: [{ status: 'SUBMITTED', opening: { contactPhone: p.openingDown.phone, positions: [{ title: '修脚师' }] } }] },
      });
    } else {
      expect(rosters.data).toEqual({ job: null, course: null, franchiseOpening: null });
    }
  });

  it.each(['villager', 'otherOrg'] as const)('applying, enrolling or showing interest on a hidden posting as %s: an unknown id', async (actor) => {
    const APPLY = `mutation($id: ID!) { applyToJob(jobId: $id) { application { id } userErrors { field message code } } }`;
    const ENROLL = `mutation($id: ID!) { enrollInCourse(courseId: $id) { enrollment { id } userErrors { field message code } } }`;
    const INTEREST = `mutation($id: ID!) { expressInterest(franchiseOpeningId: $id) { interest { id } userErrors { field message code } } }`;
    const DO: Record<Kind, string> = { JOB: APPLY, COURSE: ENROLL, FRANCHISE_OPENING: INTEREST };
    for (const x of hidden()) {
      const res = await as(actor, DO[x.kind], { id: x.id });
      expect(res.raw).toContain('NOT_FOUND');
      expect(res.raw).toBe((await as(actor, DO[x.kind], { id: GHOST })).raw);
    }
  });

  it('a message leads no further than the detail allows', async () => {
    const messages = ok(await as('herself', `{ myMessages { title body link } }`)).myMessages;
    const viewed = messages.find((m: any) => m.link?.includes(p.jobDown.id));
    expect(viewed).toMatchObject({ title: '招工方已查看', body: expect.stringContaining(p.jobDown.title) });
    const id = new URLSearchParams(viewed.link.split('?')[1]).get('id');
    expect(ok(await as('herself', `query($id: ID!) { job(id: $id) { id } }`, { id })).job).toBeNull();
    expect(JSON.stringify(messages)).not.toContain(p.jobDown.phone);
    // The organisation is told of its takedown, and its link opens the posting for it.
    const told = ok(await as('rightOrg', `{ myMessages { title link } }`)).myMessages.filter((m: any) => m.title === '信息被下架');
    expect(told.map((m: any) => m.link)).toEqual(expect.arrayContaining([`/job/detail/index?id=${p.jobDown.id}`, `/course/detail/index?id=${p.courseDown.id}`]));
    expect(ok(await as('rightOrg', `query($id: ID!) { job(id: $id) { status } }`, { id: p.jobDown.id })).job).toEqual({ status: 'TAKEN_DOWN' });
  });

  it('an organisation sees only the certificates she attached to what she sent it', async () => {
    const trainer = await signIn(s, 'visibility-cert-trainer');
    const employer = await signIn(s, 'visibility-cert-employer');
    const brand = await signIn(s, 'visibility-cert-brand');
    const grad = await signIn(s, 'visibility-cert-grad');
    await fillProfile(s, grad, '刘小红', '13612340003');
    const centre = ok(await s.gql(ORG, { i: { name: '证书测试培训学校', kind: 'TRAINING_INSTITUTION', description: '', province: '陕西省', city: '安康市' } }, bearer(trainer))).createOrganization.organization.id;
    const chain = ok(await s.gql(ORG, { i: { name: '证书测试修脚连锁', kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市' } }, bearer(employer))).createOrganization.organization.id;
    const shop = ok(await s.gql(ORG, { i: { name: '证书测试足道品牌', kind: 'SHOP_BRAND', description: '', province: '广东省', city: '深圳市' } }, bearer(brand))).createOrganization.organization.id;
    // She completes two courses, the second certificate is for tea art.
    const earned: { id: string; number: string; course: string; enrollment: string }[] = [];
    for (const [n, title] of [[11, '修脚技能证书班（证书测试）'], [12, '茶艺证书班（证书测试）']] as const) {
      const i = { ...courseInput(n, { startDate: today(), enrollmentDeadline: today(), leadsToEmployerIds: [] }), title };
      const course = ok(await s.gql(`mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i) { course { id } } }`, { o: centre, i }, bearer(trainer))).postCourse.course.id;
      const enrollment = ok(await s.gql(`mutation($c: ID!) { enrollInCourse(courseId: $c) { enrollment { id } } }`, { c: course }, bearer(grad))).enrollInCourse.enrollment.id;
      const cert = ok(await s.gql(`mutation($id: ID!) { markCompleted(enrollmentId: $id) { certificate { id number } } }`, { id: enrollment }, bearer(trainer))).markCompleted.certificate;
      earned.push({ ...cert, course, enrollment });
    }
    const [pedicure, tea] = earned;
    const job = ok(await s.gql(`mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id } } }`, { o: chain, i: SHENZHEN_JOB }, bearer(employer))).postJob.job.id;
    ok(await s.gql(`mutation($j: ID!, $c: [ID!]) { applyToJob(jobId: $j, certificateIds: $c) { application { id } } }`, { j: job, c: [pedicure.id] }, bearer(grad)));
    const opening = ok(
      await s.gql(
        `mutation($o: ID!, $i: FranchiseOpeningInput!) { postFranchiseOpening(organizationId: $o, input: $i) { franchiseOpening { id } } }`,
        { o: shop, i: { title: '证书测试新店开业', description: '深圳南山新店开业，招修脚师，包吃包住，月休四天，师傅带教。', place: { province: '广东省', city: '深圳市' }, positions: [{ title: '修脚师', headcount: 1, pay: { min: 7000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' } }], contactName: '陈店长', contactPhone: '13500009999' } },
        bearer(brand),
      ),
    ).postFranchiseOpening.franchiseOpening.id;
    ok(await s.gql(`mutation($o: ID!) { expressInterest(franchiseOpeningId: $o) { interest { id } } }`, { o: opening }, bearer(grad)));

    const numbers = (list: { number: string }[]) => list.map((c) => c.number).sort();
    // Herself: every certificate she holds, on her profile and on her own rows.
    const me = ok(await s.gql(`{ me { certificates { number } } myInterests { person { certificates { number } } } }`, {}, bearer(grad)));
    expect(numbers(me.me.certificates)).toEqual(numbers([pedicure, tea]));
    expect(numbers(me.myInterests[0].person.certificates)).toEqual(numbers([pedicure, tea]));
    // The employer: the one she attached, on the application and on her as its applicant.
    const applied = ok(await s.gql(`query($j: ID!) { job(id: $j) { applications { certificates { number } applicant { name certificates { number } } } } }`, { j: job }, bearer(employer)));
    expect(applied.job.applications).toEqual([{ certificates: [{ number: pedicure.number }], applicant: { name: '刘小红', certificates: [{ number: pedicure.number }] } }]);
    // The brand: she only showed interest and attached nothing; her name and phone, no certificates.
    const interested = ok(await s.gql(`query($o: ID!) { franchiseOpening(id: $o) { interests { person { name phone certificates { number } } } } }`, { o: opening }, bearer(brand)));
    expect(interested.franchiseOpening.interests).toEqual([{ person: { name: '刘小红', phone: '13612340003', certificates: [] } }]);
    // The trainer: on each enrolment, the certificate that enrolment earned, not the other.
    for (const c of earned) {
      const again = ok(await s.gql(`mutation($id: ID!) { markCompleted(enrollmentId: $id) { enrollment { trainee { name certificates { number } } } } }`, { id: c.enrollment }, bearer(trainer)));
      expect(again.markCompleted.enrollment).toEqual({ trainee: { name: '刘小红', certificates: [{ number: c.number }] } });
    }
    // Admins meet her through the same records, and see what those records carry.
    const bureau = ok(await as('admin', `query($o: ID!) { franchiseOpening(id: $o) { interests { person { certificates { number } } } } }`, { o: opening }));
    expect(bureau.franchiseOpening.interests).toEqual([{ person: { certificates: [] } }]);
  });
});
