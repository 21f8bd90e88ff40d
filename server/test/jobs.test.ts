import { engines, startTestServer, type TestServer } from './harness';
import { insertJob } from './builders';

const JOB_FIELDS = `
  id title category description
  employer { id name kind verified }
  place { province city county town village address latitude longitude }
  pay { min max unit settlement monthlyMin monthlyMax }
  providesHousing providesMeals coupleRooms dayShiftOnly socialInsurance travelPaid
  headcount ageMin ageMax requirements contactName contactPhone publishedAt expiresAt status`;

const LIST = `query($filter: JobFilter, $sort: JobSort, $first: Int, $after: String) {
  jobs(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${JOB_FIELDS} } }
  }
}`;

type JobNode = Record<string, any>;

async function walk(s: TestServer, variables: Record<string, unknown>, between?: (page: number) => Promise<void>) {
  const seen: JobNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const res: any = await s.gql(LIST, { ...variables, after });
    expect(res.errors).toBeUndefined();
    seen.push(...res.data.jobs.edges.map((e: any) => e.node));
    if (!res.data.jobs.pageInfo.hasNextPage) return { seen, totalCount: res.data.jobs.totalCount };
    after = res.data.jobs.pageInfo.endCursor;
    if (between) await between(page);
  }
  throw new Error('walk did not end');
}

