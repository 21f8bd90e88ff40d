import { ADMIN_OPENID, bearer, engines, signIn, startTestServer } from './harness';
import { SHENZHEN_JOB } from './builders';
import { jobRow } from '../src/seed/load';
import { generateBenchCatalog } from '../src/seed/bench-generator';
import { mulberry32 } from '../src/seed/demo-catalog';
import { syncSearchIndex } from '../src/modules/common/search-index';
import { keywordPattern } from '../src/modules/common/text-filter';
import { newId } from '../src/modules/common/ids';
import type { JobInput } from '../src/seed/catalog-types';

// Keyword search goes through the bigram index; these tests hold it to the plain substring
// match (`LIKE` over `search_text`, what search was before the index) and to every write.

const JOBS = `query($f: JobFilter, $first: Int, $after: String) { jobs(filter: $f, first: $first, after: $after) { totalCount totalCountIsLowerBound pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const COURSES = `query($k: String) { courses(filter: { keyword: $k }, first: 50) { totalCount totalCountIsLowerBound edges { node { id } } } }`;
const OPENINGS = `query($k: String) { franchiseOpenings(filter: { keyword: $k }, first: 50) { totalCount totalCountIsLowerBound edges { node { id } } } }`;
const FACETS = `query($f: JobFilter) { jobFacets(filter: $f) { totalCount totalCountIsLowerBound countsAreLowerBounds categories { category count } conditions { coupleRooms } } }`;

type Server = Awaited<ReturnType<typeof startTestServer>>;

/** Generated jobs (the benchmark's vocabulary) for the demo's employers, through the loader's row builder. */
async function loadGeneratedJobs(s: Server, count: number, change?: (job: JobInput, i: number) => Partial<JobInput>): Promise<string[]> {
  const employers = (await s.db.knex('organizations').where('kind', 'EMPLOYER').select('id', 'name')) as { id: string; name: string }[];
  const ids: string[] = [];
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    await s.db.knex.transaction(async (trx) => {
      await trx('jobs').insert(rows);
      await syncSearchIndex(s.db, trx, 'jobs', rows.map((r) => String(r.id)));
    });
  };
  let i = 0;
  for (const job of generateBenchCatalog({ jobs: count, seed: 11, now: new Date() }).jobs) {
    const employer = employers[i % employers.length];
    const id = newId();
    ids.push(id);
    batch.push(jobRow(s.db, { ...job, id, employerId: employer.id, ...(change ? change(job, i) : {}) }, employer.name));
    i++;
    if (batch.length === 400) await flush();
  }
  if (batch.length) await flush();
  await s.cache.invalidate();
  return ids;
}

/** The substring match itself: open, unexpired jobs whose search text holds the keyword, newest first. */
async function likeJobs(s: Server, keyword: string): Promise<string[]> {
  const pattern = keywordPattern(keyword)!;
  const now = s.db.dateParam(new Date());
  return s.db.knex('jobs')
    .where('status', 'OPEN')
    .where((w) => w.whereNull('expires_at').orWhere('expires_at', '>', now))
    .whereRaw(`search_text like ? escape '\\'`, [pattern])
    .orderBy([{ column: 'published_at', order: 'desc' }, { column: 'id', order: 'desc' }])
    .pluck('id');
}

async function likeIds(s: Server, table: string, keyword: string, where: (q: any) => void): Promise<string[]> {
  const q = s.db.knex(table).whereRaw(`search_text like ? escape '\\'`, [keywordPattern(keyword)!]);
  where(q);
  return (await q.orderBy([{ column: 'published_at', order: 'desc' }, { column: 'id', order: 'desc' }]).pluck('id')) as string[];
}

/** A few hundred keywords drawn from the stored texts: 1–4 characters, Latin, digits, and words nobody wrote. */
async function drawKeywords(s: Server): Promise<{ kind: string; keyword: string }[]> {
  const rng = mulberry32(20261203);
  const texts = (await s.db.knex('jobs').orderBy('id').limit(3000).pluck('search_text')) as string[];
  const out: { kind: string; keyword: string }[] = [];
  const seen = new Set<string>();
  const add = (kind: string, keyword: string) => {
    if (keyword.trim() !== keyword || keyword.length === 0 || seen.has(keyword)) return;
    seen.add(keyword);
    out.push({ kind, keyword });
  };
  const han = /^\p{Script=Han}+$/u;
  for (const [len, n] of [[1, 30], [2, 100], [3, 70], [4, 50]] as const) {
    let tries = 0;
    const want = out.length + n;
    while (out.length < want && tries++ < 20_000) {
      const chars = [...texts[Math.floor(rng() * texts.length)]];
      const at = Math.floor(rng() * Math.max(1, chars.length - len));
      const kw = chars.slice(at, at + len).join('');
      if (han.test(kw)) add(`${len}-character`, kw);
    }
  }
  const latin = [...new Set(texts.flatMap((t) => t.match(/[a-z]{2,}/g) ?? []))];
  const digits = [...new Set(texts.flatMap((t) => t.match(/\d{2,}/g) ?? []))];
  for (const w of [...latin.slice(0, 20), 'ktv', 'spa', 'app', 'wifi', 'ok']) add('latin', w);
  for (const w of digits.sort().slice(0, 25)) add('digits', w.slice(0, 2 + Math.floor(rng() * 3)));
  for (const w of ['a', 'k', '1', '0', '8']) add('1-character', w);
  for (const w of ['宇宙飞船驾驶员', '量子', '潜水艇', '火星', '恐龙蛋', 'zzqx', 'xq9', '9z9z', '足疗火星', '夫妻间宇宙', '电工鲸鱼', '鲸']) add('no-hit', w);
  // Texts with a space, as a phrase of two words: the index has no pair across a blank.
  for (let i = 0; i < 10; i++) {
    const t = texts[Math.floor(rng() * texts.length)];
    const m = t.match(/\S{1,2} \S{1,2}/);
    if (m) add('with a space', m[0]);
  }
  return out;
}

describe.each(engines)('keyword search on %s', (engine) => {
  let s: Server;
  beforeAll(async () => {
    s = await startTestServer(engine, { RESPONSE_CACHE_SECONDS: '0' });
    await loadGeneratedJobs(s, 1500);
  }, 180_000);
  afterAll(() => s?.dispose());

  it('answers exactly what the substring match answers, page, order and count, on a few hundred keywords', async () => {
    const keywords = await drawKeywords(s);
    expect(keywords.length).toBeGreaterThanOrEqual(250);
    const kinds = new Map<string, number>();
    let checked = 0;
    for (const [i, { kind, keyword }] of keywords.entries()) {
      const expected = await likeJobs(s, keyword);
      const res = await s.gql(JOBS, { f: { keyword }, first: 50 });
      expect(res.errors).toBeUndefined();
      const got = res.data.jobs.edges.map((e: any) => e.node.id);
      expect({ keyword, ids: got }).toEqual({ keyword, ids: expected.slice(0, 50) });
      expect({ keyword, n: res.data.jobs.totalCount, more: res.data.jobs.totalCountIsLowerBound }).toEqual({ keyword, n: Math.min(expected.length, 1000), more: expected.length > 1000 });
      // The next page starts where the index's cursor bound says, on every fourth keyword.
      if (res.data.jobs.pageInfo.hasNextPage && i % 4 === 0) {
        const next = await s.gql(JOBS, { f: { keyword }, first: 50, after: res.data.jobs.pageInfo.endCursor });
        expect({ keyword, ids: next.data.jobs.edges.map((e: any) => e.node.id) }).toEqual({ keyword, ids: expected.slice(50, 100) });
      }
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      checked++;
    }
    expect(checked).toBe(keywords.length);
    console.log(`keyword search exactness on ${engine}: ${checked} keywords`, Object.fromEntries(kinds));
    for (const kind of ['1-character', '2-character', '3-character', '4-character', 'latin', 'digits', 'no-hit']) expect(kinds.get(kind) ?? 0).toBeGreaterThan(0);
    // Courses and shop openings use the same index.
    for (const { keyword } of keywords.filter((_, i) => i % 5 === 0)) {
      const today = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
      const courses = await likeIds(s, 'courses', keyword, (q) => q.whereNot('cancelled', s.db.boolParam(true)).where('end_date', '>=', today));
      const gotCourses = (await s.gql(COURSES, { k: keyword })).data.courses;
      expect({ keyword, ids: gotCourses.edges.map((e: any) => e.node.id), n: gotCourses.totalCount }).toEqual({ keyword, ids: courses.slice(0, 50), n: courses.length });
      const openings = await likeIds(s, 'franchise_openings', keyword, (q) => q.where('status', 'OPEN'));
      const gotOpenings = (await s.gql(OPENINGS, { k: keyword })).data.franchiseOpenings;
      expect({ keyword, ids: gotOpenings.edges.map((e: any) => e.node.id), n: gotOpenings.totalCount }).toEqual({ keyword, ids: openings.slice(0, 50), n: openings.length });
    }
  }, 300_000);

  it('takes every keyword literally: LIKE wildcards, quotes, FTS5 syntax and 50 characters are text, never an error', async () => {
    const hostile = ['%', '_', '%%', '\\', "'", '"', "'; drop table jobs; --", '"a" OR b*', 'a OR b', 'NEAR(足疗 店)', 'NEAR(', '足疗*', '^足疗', '足疗 AND 夫妻', 'col:足疗', '{grams}: 足', '(', ')', '*', '-足疗', '足'.repeat(50), 'x'.repeat(50), '"足疗"'];
    for (const keyword of hostile) {
      const res = await s.gql(JOBS, { f: { keyword }, first: 50 });
      expect({ keyword, errors: res.errors }).toEqual({ keyword, errors: undefined });
      const expected = await likeJobs(s, keyword);
      expect({ keyword, ids: res.data.jobs.edges.map((e: any) => e.node.id) }).toEqual({ keyword, ids: expected.slice(0, 50) });
      const facets = await s.gql(FACETS, { f: { keyword } });
      expect(facets.errors).toBeUndefined();
    }
    const tooLong = await s.gql(JOBS, { f: { keyword: '足'.repeat(51) } });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the index in step with an edit, a close and a takedown, at once', async () => {
    const owner = await signIn(s, `search-owner-${engine}`);
    const admin = await signIn(s, ADMIN_OPENID);
    const org = (await s.gql(`mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`, { i: { name: `搜索测试修脚连锁${engine}`, kind: 'EMPLOYER', description: '修脚', province: '广东省', city: '深圳市' } }, bearer(owner))).data.createOrganization.organization.id;
    const post = async (title: string) => {
      const res = await s.gql(`mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id status } userErrors { code } } }`, { o: org, i: { ...SHENZHEN_JOB, title } }, bearer(owner));
      expect(res.data.postJob.userErrors).toEqual([]);
      return res.data.postJob.job.id as string;
    };
    const found = async (keyword: string) => (await s.gql(JOBS, { f: { keyword }, first: 50 })).data.jobs.edges.map((e: any) => e.node.id) as string[];

    const edited = await post('鲲鹏足疗店招技师');
    expect((await found('鲲鹏足疗'))[0]).toBe(edited);
    const upd = await s.gql(`mutation($id: ID!, $i: JobInput!) { updateJob(id: $id, input: $i) { job { id } userErrors { code } } }`, { id: edited, i: { ...SHENZHEN_JOB, title: '麒麟修脚店招技师' } }, bearer(owner));
    expect(upd.data.updateJob.userErrors).toEqual([]);
    expect(await found('鲲鹏足疗')).not.toContain(edited);
    expect((await found('麒麟修脚'))[0]).toBe(edited);
    expect(await found('麒')).toContain(edited);

    const closed = await post('貔貅足疗店招技师');
    expect(await found('貔貅')).toContain(closed);
    const close = await s.gql(`mutation($id: ID!) { closeJob(id: $id) { job { status } userErrors { code } } }`, { id: closed }, bearer(owner));
    expect(close.data.closeJob.userErrors).toEqual([]);
    expect(await found('貔貅')).not.toContain(closed);

    const taken = await post('饕餮足疗店招技师');
    expect(await found('饕餮')).toContain(taken);
    const take = await s.gql(`mutation($id: ID!) { takeDownPosting(kind: JOB, id: $id, reason: "向求职者收取押金") { done } }`, { id: taken }, bearer(admin));
    expect(take.data.takeDownPosting.done).toBe(true);
    expect(await found('饕餮')).not.toContain(taken);

    // A draft published later moves to the top of its keyword's newest-first list.
    const draft = (await s.gql(`mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: false) { job { id } } }`, { o: org, i: { ...SHENZHEN_JOB, title: '鲲鹏足疗店二店招技师' } }, bearer(owner))).data.postJob.job.id;
    expect(await found('鲲鹏足疗')).not.toContain(draft);
    await post('鲲鹏足疗店三店招技师');
    await s.gql(`mutation($id: ID!) { publishJob(id: $id) { job { status } } }`, { id: draft }, bearer(owner));
    expect((await found('鲲鹏足疗'))[0]).toBe(draft);
    expect(await found('鲲鹏足疗')).toEqual(await likeJobs(s, '鲲鹏足疗'));
  });

  it('counts exactly up to 1,000 and reports more as a lower bound, in the list and its facets', async () => {
    const base = Date.now() + 60_000;
    await loadGeneratedJobs(s, 1100, (job, i) => ({ title: `${job.title.slice(0, 20)} 千条测试`, publishedAt: new Date(base + i * 1000), status: 'OPEN', expiresAt: null }));
    const open = (await likeJobs(s, '千条测试')).length;
    expect(open).toBe(1100);
    const many = (await s.gql(JOBS, { f: { keyword: '千条测试' }, first: 1 })).data.jobs;
    expect(many).toMatchObject({ totalCount: 1000, totalCountIsLowerBound: true });
    const all = (await s.gql(JOBS, { first: 1 })).data.jobs;
    expect(all).toMatchObject({ totalCount: 1000, totalCountIsLowerBound: true });
    const facets = (await s.gql(FACETS, { f: { keyword: '千条测试' } })).data.jobFacets;
    expect(facets).toMatchObject({ totalCount: 1000, totalCountIsLowerBound: true, countsAreLowerBounds: true });
    for (const c of facets.categories) expect(c.count).toBeLessThanOrEqual(1000);
    const few = (await s.gql(JOBS, { f: { keyword: '千条测试', category: 'FARMING' }, first: 1 })).data.jobs;
    const fewExpected = (await s.db.knex('jobs').whereIn('id', await likeJobs(s, '千条测试')).where('category', 'FARMING').count({ n: '*' }))[0].n;
    expect(few).toMatchObject({ totalCount: Number(fewExpected), totalCountIsLowerBound: false });
    const exact = (await s.gql(FACETS, { f: { keyword: '鲲鹏足疗' } })).data.jobFacets;
    expect(exact).toMatchObject({ totalCount: 2, totalCountIsLowerBound: false, countsAreLowerBounds: false });
  }, 180_000);
});
