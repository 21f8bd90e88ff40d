import fs from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  getIntrospectionQuery,
  parse,
  typeFromAST,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { loadTypeDefs } from '../src/graphql/schema';
import { createLimiter, LIMITS, unsizedListFields } from '../src/graphql/limits';
import { whileProbingHealth } from './health-probe';
import { engines, startTestServer, signIn, bearer, codes, type TestServer } from './harness';
import type { WechatStandIn } from '../src/wechat/stand-in';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
const limiter = createLimiter(schema);

/** Every operation the mini-program sends, from its generated typed documents. */
function appDocuments(): { name: string; document: DocumentNode }[] {
  const file = path.resolve(__dirname, '..', '..', 'miniapp', 'src', 'gql', 'graphql.ts');
  const out: { name: string; document: DocumentNode }[] = [];
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    out.push({ name: m[1], document: JSON.parse(m[2]) as DocumentNode });
  }
  return out;
}

const opOf = (d: DocumentNode) => d.definitions.find((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION)!;

/** A value of an input type with every required part filled, for measuring a document. */
function sample(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sample(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isInputObjectType(t)) {
    const v: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) if (isNonNullType(f.type)) v[f.name] = sample(f.type);
    return v;
  }
  if (isScalarType(t)) return ({ Int: 1, Float: 1, Boolean: true, ID: 'abcdefghijkl', Date: '2026-12-20', DateTime: '2026-12-20T00:00:00.000Z' } as Record<string, unknown>)[t.name] ?? 'x';
  return null;
}

/** Every required variable filled, and the largest page each paginated one may ask for. */
function largestVariables(op: OperationDefinitionNode): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  for (const def of op.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (name === 'first') v.first = 50;
    else if (def.type.kind === Kind.NON_NULL_TYPE) v[name] = sample(typeFromAST(schema, def.type) as GraphQLInputType);
  }
  return v;
}

describe('query limits, measured without a server', () => {
  it('every list field of the schema states its size', () => {
    expect(unsizedListFields(schema)).toEqual([]);
  });

  it("every operation of the app fits the limits at its largest page", () => {
    const docs = appDocuments();
    expect(docs.length).toBeGreaterThan(40);
    const costs = docs.map(({ name, document }) => ({ name, cost: limiter.cost(document, opOf(document), largestVariables(opOf(document))) }));
    costs.sort((a, b) => b.cost - a.cost);
    console.log(`largest app operations (cost, budget ${LIMITS.maxCost}):\n${costs.slice(0, 8).map((c) => `  ${c.cost}\t${c.name}`).join('\n')}`);
    for (const { document } of docs) expect(() => limiter.check(document, opOf(document), largestVariables(opOf(document)))).not.toThrow();
  });
});

/** `{ ...F0 } fragment F0 on Query { ...F1 ...F1 } …`: each level doubles what a naive walk visits. */
function fanOut(levels: number, leaf = 'ok'): string {
  const frags = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `query { ...F0 } ${frags.join(' ')} fragment F${levels} on Query { ${leaf} }`;
}