describe.each(engines)('jobs on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    s = await startTestServer(engine);
  });
  afterAll(() => s?.dispose());

  it('lists open jobs newest first with every field a villager decides on', async () => {
    const res = await s.gql(LIST, {});
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const { edges, totalCount, pageInfo } = res.data.jobs;
    expect(edges).toHaveLength(20);
    expect(totalCount).toBeGreaterThanOrEqual(200);
    expect(pageInfo.hasNextPage).toBe(true);
    const times = edges.map((e: any) => Date.parse(e.node.publishedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const { node } of edges) {
      expect(node.status).toBe('OPEN');
      expect(node.id).toMatch(/^[A-Za-z0-9_-]{8,16}$/);
      expect(node.title).toMatch(/[\u4e00-\u9fff]/);
      expect(node.pay.min).toBeLessThanOrEqual(node.pay.max);
      expect(node.pay.monthlyMin).toBeLessThanOrEqual(node.pay.monthlyMax);
      expect(['MONTH', 'DAY', 'PIECE']).toContain(node.pay.unit);
      expect(node.place.province).toBeTruthy();
      expect(node.place.city).toBeTruthy();
      expect(node.employer.name).toBeTruthy();
    }
  });

  it('ids are opaque, not sequential numbers', async () => {
    const res = await s.gql(LIST, { first: 50 });
    const ids: string[] = res.data.jobs.edges.map((e: any) => e.node.id);
    expect(ids.some((id) => /^\d+$/.test(id))).toBe(false);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('walks every page without repeating or skipping a job', async () => {
    const all = await walk(s, { first: 50 });
    expect(all.seen).toHaveLength(all.totalCount);
    expect(new Set(all.seen.map((j) => j.id)).size).toBe(all.totalCount);
  });

  it('keeps pages stable when jobs are published between pages', async () => {
    const before = await walk(s, { first: 37, sort: 'NEWEST' });
    const inserted: string[] = [];
    const during = await walk(s, { first: 37, sort: 'NEWEST' }, async () => {
      // Newer than anything listed: must not shift later pages.
      inserted.push((await insertJob(s, { publishedAt: new Date(Date.now() + 1000) })).id);
    });
    expect(inserted.length).toBeGreaterThan(0);
    expect(during.seen.map((j) => j.id)).toEqual(before.seen.map((j) => j.id));
    const after = await s.gql(LIST, { first: 50 });
    expect(after.data.jobs.totalCount).toBe(before.totalCount + inserted.length);
    expect(after.data.jobs.edges.slice(0, inserted.length).map((e: any) => e.node.id).sort()).toEqual([...inserted].sort());
  });

  it('sorts by highest monthly-equivalent pay, paging without repeats', async () => {
    const all = await walk(s, { sort: 'HIGHEST_PAY', first: 50 });
    const pays = all.seen.map((j) => j.pay.monthlyMax);
    expect([...pays].sort((a, b) => b - a)).toEqual(pays);
    expect(new Set(all.seen.map((j) => j.id)).size).toBe(all.seen.length);
    expect(all.seen.length).toBe(all.totalCount);
  });

  it('finds jobs by a Chinese keyword, and only matching ones', async () => {
    const all = await walk(s, { filter: { keyword: '足疗' }, first: 50 });
    expect(all.seen.length).toBeGreaterThan(5);
    for (const j of all.seen) {
      const text = [j.title, j.description, j.employer.name, j.place.province, j.place.city, j.place.county, j.place.town, j.place.village, j.place.address, ...j.requirements].join(' ');
      expect(text).toContain('足疗');
    }
    const none = await s.gql(LIST, { filter: { keyword: '宇宙飞船驾驶员' } });
    expect(none.data.jobs.totalCount).toBe(0);
    expect(none.data.jobs.edges).toEqual([]);
    expect(none.data.jobs.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('treats % and _ in a keyword literally', async () => {
    const percent = await s.gql(LIST, { filter: { keyword: '%' }, first: 50 });
    for (const { node } of percent.data.jobs.edges) expect(JSON.stringify(node)).toContain('%');
    const underscore = await s.gql(LIST, { filter: { keyword: '_' } });
    expect(underscore.data.jobs.totalCount).toBe(0);
    const marked = await insertJob(s, { title: '计件工 提成50%_特殊', description: '按件计酬。' });
    const hit = await s.gql(LIST, { filter: { keyword: '50%_特' } });
    expect(hit.data.jobs.edges.map((e: any) => e.node.id)).toEqual([marked.id]);
    const wild = await s.gql(LIST, { filter: { keyword: '5_%' } });
    expect(wild.data.jobs.totalCount).toBe(0);
  });

  it('ignores a keyword of only spaces', async () => {
    const plain = await s.gql(LIST, {});
    const spaces = await s.gql(LIST, { filter: { keyword: '    ' } });
    expect(spaces.errors).toBeUndefined();
    expect(spaces.data.jobs.totalCount).toBe(plain.data.jobs.totalCount);
  });

  it('filters by category, place at every level and living conditions', async () => {
    const checks: [Record<string, unknown>, (j: JobNode) => boolean][] = [
      [{ category: 'PEDICURE' }, (j) => j.category === 'PEDICURE'],
      [{ place: { county: '紫阳县' } }, (j) => j.place.county === '紫阳县'],
      [{ place: { town: '高桥镇' } }, (j) => j.place.town === '高桥镇'],
      [{ place: { city: '深圳市' } }, (j) => j.place.city === '深圳市'],
      [{ place: { province: '陕西省' } }, (j) => j.place.province === '陕西省'],
      [{ providesHousing: true, providesMeals: true }, (j) => j.providesHousing && j.providesMeals],
      [{ coupleRooms: true }, (j) => j.coupleRooms],
      [{ dayShiftOnly: true }, (j) => j.dayShiftOnly],
      [{ socialInsurance: true }, (j) => j.socialInsurance],
      [{ travelPaid: true }, (j) => j.travelPaid],
      [{ dailySettlement: true }, (j) => j.pay.settlement === 'DAILY'],
      [{ verifiedOnly: true }, (j) => j.employer.verified],
    ];
    const total = (await s.gql(LIST, { first: 1 })).data.jobs.totalCount;
    for (const [filter, holds] of checks) {
      const all = await walk(s, { filter, first: 50 });
      expect({ filter, n: all.seen.length > 0 }).toEqual({ filter, n: true });
      expect(all.seen.length).toBeLessThan(total);
      for (const j of all.seen) expect({ filter, ok: holds(j) }).toEqual({ filter, ok: true });
    }
  });

  it('a false condition means "don\'t care", not "must not have"', async () => {
    const plain = await s.gql(LIST, { first: 1 });
    const f = await s.gql(LIST, { first: 1, filter: { providesHousing: false, verifiedOnly: false } });
    expect(f.data.jobs.totalCount).toBe(plain.data.jobs.totalCount);
  });

  it('compares minimum pay across month, day and piece rates', async () => {
    const month = await walk(s, { filter: { minPay: { amount: 8000, unit: 'MONTH' } }, first: 50 });
    expect(month.seen.length).toBeGreaterThan(0);
    for (const j of month.seen) expect(j.pay.monthlyMax).toBeGreaterThanOrEqual(8000);
    expect(month.seen.some((j) => j.pay.unit !== 'MONTH')).toBe(true);
    // 300 a day is 7800 a month: the day floor and the month floor agree.
    const day = await s.gql(LIST, { first: 1, filter: { minPay: { amount: 300, unit: 'DAY' } } });
    const same = await s.gql(LIST, { first: 1, filter: { minPay: { amount: 7800, unit: 'MONTH' } } });
    expect(day.data.jobs.totalCount).toBe(same.data.jobs.totalCount);
  });

  it('filters by how recently a job was posted', async () => {
    const week = await walk(s, { filter: { postedWithinDays: 7 }, first: 50 });
    const limit = Date.now() - 7 * 86400000 - 60000;
    for (const j of week.seen) expect(Date.parse(j.publishedAt)).toBeGreaterThan(limit);
    const all = (await s.gql(LIST, { first: 1 })).data.jobs.totalCount;
    expect(week.seen.length).toBeLessThan(all);
  });

  it('never lists closed or expired jobs, but shows them by id with their status', async () => {
    const closed = await insertJob(s, { status: 'CLOSED', title: '已招满的岗位' });
    const expired = await insertJob(s, { expiresAt: new Date(Date.now() - 86400000), title: '已过期的岗位' });
    const all = await walk(s, { first: 50 });
    const ids = new Set(all.seen.map((j) => j.id));
    expect(ids.has(closed.id)).toBe(false);
    expect(ids.has(expired.id)).toBe(false);
    const one = await s.gql(`query($id: ID!) { job(id: $id) { id status } }`, { id: closed.id });
    expect(one.data.job).toEqual({ id: closed.id, status: 'CLOSED' });
    const two = await s.gql(`query($id: ID!) { job(id: $id) { id status } }`, { id: expired.id });
    expect(two.data.job).toEqual({ id: expired.id, status: 'EXPIRED' });
  });

  it('reads one job with all its fields, and null for an unknown id', async () => {
    const first = (await s.gql(LIST, { first: 1 })).data.jobs.edges[0].node;
    const one = await s.gql(`query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`, { id: first.id });
    expect(one.data.job).toEqual(first);
    const none = await s.gql(`query { job(id: "NoSuchJob123") { id } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data.job).toBeNull();
  });

  it('facets agree with the list they describe', async () => {
    const FACETS = `query($filter: JobFilter) { jobFacets(filter: $filter) {
      totalCount categories { category count } cities { province city town count } towns { province city town count }
      conditions { providesHousing providesMeals coupleRooms dayShiftOnly socialInsurance travelPaid dailySettlement verifiedOnly } } }`;
    const count = async (filter: Record<string, unknown>) => (await s.gql(LIST, { filter, first: 1 })).data.jobs.totalCount as number;
    for (const base of [{}, { place: { county: '紫阳县' } }, { keyword: '包吃住' }, { providesHousing: true }]) {
      const f = (await s.gql(FACETS, { filter: base })).data.jobFacets;
      expect(f.totalCount).toBe(await count(base));
      for (const c of f.categories) expect(await count({ ...base, category: c.category })).toBe(c.count);
      for (const [cond, n] of Object.entries(f.conditions)) expect({ cond, n: await count({ ...base, [cond]: true }) }).toEqual({ cond, n });
      for (const c of f.cities.slice(0, 5)) expect(await count({ ...base, place: { province: c.province, city: c.city } })).toBe(c.count);
      for (const t of f.towns.slice(0, 5)) expect(await count({ ...base, place: { county: '紫阳县', town: t.town } })).toBe(t.count);
      if (!('place' in base)) {
        expect(f.categories.reduce((a: number, c: any) => a + c.count, 0)).toBe(f.totalCount);
      }
    }
    // A category facet leaves its own dimension out: choosing 足疗 keeps the other chips' counts.
    const all = (await s.gql(FACETS, {})).data.jobFacets;
    const chosen = (await s.gql(FACETS, { filter: { category: 'FOOT_THERAPY' } })).data.jobFacets;
    expect(chosen.categories).toEqual(all.categories);
    expect(chosen.towns.length + all.towns.length).toBeGreaterThan(0);
  });
});
