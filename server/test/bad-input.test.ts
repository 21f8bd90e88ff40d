import { codes, engines, startTestServer } from './harness';

const JOBS = `query($first: Int, $after: String, $filter: JobFilter) { jobs(first: $first, after: $after, filter: $filter) { totalCount edges { node { id } } pageInfo { endCursor } } }`;

describe.each(engines)('hostile input on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    s = await startTestServer(engine);
  });
  afterAll(() => s?.dispose());

  async function stillServes() {
    const ok = await s.gql(`{ jobs(first: 1) { totalCount } }`);
    expect(ok.status).toBe(200);
    expect(ok.data.jobs.totalCount).toBeGreaterThan(0);
  }

  function expectClean(raw: string) {
    expect(raw).not.toMatch(/stacktrace|\bat .*\.(js|ts):\d+|select |insert |sqlite|postgres|knex|SQLITE_|syntax error at/i);
  }

  it.each([0, -1, 51, 1e9])('refuses first = %p', async (first) => {
    const res = await s.gql(JOBS, { first });
    expect(res.status).toBe(200);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toContain('first');
    expect(res.data).toBeNull();
    expectClean(res.raw);
  });

  it('refuses a string for first, before execution', async () => {
    const res = await s.gql(JOBS, { first: 'twenty' });
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const lit = await s.gql(`{ jobs(first: "twenty") { totalCount } }`);
    expect(lit.status).toBe(400);
    expect(codes(lit)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it.each([
    ['garbage', '!!!not a cursor!!!'],
    ['random base64', Buffer.from('hello world').toString('base64url')],
    ['forged values', Buffer.from(JSON.stringify({ s: 'NEWEST', k: ["1' or 1=1 --", 'x'] })).toString('base64url')],
    ['wrong sort', Buffer.from(JSON.stringify({ s: 'HIGHEST_PAY', k: [1, 2, 'abc'] })).toString('base64url')],
    ['too long', 'A'.repeat(5000)],
  ])('refuses a %s cursor', async (_name, after) => {
    const res = await s.gql(JOBS, { after });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toContain('after');
    expectClean(res.raw);
  });

  it('refuses a truncated cursor', async () => {
    const page = await s.gql(JOBS, { first: 2 });
    const cursor: string = page.data.jobs.pageInfo.endCursor;
    const res = await s.gql(JOBS, { after: cursor.slice(0, cursor.length - 5) });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an unknown enum value', async () => {
    const res = await s.gql(`query($f: JobFilter) { jobs(filter: $f) { totalCount } }`, { f: { category: 'SPACESHIP' } });
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const lit = await s.gql(`{ jobs(sort: CHEAPEST) { totalCount } }`);
    expect(codes(lit)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it.each(['', 'a b', "1' OR '1'='1", 'x'.repeat(17), '../../etc/passwd'])('refuses a malformed id %p', async (id) => {
    const res = await s.gql(`query($id: ID!) { job(id: $id) { id } }`, { id });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expectClean(res.raw);
  });

  it('refuses a 10,000-character keyword and control characters', async () => {
    const long = await s.gql(JOBS, { filter: { keyword: '足'.repeat(10000) } });
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
    expect(long.errors![0].message).toContain('50');
    const nul = await s.gql(JOBS, { filter: { keyword: '足\u0000疗' } });
    expect(codes(nul)).toEqual(['BAD_USER_INPUT']);
    const town = await s.gql(JOBS, { filter: { place: { town: '镇'.repeat(500) } } });
    expect(codes(town)).toEqual(['BAD_USER_INPUT']);
    await stillServes();
  });

  it('refuses out-of-range numbers in filters', async () => {
    for (const filter of [{ postedWithinDays: 0 }, { postedWithinDays: 100000 }, { minPay: { amount: -5, unit: 'MONTH' } }, { minPay: { amount: 2e9, unit: 'DAY' } }]) {
      const res = await s.gql(JOBS, { filter });
      expect(res.errors?.length).toBe(1);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    }
    const bad = await s.gql(`query($f: CourseFilter) { courses(filter: $f) { totalCount } }`, { f: { startsAfter: '2026-02-30' } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await s.post('{"query": "{ ok }"');
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    await stillServes();
  });

  it('refuses an empty body and an empty query', async () => {
    const empty = await s.post('');
    expect(empty.status).toBe(400);
    const noQuery = await s.post(JSON.stringify({ query: '' }));
    expect(noQuery.status).toBe(400);
    const body: any = await noQuery.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a mutation over GET, and a GET without a CSRF header', async () => {
    const url = `${s.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`;
    const mut = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(mut.status).toBe(405);
    const q = await fetch(`${s.url}/graphql?query=${encodeURIComponent('{ ok }')}`);
    expect(q.status).toBe(400);
    const okGet = await fetch(`${s.url}/graphql?query=${encodeURIComponent('{ ok }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(okGet.status).toBe(200);
    expect(await okGet.json()).toEqual({ data: { ok: true } });
  });

  it('refuses a query nested 20 levels deep', async () => {
    let inner = 'name';
    for (let i = 0; i < 20; i++) inner = `ofType { ${inner} }`;
    const res = await s.gql(`{ __type(name: "Job") { fields { type { ${inner} } } } }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('still answers the standard introspection query', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const res = await s.gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.queryType.name).toBe('Query');
  });

  it('refuses 200 aliases', async () => {
    const fields = Array.from({ length: 200 }, (_, i) => `a${i}: ok`).join(' ');
    const res = await s.gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['TOO_MANY_ALIASES']);
  });

  it('refuses a query that would cost too much', async () => {
    const fields = Array.from({ length: 25 }, (_, i) => `c${i}: courses(first: 50) { edges { node { leadsToJobs { employer { place { city } } } } } }`).join(' ');
    const res = await s.gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses a 1 MB body before reading it all', async () => {
    const res = await s.post(JSON.stringify({ query: `{ ok }`, variables: { pad: 'x'.repeat(1024 * 1024) } }));
    expect(res.status).toBe(413);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await stillServes();
  });

  it('refuses a batch of 100 operations', async () => {
    const batch = JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ ok }' })));
    const res = await s.post(batch);
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    await stillServes();
  });

  it('refuses a syntax error with a parse error code', async () => {
    const res = await s.gql(`{ jobs(first: 1 { totalCount } }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expectClean(res.raw);
  });

  it('refuses a huge query by its token count', async () => {
    const res = await s.gql(`{ ${Array.from({ length: 6000 }, () => 'ok').join(' ')} }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('keeps serving after all of the above', stillServes);
});
