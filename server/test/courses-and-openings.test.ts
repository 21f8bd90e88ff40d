import { engines, startTestServer } from './harness';

const COURSES = `query($filter: CourseFilter, $sort: CourseSort, $first: Int, $after: String) {
  courses(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id title skill description trainer { id name kind verified } place { province city county town address }
      startDate endDate hours fee isFree subsidy coversFood coversLodging coversTravel seats seatsLeft
      enrollmentDeadline certificate requirements leadsToEmployers { id name kind } leadsToJobs { id title employer { id } }
      contactName contactPhone publishedAt status } }
  }
}`;

const OPENINGS = `query($filter: FranchiseOpeningFilter, $sort: FranchiseOpeningSort, $first: Int, $after: String) {
  franchiseOpenings(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id title description brand { id name kind verified } place { province city county }
      openingDate positions { title headcount pay { min max unit settlement monthlyMin monthlyMax } }
      isFranchiseOffer franchise { investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear }
      contactName contactPhone publishedAt status } }
  }
}`;

describe.each(engines)('courses, shop openings and organisations on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    s = await startTestServer(engine);
  });
  afterAll(() => s?.dispose());

  async function walk(query: string, field: string, variables: Record<string, unknown>) {
    const seen: any[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let i = 0; i < 50; i++) {
      const res: any = await s.gql(query, { ...variables, after });
      expect(res.errors).toBeUndefined();
      const conn: any = res.data[field];
      totalCount = conn.totalCount;
      seen.push(...conn.edges.map((e: any) => e.node));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
    expect(seen.length).toBe(totalCount);
    return seen;
  }

  it('lists courses with seats, dates, fees and what they lead to', async () => {
    const all = await walk(COURSES, 'courses', { first: 7 });
    expect(all.length).toBeGreaterThanOrEqual(30);
    for (const c of all) {
      expect(c.status).not.toBe('CANCELLED');
      expect(c.seatsLeft).toBeGreaterThanOrEqual(0);
      expect(c.seatsLeft).toBeLessThanOrEqual(c.seats);
      expect(c.isFree).toBe(c.fee === 0);
      expect(c.startDate <= c.endDate).toBe(true);
      expect(c.trainer.kind).toBe('TRAINING_INSTITUTION');
      for (const e of c.leadsToEmployers) expect(e.kind).not.toBe('TRAINING_INSTITUTION');
      const employerIds = new Set(c.leadsToEmployers.map((e: any) => e.id));
      for (const j of c.leadsToJobs) expect(employerIds.has(j.employer.id)).toBe(true);
    }
    expect(all.some((c) => c.leadsToJobs.length > 0)).toBe(true);
    expect(all.filter((c) => c.isFree).length).toBeGreaterThan(all.length / 2);
  });

  it('filters courses by skill, free, start date, seats and keyword', async () => {
    const pedicure = await walk(COURSES, 'courses', { filter: { skill: 'PEDICURE' } });
    expect(pedicure.length).toBeGreaterThan(0);
    expect(pedicure.every((c) => c.skill === 'PEDICURE')).toBe(true);
    const free = await walk(COURSES, 'courses', { filter: { freeOnly: true } });
    expect(free.every((c) => c.fee === 0)).toBe(true);
    const day = new Date(Date.now() + 20 * 86400000).toISOString().slice(0, 10);
    const later = await walk(COURSES, 'courses', { filter: { startsAfter: day } });
    expect(later.every((c) => c.startDate >= day)).toBe(true);
    const seats = await walk(COURSES, 'courses', { filter: { hasSeatsLeft: true } });
    expect(seats.length).toBeGreaterThan(0);
    expect(seats.every((c) => c.seatsLeft > 0 && c.status === 'OPEN')).toBe(true);
    const kw = await walk(COURSES, 'courses', { filter: { keyword: '修脚' } });
    expect(kw.length).toBeGreaterThan(0);
    for (const c of kw) expect([c.title, c.description, c.trainer.name, c.certificate ?? ''].join(' ')).toContain('修脚');
    const county = await walk(COURSES, 'courses', { filter: { place: { county: '紫阳县' } } });
    expect(county.every((c) => c.place.county === '紫阳县')).toBe(true);
  });

  it('sorts courses by soonest start', async () => {
    const all = await walk(COURSES, 'courses', { sort: 'SOONEST_START', first: 9 });
    const starts = all.map((c) => c.startDate);
    expect([...starts].sort()).toEqual(starts);
  });

  it('reads one course by id', async () => {
    const first = (await s.gql(COURSES, { first: 1 })).data.courses.edges[0].node;
    const one = await s.gql(`query($id: ID!) { course(id: $id) { id title seatsLeft trainer { name } } }`, { id: first.id });
    expect(one.data.course).toEqual({ id: first.id, title: first.title, seatsLeft: first.seatsLeft, trainer: { name: first.trainer.name } });
    expect((await s.gql(`{ course(id: "unknown1") { id } }`)).data.course).toBeNull();
  });

  it('lists shop openings with positions and franchise terms', async () => {
    const all = await walk(OPENINGS, 'franchiseOpenings', { first: 11 });
    expect(all.length).toBeGreaterThanOrEqual(50);
    for (const o of all) {
      expect(o.status).toBe('OPEN');
      expect(o.positions.length).toBeGreaterThan(0);
      expect(o.isFranchiseOffer).toBe(o.franchise !== null);
      if (o.franchise) expect(o.franchise.investmentMin).toBeLessThanOrEqual(o.franchise.investmentMax);
    }
    expect(all.some((o) => o.isFranchiseOffer)).toBe(true);
    expect(all.some((o) => !o.isFranchiseOffer)).toBe(true);
  });

  it('filters openings by city, position and franchise offers, and sorts them', async () => {
    const first = (await s.gql(OPENINGS, { first: 1 })).data.franchiseOpenings.edges[0].node;
    const city = await walk(OPENINGS, 'franchiseOpenings', { filter: { city: first.place.city } });
    expect(city.length).toBeGreaterThan(0);
    expect(city.every((o) => o.place.city === first.place.city)).toBe(true);
    const pos = await walk(OPENINGS, 'franchiseOpenings', { filter: { position: '修脚' } });
    expect(pos.length).toBeGreaterThan(0);
    expect(pos.every((o) => o.positions.some((p: any) => p.title.includes('修脚')))).toBe(true);
    const fr = await walk(OPENINGS, 'franchiseOpenings', { filter: { franchiseOnly: true } });
    expect(fr.length).toBeGreaterThan(0);
    expect(fr.every((o) => o.isFranchiseOffer)).toBe(true);
    const byPay = await walk(OPENINGS, 'franchiseOpenings', { sort: 'HIGHEST_PAY', first: 13 });
    const best = byPay.map((o) => Math.max(...o.positions.map((p: any) => p.pay.monthlyMax)));
    expect([...best].sort((a, b) => b - a)).toEqual(best);
    const soon = await walk(OPENINGS, 'franchiseOpenings', { sort: 'SOONEST_OPENING', first: 13 });
    const dates = soon.map((o) => o.openingDate ?? '9999-12-31');
    expect([...dates].sort()).toEqual(dates);
  });

  it('reads an opening and an organisation by id', async () => {
    const o = (await s.gql(OPENINGS, { first: 1 })).data.franchiseOpenings.edges[0].node;
    const one = await s.gql(`query($id: ID!) { franchiseOpening(id: $id) { id brand { id } } }`, { id: o.id });
    expect(one.data.franchiseOpening).toEqual({ id: o.id, brand: { id: o.brand.id } });
    const org = await s.gql(`query($id: ID!) { organization(id: $id) { id name kind verified verifiedAt description place { city } openJobCount } }`, { id: o.brand.id });
    expect(org.data.organization).toMatchObject({ id: o.brand.id, name: o.brand.name, kind: o.brand.kind, verified: o.brand.verified });
    expect(org.data.organization.verifiedAt === null).toBe(!o.brand.verified);
    expect((await s.gql(`{ organization(id: "nobody") { id } }`)).data.organization).toBeNull();
    const employer = await s.gql(`{ jobs(first: 1) { edges { node { employer { id openJobCount } } } } }`);
    const e = employer.data.jobs.edges[0].node.employer;
    expect(e.openJobCount).toBeGreaterThan(0);
  });
});
