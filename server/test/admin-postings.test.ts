import { ADMIN_OPENID, bearer, codes, engines, signIn, startTestServer } from './harness';
import { SHENZHEN_JOB } from './builders';

const inDays = (n: number) => new Date(Date.now() + 8 * 3600000 + n * 86400000).toISOString().slice(0, 10);

const SEARCH = `query($f: AdminPostingFilter, $first: Int, $after: String) { adminPostings(filter: $f, first: $first, after: $after) {
  nodes { kind id title status place { town } organization { id name } openReports publishedAt }
  pageInfo { hasNextPage endCursor } } }`;
const CREATE_ORG = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } userErrors { code } } }`;
const POST_JOB = `mutation($o: ID!, $i: JobInput!, $publish: Boolean) {
  postJob(organizationId: $o, input: $i, publish: $publish) { job { id status } userErrors { field code message } } }`;
const POST_COURSE = `mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i) { course { id } userErrors { field code message } } }`;
const POST_JOB_ASKING = `mutation($o: ID!, $i: JobInput!, $publish: Boolean) {
  postJob(organizationId: $o, input: $i, publish: $publish, askIfDuplicate: true) { job { id status } userErrors { field code message } } }`;
const POST_COURSE_ASKING = `mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i, askIfDuplicate: true) { course { id } userErrors { field code message } } }`;
const DUPLICATE = `query($o: ID!, $kind: PostingKind!, $title: String!, $place: PlaceInput!, $startDate: Date) {
  duplicatePosting(organizationId: $o, kind: $kind, title: $title, place: $place, startDate: $startDate) { kind id title } }`;
const CLOSE_JOB = `mutation($id: ID!) { closeJob(id: $id) { job { status } userErrors { code } } }`;
const TAKE_DOWN = `mutation($kind: PostingKind!, $id: ID!) { takeDownPosting(kind: $kind, id: $id, reason: "冒充正规企业招工") { done userErrors { code } } }`;
const JOB = `query($id: ID!) { job(id: $id) { id status } }`;

const COURSE = {
  title: '修脚技能免费培训班（查重测试）',
  skill: 'PEDICURE',
  description: '三包两免一补：包吃包住包推荐就业，学费全免，结业后推荐到合作修脚店上岗。',
  place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' },
  startDate: inDays(10),
  endDate: inDays(40),
  enrollmentDeadline: inDays(5),
  hours: 160,
  fee: 0,
  subsidy: 600,
  coversFood: true,
  coversLodging: true,
  coversTravel: false,
  seats: 30,
  certificate: '专项职业能力证书（修脚）',
  requirements: ['18到55岁'],
  leadsToEmployerIds: [],
  contactName: '李老师',
  contactPhone: '0915-4321234',
};

describe.each(engines)('the bureau\'s search and the duplicate question on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let owner: string;
  let admin: string;
  let employer: string;
  let trainer: string;
  beforeAll(async () => {
    s = await startTestServer(engine);
    owner = await signIn(s, 'search-owner');
    admin = await signIn(s, ADMIN_OPENID);
    const e = await s.gql(CREATE_ORG, { i: { name: '查重测试修脚连锁', kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市', county: '南山区', town: '粤海街道' } }, bearer(owner));
    employer = e.data.createOrganization.organization.id;
    const t = await s.gql(CREATE_ORG, { i: { name: '查重测试培训学校', kind: 'TRAINING_INSTITUTION', description: '', province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' } }, bearer(owner));
    trainer = t.data.createOrganization.organization.id;
  });
  afterAll(() => s?.dispose());

  it('is the bureau\'s alone', async () => {
    const villager = await signIn(s, 'search-villager');
    expect(codes(await s.gql(SEARCH, {}, bearer(villager)))).toEqual(['FORBIDDEN']);
    expect(codes(await s.gql(SEARCH, {}, bearer(owner)))).toEqual(['FORBIDDEN']);
    expect(codes(await s.gql(SEARCH, {}))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await s.gql(SEARCH, { first: 0 }, bearer(admin)))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await s.gql(SEARCH, { first: 51 }, bearer(admin)))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await s.gql(SEARCH, { after: 'garbage!' }, bearer(admin)))).toEqual(['BAD_USER_INPUT']);
  });

  it('pages through every posting and organisation, newest first, each once', async () => {
    const counts = await Promise.all(['jobs', 'courses', 'franchise_openings', 'organizations'].map(async (t) => Number((await s.db.knex(t).count({ n: '*' }).first())!.n)));
    const total = counts.reduce((a, b) => a + b, 0);
    const seen: string[] = [];
    let after: string | null = null;
    let last = Infinity;
    for (let page = 0; page < 100; page++) {
      const res: any = await s.gql(SEARCH, { first: 17, after }, bearer(admin));
      for (const n of res.data.adminPostings.nodes) {
        const at = Date.parse(n.publishedAt);
        expect(at).toBeLessThanOrEqual(last);
        last = at;
        seen.push(`${n.kind}:${n.id}`);
      }
      if (!res.data.adminPostings.pageInfo.hasNextPage) break;
      after = res.data.adminPostings.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });

  it('finds an unreported job, a draft and a taken-down one by keyword, kind, status and town, and takes it down from there', async () => {
    const live = await s.gql(POST_JOB, { o: employer, i: { ...SHENZHEN_JOB, title: '冒牌足浴城 急招技师', place: { province: '广东省', city: '深圳市', county: '南山区', town: '粤海街道' } }, publish: true }, bearer(owner));
    const jobId = live.data.postJob.job.id;
    const draft = await s.gql(POST_JOB, { o: employer, i: { ...SHENZHEN_JOB, title: '冒牌足浴城 草稿岗位', place: { province: '广东省', city: '深圳市', county: '南山区', town: '粤海街道' } }, publish: false }, bearer(owner));
    const draftId = draft.data.postJob.job.id;
    const find = async (f: Record<string, unknown>) => (await s.gql(SEARCH, { f }, bearer(admin))).data.adminPostings.nodes.map((n: any) => `${n.kind}:${n.status}:${n.title}`);

    expect(await find({ keyword: '冒牌足浴' })).toEqual(['JOB:DRAFT:冒牌足浴城 草稿岗位', 'JOB:OPEN:冒牌足浴城 急招技师']);
    expect(await find({ keyword: '冒牌足浴', status: 'OPEN' })).toEqual(['JOB:OPEN:冒牌足浴城 急招技师']);
    expect(await find({ keyword: '冒牌足浴', kind: 'COURSE' })).toEqual([]);
    expect(await find({ keyword: '冒牌足浴', town: '粤海街道' })).toHaveLength(2);
    expect(await find({ keyword: '冒牌足浴', town: '高桥镇' })).toEqual([]);
    // A status only organisations have matches no posting; the organisation is found by its name.
    expect(await find({ keyword: '查重测试', status: 'PENDING' })).toEqual(['ORGANIZATION:PENDING:查重测试培训学校', 'ORGANIZATION:PENDING:查重测试修脚连锁']);
    expect(await find({ keyword: '查重测试修脚', kind: 'ORGANIZATION', town: '粤海街道' })).toEqual(['ORGANIZATION:PENDING:查重测试修脚连锁']);

    const node = (await s.gql(SEARCH, { f: { keyword: '急招技师' } }, bearer(admin))).data.adminPostings.nodes[0];
    expect(node).toMatchObject({ kind: 'JOB', id: jobId, organization: { id: employer, name: '查重测试修脚连锁' }, openReports: 0, place: { town: '粤海街道' } });
    const down = await s.gql(TAKE_DOWN, { kind: 'JOB', id: jobId }, bearer(admin));
    expect(down.data.takeDownPosting).toEqual({ done: true, userErrors: [] });
    expect(await find({ keyword: '冒牌足浴', status: 'TAKEN_DOWN' })).toEqual(['JOB:TAKEN_DOWN:冒牌足浴城 急招技师']);
    expect((await s.gql(JOB, { id: jobId })).data.job).toBeNull();
    expect(await find({ keyword: '冒牌足浴', status: 'DRAFT' })).toEqual(['JOB:DRAFT:冒牌足浴城 草稿岗位']);
    expect(draftId).toBeTruthy();
  });

  it('counts open reports and finds courses by status', async () => {
    const villager = await signIn(s, 'search-reporter');
    const jobs = (await s.gql(SEARCH, { f: { kind: 'JOB', status: 'OPEN' }, first: 1 }, bearer(admin))).data.adminPostings.nodes;
    await s.gql(`mutation($id: ID!) { reportPosting(kind: JOB, id: $id, reason: "电话打不通，像是假的") { userErrors { code } } }`, { id: jobs[0].id }, bearer(villager));
    const again = (await s.gql(SEARCH, { f: { kind: 'JOB', status: 'OPEN' }, first: 1 }, bearer(admin))).data.adminPostings.nodes[0];
    expect(again).toMatchObject({ id: jobs[0].id, openReports: 1 });
    const courses = (await s.gql(SEARCH, { f: { kind: 'COURSE', status: 'OPEN' }, first: 50 }, bearer(admin))).data.adminPostings.nodes;
    expect(courses.length).toBeGreaterThan(0);
    expect(courses.every((c: any) => c.kind === 'COURSE' && c.status === 'OPEN')).toBe(true);
    const direct = await s.db.knex('courses').where('cancelled', s.db.boolParam(false)).where('end_date', '>=', inDays(0)).count({ n: '*' }).first();
    expect(courses.length).toBe(Math.min(50, Number(direct!.n)));
  });

  it('finds a live job identical to the one about to be published, for the organisation\'s members only', async () => {
    const place = { province: '广东省', city: '深圳市', county: '南山区', town: '蛇口街道' };
    const first = await s.gql(POST_JOB, { o: employer, i: { ...SHENZHEN_JOB, title: '修脚师傅 包吃住', place }, publish: true }, bearer(owner));
    expect(first.data.postJob.userErrors).toEqual([]);
    const id = first.data.postJob.job.id;
    const ask = (vars: Record<string, unknown>, token = owner) => s.gql(DUPLICATE, { o: employer, kind: 'JOB', title: '修脚师傅 包吃住', place, ...vars }, bearer(token));
    // The same title, typed with other spacing, punctuation and in traditional characters.
    expect((await ask({ title: '修腳師傅，包吃住' })).data.duplicatePosting).toEqual({ kind: 'JOB', id, title: '修脚师傅 包吃住' });
    expect((await ask({ title: ' 修脚师傅包吃住！' })).data.duplicatePosting).toMatchObject({ id });
    // Another town, another title: not identical.
    expect((await ask({ place: { ...place, town: '招商街道' } })).data.duplicatePosting).toBeNull();
    expect((await ask({ title: '修脚师傅 包住' })).data.duplicatePosting).toBeNull();
    // A draft is not live; a closed job no longer is.
    await s.gql(POST_JOB, { o: employer, i: { ...SHENZHEN_JOB, title: '修脚学徒 草稿', place }, publish: false }, bearer(owner));
    expect((await ask({ title: '修脚学徒 草稿' })).data.duplicatePosting).toBeNull();
    await s.gql(CLOSE_JOB, { id }, bearer(owner));
    expect((await ask({})).data.duplicatePosting).toBeNull();
    // Only members may ask about an organisation's postings.
    const stranger = await signIn(s, 'dup-stranger');
    expect(codes(await ask({}, stranger))).toEqual(['FORBIDDEN']);
    expect(codes(await s.gql(DUPLICATE, { o: employer, kind: 'JOB', title: '修脚师傅', place }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await ask({ title: '长'.repeat(61) }))).toEqual(['BAD_USER_INPUT']);
  });

  it('finds a course identical when it starts the same day in the same place, not the next class', async () => {
    const posted = await s.gql(POST_COURSE, { o: trainer, i: COURSE }, bearer(owner));
    expect(posted.data.postCourse.userErrors).toEqual([]);
    const ask = (vars: Record<string, unknown>) => s.gql(DUPLICATE, { o: trainer, kind: 'COURSE', title: COURSE.title, place: COURSE.place, startDate: COURSE.startDate, ...vars }, bearer(owner));
    expect((await ask({ title: '修脚技能免费培训班 (查重测试)' })).data.duplicatePosting).toMatchObject({ kind: 'COURSE', id: posted.data.postCourse.course.id });
    expect((await ask({ startDate: inDays(50) })).data.duplicatePosting).toBeNull();
    expect((await ask({ place: { ...COURSE.place, town: '高桥镇' } })).data.duplicatePosting).toBeNull();
  });

  it('postJob and postCourse asked to (askIfDuplicate) refuse a repeat with DUPLICATE_POSTING and save nothing; sent again without asking, they publish it', async () => {
    const place = { province: '广东省', city: '深圳市', county: '南山区', town: '西丽街道' };
    const job = { ...SHENZHEN_JOB, title: '足疗技师 西丽店', place };
    expect((await s.gql(POST_JOB_ASKING, { o: employer, i: job, publish: true }, bearer(owner))).data.postJob.userErrors).toEqual([]);
    const jobs = async () => Number((await s.db.knex('jobs').where('employer_id', employer).count({ n: '*' }).first())!.n);
    const before = await jobs();
    const again = await s.gql(POST_JOB_ASKING, { o: employer, i: { ...job, title: '足療技師，西麗店' }, publish: true }, bearer(owner));
    expect(again.data.postJob.job).toBeNull();
    expect(again.data.postJob.userErrors).toEqual([expect.objectContaining({ field: 'input.title', code: 'DUPLICATE_POSTING' })]);
    expect(again.data.postJob.userErrors[0].message).toContain('已经有一个一样的招聘「足疗技师 西丽店」');
    expect(await jobs()).toBe(before);
    // A draft is never asked about; sent without asking, the repeat is published.
    expect((await s.gql(POST_JOB_ASKING, { o: employer, i: job, publish: false }, bearer(owner))).data.postJob.userErrors).toEqual([]);
    const anyway = await s.gql(POST_JOB, { o: employer, i: job, publish: true }, bearer(owner));
    expect(anyway.data.postJob.job.status).toBe('OPEN');
    expect(await jobs()).toBe(before + 2);

    const course = { ...COURSE, title: '足疗技能培训班（询问测试）', startDate: inDays(12), endDate: inDays(42), enrollmentDeadline: inDays(6) };
    expect((await s.gql(POST_COURSE_ASKING, { o: trainer, i: course }, bearer(owner))).data.postCourse.userErrors).toEqual([]);
    const repeat = await s.gql(POST_COURSE_ASKING, { o: trainer, i: course }, bearer(owner));
    expect(repeat.data.postCourse.userErrors).toEqual([expect.objectContaining({ field: 'input.title', code: 'DUPLICATE_POSTING' })]);
    expect((await s.gql(POST_COURSE, { o: trainer, i: course }, bearer(owner))).data.postCourse.userErrors).toEqual([]);
  });
});