describe('query limits, measured without a server: what they count', () => {
  const costOf = (q: string, variables: Record<string, unknown> = {}) => {
    const d = parse(q);
    return limiter.cost(d, opOf(d), variables);
  };

  it('prices the standard introspection query within the budget', () => {
    const cost = costOf(getIntrospectionQuery());
    console.log(`standard introspection query: cost ${cost}`);
    expect(cost).toBeLessThan(LIMITS.maxCost);
  });

  it('counts leaves, so asking for more fields costs more', () => {
    expect(costOf('{ jobs { edges { node { id title description } } } }')).toBeGreaterThan(costOf('{ jobs { edges { node { id } } } }'));
  });

  it('counts a page by its `first`, given literally, by a variable, or by default', () => {
    const one = costOf('{ jobs(first: 1) { edges { node { id } } } }');
    expect(costOf('{ jobs(first: 50) { edges { node { id } } } }')).toBeGreaterThan(40 * one);
    expect(costOf('query($n: Int) { jobs(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(costOf('{ jobs(first: 50) { edges { node { id } } } }'));
    expect(costOf('{ jobs { edges { node { id } } } }')).toBe(costOf('{ jobs(first: 20) { edges { node { id } } } }'));
  });

  it('counts plain lists at their stated size, nested ones multiplied', () => {
    const one = costOf('{ organization(id: "abcdefghijkl") { postedJobs { id } } }');
    const two = costOf('{ organization(id: "abcdefghijkl") { postedJobs { employer { postedJobs { id } } } } }');
    expect(one).toBeGreaterThanOrEqual(200);
    expect(two).toBeGreaterThan(LIMITS.maxCost);
  });

  it('counts a fragment at every place it is spread, and stops walking at the node budget', () => {
    expect(costOf(fanOut(4))).toBe(16);
    expect(() => costOf(fanOut(40))).toThrow(/maximum allowed number of nodes/);
  });

  it('measures a 40-level fan-out in linear time', () => {
    const d = parse(fanOut(40));
    const t0 = performance.now();
    expect(() => limiter.check(d, opOf(d), {})).toThrow(/查询太大/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe.each(engines)('hostile documents over HTTP on %s', (engine) => {
  let s: TestServer & { wechat: WechatStandIn; dispose(): Promise<void> };
  let recruiter = '';
  let villager = '';
  let orgId = '';

  beforeAll(async () => {
    s = await startTestServer(engine, { LOGIN_RATE_LIMIT: '2', MUTATION_RATE_LIMIT: '2' });
    // The two sign-ins the address is allowed this minute; the attacks below ask for thirty.
    recruiter = await signIn(s, 'limits-recruiter');
    villager = await signIn(s, 'limits-villager');
    const org = await s.gql(`mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`, { i: { name: '限额测试修脚连锁', kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市' } }, bearer(recruiter));
    orgId = org.data.createOrganization.organization.id;
  });
  afterAll(() => s?.dispose());

  /** Sends the attack while /healthz is probed; asserts both stay well under a second. */
  async function refusedQuickly(query: string, init: RequestInit = {}, variables?: Record<string, unknown>) {
    const { result, attackMs, healthMs } = await whileProbingHealth(s, () => s.gql(query, variables, init));
    expect(attackMs).toBeLessThan(1000);
    expect(Math.max(...healthMs)).toBeLessThan(1000);
    return result;
  }

  it('refuses fragments that fan out 40 levels, at once, while /healthz answers', async () => {
    const res = await refusedQuickly(fanOut(40));
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(res.data).toBeUndefined();
  });

  it('refuses fragments that fan out 40 levels over a list, while /healthz answers', async () => {
    const res = await refusedQuickly(fanOut(40, 'jobs(first: 50) { edges { node { id title } } }'));
    expect(codes(res)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('answers a 10-level fan-out of a cheap field (1,024 fields) within the budget', async () => {
    const res = await refusedQuickly(fanOut(10));
    expect(res.errors).toBeUndefined();
    expect(res.data.ok).toBe(true);
  });

  it('refuses nested plain lists that would multiply (postedJobs → employer → postedJobs)', async () => {
    const res = await refusedQuickly(`query($o: ID!) { organization(id: $o) { postedJobs { employer { postedJobs { employer { postedJobs { id } } } } } } }`, bearer(recruiter), { o: orgId });
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it.each([
    ['applicants of jobs of a course', `{ courses(first: 50) { edges { node { leadsToJobs { applications { history { status } applicant { name } } } } } } }`],
    ['enrolments of every posted course', `query($o: ID!) { organization(id: $o) { postedCourses { enrollments { history { status message } } } } }`],
    ['favourites inside favourites', `{ myFavorites { job { employer { postedJobs { applications { id } } } } } }`],
  ])('refuses %s', async (_name, query) => {
    const res = await refusedQuickly(query, bearer(recruiter), { o: orgId });
    expect(codes(res)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('counts aliases inside a fragment at every spread', async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: ok`).join(' ');
    const res = await refusedQuickly(`{ ...A ...B ...C ...D } fragment A on Query { ...X } fragment B on Query { ...X } fragment C on Query { ...X } fragment D on Query { ...X } fragment X on Query { ${aliases} }`);
    expect(codes(res)).toEqual(['TOO_MANY_ALIASES']);
  });

  it('counts depth through fragments', async () => {
    let inner = 'name';
    for (let i = 0; i < 18; i++) inner = `ofType { ...T${i} } } fragment T${i} on __Type { ${inner}`;
    const res = await refusedQuickly(`{ __type(name: "Job") { ofType { ...T } } } fragment T on __Type { ${inner} }`.replace('...T }', '...T17 }'));
    expect([['QUERY_TOO_DEEP'], ['GRAPHQL_VALIDATION_FAILED']]).toContainEqual(codes(res));
  });

  it('prices introspection like any query: ten copies of a wide walk are refused', async () => {
    const walk = `__schema { types { fields { type { fields { type { name } } } } } }`;
    const one = await refusedQuickly(`{ ${walk} }`);
    expect(one.errors).toBeUndefined();
    const ten = await refusedQuickly(`{ ${Array.from({ length: 10 }, (_, i) => `s${i}: ${walk}`).join(' ')} }`);
    expect(codes(ten)).toEqual(['QUERY_TOO_COMPLEX']);
    // Nesting deeper than graphql-js allows for introspection is refused by its own rule.
    const deeper = await refusedQuickly(`{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`);
    expect(deeper.status).toBe(400);
  });

  it('refuses 60 directives', async () => {
    const fields = Array.from({ length: 60 }, () => `ok @include(if: true)`).join(' ');
    const res = await refusedQuickly(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['TOO_MANY_DIRECTIVES']);
  });

  it('refuses 2,000 repeats of one field quickly (field merging has its own budget)', async () => {
    const res = await refusedQuickly(`{ ${'ok '.repeat(2000)} }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('counts thirty aliased sign-ins in a fragment as thirty, and calls WeChat for none', async () => {
    const before = s.wechat.calls.length;
    const logins = Array.from({ length: 30 }, (_, i) => `l${i}: login(code: "ok-alias-${i}") { token }`).join(' ');
    const res = await refusedQuickly(`mutation { ...L } fragment L on Mutation { ${logins} }`);
    expect(res.status).toBe(429);
    expect(codes(res)).toEqual(['RATE_LIMITED']);
    expect(s.wechat.calls.length).toBe(before);
  });

  it('counts thirty aliased mutations of a signed-in user as thirty, and runs none', async () => {
    const jobs = await s.gql(`{ jobs(first: 1) { edges { node { id } } } }`);
    const jobId = jobs.data.jobs.edges[0].node.id;
    const favs = Array.from({ length: 30 }, (_, i) => `f${i}: favorite(kind: JOB, id: $j) { userErrors { code } }`).join(' ');
    const res = await refusedQuickly(`mutation($j: ID!) { ...M } fragment M on Mutation { ${favs} }`, bearer(villager), { j: jobId });
    expect(res.status).toBe(429);
    expect(codes(res)).toEqual(['RATE_LIMITED']);
    const mine = await s.gql(`{ myFavorites { kind } }`, undefined, bearer(villager));
    expect(mine.data.myFavorites).toEqual([]);
  });

  it('hides field suggestions in production', async () => {
    const res = await s.gql(`{ jbs { totalCount } }`);
    expect(res.status).toBe(400);
    expect(res.raw).not.toMatch(/Did you mean/);
  });

});
