import { isUniqueViolation } from '../src/db/errors';
import { migrate, openDatabase, type Database } from '../src/db/orm';
import { MAX_BODY_BYTES } from '../src/http/server';
import { normalizeText, organizationNameKey } from '../src/modules/common/text';
import { jobRow, organizationRow } from '../src/seed/load';
import { bearer, createTestDatabase, engines, signIn, startTestServer } from './harness';
import { SHENZHEN_JOB } from './builders';
import { whileProbingHealth } from './health-probe';

const POST = `mutation($o: ID!, $i: JobInput!, $p: Boolean) { postJob(organizationId: $o, input: $i, publish: $p) { job { id status title description requirements contactPhone } userErrors { field code message } } }`;
const ORG = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id name } userErrors { field code message } } }`;
const SEARCH = `query($k: String) { jobs(filter: { keyword: $k }, first: 50) { totalCount edges { node { id } } } }`;

const org = (name: string) => ({ name, kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市' });
const feeDemand = (fee: string) => `入职先交${fee}500元，工作满三月退还，包吃住。不向求职者收取任何费用。`;

// The same demand for a deposit, spelt so that a rule reading code points would miss it.
const DISGUISED_FEES: [string, string][] = [
  ['zero-width space inside', feeDemand('押\u200b金')],
  ['zero-width joiner inside', feeDemand('押\u200d金')],
  ['soft hyphen inside', feeDemand('押\u00ad金')],
  ['word joiner and BOM inside', feeDemand('押\u2060\ufeff金')],
  ['traditional 保證金', feeDemand('保證金')],
  ['traditional with zero-width space', feeDemand('保\u200b證金')],
  ['Kangxi radical ⾦ for 金', feeDemand('押⾦')],
  ['bidi override around the word', feeDemand('\u202e押金\u202c')],
  ['bidi isolates around each character', feeDemand('\u2066押\u2069\u2067金\u2069')],
  ['variation selector inside', feeDemand('押\ufe00金')],
  ['full-width amount after the word', '押金５００元，工作满三月退还，包吃住。不向求职者收取任何费用。'],
  ['full-width amount, traditional and zero-width together', '押\u200b金５００元，入職前交齊，包吃住。不向求職者收取任何費用。'],
];

describe('the normal form of a text', () => {
  it.each([
    ['押\u200b金', '押金'],
    ['保證金', '保证金'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['\u202e押金\u202c', '押金'],
    ['足療\r\n修腳\r紫陽縣', '足疗\n修脚\n紫阳县'],
    ['a\ud800b\udfffc', 'abc'],
  ])('%j reads as %j', (raw, expected) => expect(normalizeText(raw)).toBe(expected));

  it('keeps what a Chinese writer chose: punctuation, list numbers, units, indentation, emoji', () => {
    const text = '　　包吃住，月薪６０００～９０００元！（面议）\n①夫妻间 ②长白班 宿舍20㎡ 38℃ 👨‍👩‍👧 ❤️ 1️⃣ 乾隆';
    expect(normalizeText(text)).toBe('　　包吃住，月薪6000～9000元！（面议）\n①夫妻间 ②长白班 宿舍20㎡ 38℃ 👨‍👩‍👧 ❤️ 1️⃣ 乾隆');
  });

  it('is idempotent', () => {
    for (const [, text] of DISGUISED_FEES) expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
  });

  it('gives look-alike names one key and different names different keys', () => {
    const key = organizationNameKey('紫阳修脚（连锁）Ab');
    for (const name of ['紫陽修腳連鎖ab', '紫阳 修脚\u200b连锁 ＡＢ', '紫阳修脚·连锁-aB']) expect(organizationNameKey(name)).toBe(key);
    expect(organizationNameKey('紫阳修脚连锁二店ab')).not.toBe(key);
  });
});

describe.each(engines)('text is normalised once, before any rule reads it, on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let owner: string;
  let chain: string;
  const count = async (table: string) => Number((await s.db.knex(table).count({ n: '*' }))[0].n);

  beforeAll(async () => {
    s = await startTestServer(engine);
    owner = await signIn(s, 'normalisation-owner');
    const made = await s.gql(ORG, { i: org('紫阳归一ZY修脚连锁') }, bearer(owner));
    expect(made.data.createOrganization.userErrors).toEqual([]);
    chain = made.data.createOrganization.organization.id;
  });
  afterAll(() => s?.dispose());

  it('refuses the plain demand for a deposit with FEE_REQUESTED', async () => {
    const res = await s.gql(POST, { o: chain, i: { ...SHENZHEN_JOB, description: feeDemand('押金') }, p: true }, bearer(owner));
    expect(res.data.postJob.userErrors).toEqual([expect.objectContaining({ field: 'input.description', code: 'FEE_REQUESTED' })]);
  });

  it.each(DISGUISED_FEES)('refuses it just the same with a %s, quickly, while /healthz answers', async (_how, description) => {
    const before = await count('jobs');
    const probed = await whileProbingHealth(s, () => s.gql(POST, { o: chain, i: { ...SHENZHEN_JOB, description }, p: true }, bearer(owner)));
    expect(probed.result.status).toBe(200);
    expect(probed.result.data.postJob.job).toBeNull();
    expect(probed.result.data.postJob.userErrors).toEqual([expect.objectContaining({ field: 'input.description', code: 'FEE_REQUESTED' })]);
    expect(probed.attackMs).toBeLessThan(1000);
    expect(Math.max(...probed.healthMs)).toBeLessThan(1000);
    expect(await count('jobs')).toBe(before);
  });

  it('stores the normal form of an accepted posting, line breaks kept, and finds it by a traditional or full-width keyword', async () => {
    const res = await s.gql(POST, {
      o: chain,
      i: {
        ...SHENZHEN_JOB,
        title: '足療師傅\u200b 包吃住',
        description: '紫陽縣\u200b足療店招技師，底薪加提成。\r\n①夫妻間 ②ＸＹＺ會員店\r\n不向求職者收取任何費用。',
        requirements: ['能吃\u200b苦', '會修腳優先'],
        contactPhone: '１３８１２３４５６７８',
      },
      p: true,
    }, bearer(owner));
    expect(res.data.postJob.userErrors).toEqual([]);
    const job = res.data.postJob.job;
    expect(job).toMatchObject({
      status: 'OPEN',
      title: '足疗师傅 包吃住',
      description: '紫阳县足疗店招技师，底薪加提成。\n①夫妻间 ②XYZ会员店\n不向求职者收取任何费用。',
      requirements: ['能吃苦', '会修脚优先'],
      contactPhone: '13812345678',
    });
    const row = await s.db.knex('jobs').where('id', job.id).first('title', 'description', 'search_text');
    expect(row.description).toBe(job.description);
    expect(row.search_text).toContain('xyz会员店');

    for (const keyword of ['足療師傅', '足疗师傅', '足\u200b疗师傅', 'ＸＹＺ會員', 'xyz会员', '紫陽縣足療']) {
      const found = await s.gql(SEARCH, { k: keyword });
      expect(found.data.jobs.edges.map((e: any) => e.node.id)).toContain(job.id);
    }
    // The seeded catalogue is simplified: its 修脚 jobs are all found by 修腳 as well.
    const simplified = await s.gql(SEARCH, { k: '修脚' });
    const traditional = await s.gql(SEARCH, { k: '修腳' });
    expect(simplified.data.jobs.totalCount).toBeGreaterThan(1);
    expect(traditional.data.jobs.totalCount).toBe(simplified.data.jobs.totalCount);
    // A keyword of nothing but invisible characters is no keyword at all.
    const blank = await s.gql(SEARCH, { k: '\u200b\u200d\ufeff' });
    const everything = await s.gql(SEARCH, { k: null });
    expect(blank.data.jobs.totalCount).toBe(everything.data.jobs.totalCount);
  });

  it('normalises shop-opening and course texts the same way, and finds them by traditional keywords', async () => {
    const PO = `mutation($o: ID!, $i: FranchiseOpeningInput!) { postFranchiseOpening(organizationId: $o, input: $i) { franchiseOpening { id title positions { title } } userErrors { field code } } }`;
    const opening = await s.gql(PO, {
      o: chain,
      i: {
        title: '南山店新店開業\u200b 招修腳師',
        description: '品牌新店十二月開業，招修腳師和前台，包吃住，老鄉帶教。不向求職者收取任何費用。',
        place: { province: '廣東省', city: '深圳市', county: '南山區' },
        positions: [{ title: '修腳師\u2060', headcount: 2, pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' } }],
        contactName: '陳店長',
        contactPhone: '13800001234',
      },
    }, bearer(owner));
    expect(opening.data.postFranchiseOpening.userErrors).toEqual([]);
    expect(opening.data.postFranchiseOpening.franchiseOpening).toMatchObject({ title: '南山店新店开业 招修脚师', positions: [{ title: '修脚师' }] });
    const stored = await s.db.knex('franchise_openings').where('id', opening.data.postFranchiseOpening.franchiseOpening.id).first('province', 'county');
    expect(stored).toEqual({ province: '广东省', county: '南山区' });
    const disguised = await s.gql(PO, {
      o: chain,
      i: {
        title: '南山店新店开业 招修脚师', description: '新店开业招修脚师，入職先交服裝費\u200b兩百元，包吃住，老乡带教。',
        place: { province: '广东省', city: '深圳市' }, positions: [{ title: '修脚师', headcount: 1, pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' } }],
        contactName: '陈店长', contactPhone: '13800001234',
      },
    }, bearer(owner));
    expect(disguised.data.postFranchiseOpening.userErrors).toContainEqual({ field: 'input.description', code: 'FEE_REQUESTED' });

    const centre = (await s.gql(ORG, { i: { ...org('归一测试职业培训学校'), kind: 'TRAINING_INSTITUTION' } }, bearer(owner))).data.createOrganization.organization.id;
    const day = (n: number) => new Date(Date.now() + 8 * 3600000 + n * 86400000).toISOString().slice(0, 10);
    const PC = `mutation($o: ID!, $i: CourseInput!) { postCourse(organizationId: $o, input: $i) { course { id title description certificate requirements } userErrors { field code } } }`;
    const course = await s.gql(PC, {
      o: centre,
      i: {
        title: '修腳技能免費培訓班​', skill: 'PEDICURE', description: '三包兩免一補：包吃包住包推薦就業，\r\n學費全免，結業後推薦上崗。',
        place: { province: '陝西省', city: '安康市', county: '紫陽縣' }, startDate: day(10), endDate: day(40), enrollmentDeadline: day(5),
        hours: 160, fee: 0, subsidy: 600, coversFood: true, coversLodging: true, coversTravel: false, seats: 30,
        certificate: '專項職業能力證書（修腳）', requirements: ['１８到５５歲'], leadsToEmployerIds: [], contactName: '李老師', contactPhone: '0915-4321234',
      },
    }, bearer(owner));
    expect(course.data.postCourse.userErrors).toEqual([]);
    expect(course.data.postCourse.course).toMatchObject({
      title: '修脚技能免费培训班', description: '三包两免一补：包吃包住包推荐就业，\n学费全免，结业后推荐上岗。',
      certificate: '专项职业能力证书（修脚）', requirements: ['18到55岁'],
    });
    const found = await s.gql(`query($k: String) { courses(filter: { keyword: $k }) { edges { node { id } } } }`, { k: '免費培訓' });
    expect(found.data.courses.edges.map((e: any) => e.node.id)).toContain(course.data.postCourse.course.id);
  });

  it.each([
    ['a zero-width space inside', '紫阳归一ZY\u200b修脚连锁'],
    ['traditional characters', '紫陽歸一ZY修腳連鎖'],
    ['full-width and lower-case letters', '紫阳归一ｚｙ修脚连锁'],
    ['extra spaces', ' 紫阳 归一 ZY 修脚　连锁 '],
    ['brackets and dots', '紫阳归一（ZY）修脚·连锁'],
    ['bidi controls and a soft hyphen', '\u2066紫阳归一ZY修\u00ad脚连锁\u2069'],
    ['the same name again', '紫阳归一ZY修脚连锁'],
  ])('refuses a look-alike organisation name (%s) on the name field and changes nothing', async (_how, name) => {
    const [orgs, members] = [await count('organizations'), await count('memberships')];
    const res = await s.gql(ORG, { i: org(name) }, bearer(owner));
    expect(res.data.createOrganization.organization).toBeNull();
    expect(res.data.createOrganization.userErrors).toEqual([{ field: 'input.name', code: 'NAME_TAKEN', message: '已经有同名的机构「紫阳归一ZY修脚连锁」，请换一个名称' }]);
    expect([await count('organizations'), await count('memberships')]).toEqual([orgs, members]);
  });

  it('accepts an honest name that merely shares a prefix, stored in its normal form', async () => {
    const res = await s.gql(ORG, { i: { ...org('紫阳归一ZY修脚連鎖二店\u200b'), description: '紫陽縣老鄉開的店' } }, bearer(owner));
    expect(res.data.createOrganization.userErrors).toEqual([]);
    expect(res.data.createOrganization.organization.name).toBe('紫阳归一ZY修脚连锁二店');
    const row = await s.db.knex('organizations').where('id', res.data.createOrganization.organization.id).first('description', 'name_key');
    expect(row).toEqual({ description: '紫阳县老乡开的店', name_key: '紫阳归一zy修脚连锁二店' });
  });

  it('lets exactly one of two look-alike registrations racing each other through', async () => {
    const before = await count('organizations');
    const [a, b] = await Promise.all([
      s.gql(ORG, { i: org('竞速归一修脚连锁') }, bearer(owner)),
      s.gql(ORG, { i: org('競速歸一修腳連鎖') }, bearer(owner)),
    ]);
    const outcomes = [a, b].map((r) => (r.data.createOrganization.organization ? 'made' : r.data.createOrganization.userErrors[0].code)).sort();
    expect(outcomes).toEqual(['NAME_TAKEN', 'made']);
    expect(await count('organizations')).toBe(before + 1);
    // Whichever way the race goes, the database itself holds one row per key.
    const now = s.db.dateParam(new Date());
    const copy = { id: 'racecopy00000001', name: '竞速归一修脚连锁 分店', name_key: organizationNameKey('竞速归一修脚连锁'), kind: 'EMPLOYER', verified: s.db.boolParam(false), description: '', province: '广东省', city: '深圳市', created_at: now, updated_at: now };
    const refused = await s.db.knex('organizations').insert(copy).then(() => null, (e: unknown) => e);
    expect(isUniqueViolation(refused)).toBe(true);
  });

  it('answers hostile text with a clear error or stores it clean, never a 500', async () => {
    const before = await count('jobs');
    // 100 KB of zero-width spaces: over the body limit, refused before anything parses it.
    const huge = '\u200b'.repeat(Math.ceil((100 * 1024) / 3));
    const tooBig = await s.post(JSON.stringify({ query: POST, variables: { o: chain, i: { ...SHENZHEN_JOB, title: huge }, p: true } }), bearer(owner).headers as Record<string, string>);
    if (Buffer.byteLength(huge) > MAX_BODY_BYTES) {
      expect(tooBig.status).toBe(413);
      expect(((await tooBig.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    } else {
      expect(tooBig.status).toBe(200);
    }
    // As many as fit in a request: an empty title, said so.
    const invisible = '\u200b'.repeat(Math.floor((MAX_BODY_BYTES - 4096) / 3));
    const probed = await whileProbingHealth(s, () => s.gql(POST, { o: chain, i: { ...SHENZHEN_JOB, title: invisible }, p: true }, bearer(owner)));
    expect(probed.result.data.postJob.userErrors).toEqual([expect.objectContaining({ field: 'input.title', code: 'REQUIRED', message: '请填写标题' })]);
    expect(probed.attackMs).toBeLessThan(1000);
    expect(Math.max(...probed.healthMs)).toBeLessThan(1000);
    // Control characters are refused by name.
    for (const control of ['\u0000', '\u001b[31m', '\u009b']) {
      const res = await s.gql(POST, { o: chain, i: { ...SHENZHEN_JOB, description: `${SHENZHEN_JOB.description}${control}` }, p: true }, bearer(owner));
      expect(res.status).toBe(200);
      expect(res.data.postJob.userErrors).toEqual([expect.objectContaining({ field: 'input.description', code: 'INVALID' })]);
    }
    expect(await count('jobs')).toBe(before);
    // Lone surrogates are not characters: dropped, and the rest stored.
    const lone = await s.gql(POST, { o: chain, i: { ...SHENZHEN_JOB, title: '修脚\ud800师傅\udc00包吃住' }, p: true }, bearer(owner));
    expect(lone.status).toBe(200);
    expect(lone.data.postJob.job.title).toBe('修脚师傅包吃住');
    // A name of nothing but invisible characters and brackets is no name.
    const blankName = await s.gql(ORG, { i: org('\u200b（\u200d）\ufeff') }, bearer(owner));
    expect(blankName.data.createOrganization.userErrors).toEqual([expect.objectContaining({ field: 'input.name' })]);
    // A keyword with a control character is a bad argument, not a crash.
    const badKeyword = await s.gql(SEARCH, { k: '足疗\u0000' });
    expect(badKeyword.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stores profile names and report reasons in their normal form', async () => {
    const villager = await signIn(s, 'normalisation-villager');
    const profile = await s.gql(`mutation($i: ProfileInput!) { updateProfile(input: $i) { user { name phone } userErrors { field code } } }`, { i: { name: '張\u200b桂蘭', phone: '１３８００００１２３４' } }, bearer(villager));
    expect(profile.data.updateProfile).toEqual({ user: { name: '张桂兰', phone: '13800001234' }, userErrors: [] });
    const job = (await s.gql(SEARCH, { k: '足疗师傅' })).data.jobs.edges[0].node.id;
    const REPORT = `mutation($id: ID!, $r: String!) { reportPosting(kind: JOB, id: $id, reason: $r) { report { id } userErrors { field code } } }`;
    const tooShort = await s.gql(REPORT, { id: job, r: '押\u200b\u200b\u200b\u200b金' }, bearer(villager));
    expect(tooShort.data.reportPosting.userErrors).toEqual([{ field: 'reason', code: 'TOO_SHORT' }]);
    const report = await s.gql(REPORT, { id: job, r: '電話裡讓先交押\u200b金五百元' }, bearer(villager));
    expect(report.data.reportPosting.userErrors).toEqual([]);
    const row = await s.db.knex('reports').where('id', report.data.reportPosting.report.id).first('reason');
    expect(row.reason).toBe('电话里让先交押金五百元');
  });
});

describe.each(engines)('rows written before normalisation, on %s', (engine) => {
  let store: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  beforeAll(async () => {
    store = await createTestDatabase(engine);
    db = await openDatabase(engine === 'sqlite' ? { driver: 'sqlite', path: store.url.slice('sqlite:'.length), isDefault: false } : { driver: 'postgresql', url: store.url });
  });
  afterAll(async () => {
    await db?.close();
    await store?.dispose();
  });

  /** A row as it could be written then: only the columns the table had at that migration. */
  const asTableWas = async (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(await db.knex(table).columnInfo());
    return Object.fromEntries(Object.entries(row).filter(([k]) => columns.includes(k)));
  };

  it('get a unique name key (look-alikes told apart by id) and a search column in the keyword\'s form', async () => {
    await db.orm.getMigrator().up({ to: 'Migration20261203090000_rate_hits' });
    const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n));
    const legacy = [['legacyorg0000001', '紫阳老店修脚'], ['legacyorg0000002', '紫陽老店修腳'], ['legacyorg0000003', '紫阳老店 修脚'], ['legacyorg0000004', '（）'], ['legacyorg0000005', '别家足道']];
    for (const [i, [id, name]] of legacy.entries()) {
      const { name_key: _, ...row } = organizationRow(db, { id, name, kind: 'EMPLOYER', verified: false, verifiedAt: null, description: '', place: { province: '广东省', city: '深圳市' }, createdAt: at(i) } as never);
      await db.knex('organizations').insert(await asTableWas('organizations', row));
    }
    const job = { ...SHENZHEN_JOB, id: 'legacyjob0000001', employerId: 'legacyorg0000002', status: 'OPEN', publishedAt: at(9), expiresAt: null } as never;
    await db.knex('jobs').insert(await asTableWas('jobs', { ...jobRow(db, job, '紫陽老店修腳'), search_text: '足療師傅 ｘｙｚ 紫陽老店修腳' }));

    await migrate(db);

    const keys = await db.knex('organizations').orderBy('id').pluck('name_key');
    expect(keys).toEqual(['紫阳老店修脚', '紫阳老店修脚#legacyorg0000002', '紫阳老店修脚#legacyorg0000003', '#legacyorg0000004', '别家足道']);
    expect(await db.knex('organizations').where('id', 'legacyorg0000002').first('name')).toEqual({ name: '紫陽老店修腳' });
    expect(await db.knex('jobs').where('id', 'legacyjob0000001').first('search_text')).toEqual({ search_text: '足疗师傅 xyz 紫阳老店修脚' });
  });
});
