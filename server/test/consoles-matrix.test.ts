import { ADMIN_OPENID, bearer, codes, engines, fillProfile, signIn, startTestServer } from './harness';
import { SHENZHEN_JOB } from './builders';

/**
 * The console operations against five kinds of caller: a recruiter of one company can never
 * see or touch another's postings or applicants, and only the bureau runs the bureau's tools.
 */
type Actor = 'anonymous' | 'villager' | 'otherOrg' | 'rightOrg' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'villager', 'otherOrg', 'rightOrg', 'admin'];

describe.each(engines)('console authorization matrix on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  const token: Partial<Record<Actor, string>> = {};
  const ids = { org: '', job: '', application: '' };
  const as = (actor: Actor, query: string, variables: Record<string, unknown> = {}) => s.gql(query, variables, actor === 'anonymous' ? {} : bearer(token[actor]!));

  beforeAll(async () => {
    s = await startTestServer(engine);
    for (const a of ['villager', 'otherOrg', 'rightOrg'] as const) token[a] = await signIn(s, `console-${a}`);
    token.admin = await signIn(s, ADMIN_OPENID);
    const ORG = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`;
    ids.org = (await as('rightOrg', ORG, { i: { name: '矩阵修脚（控制台）', kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市' } })).data.createOrganization.organization.id;
    await as('otherOrg', ORG, { i: { name: '矩阵别家（控制台）', kind: 'EMPLOYER', description: '', province: '浙江省', city: '杭州市' } });
    ids.job = (await as('rightOrg', `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id } } }`, { o: ids.org, i: SHENZHEN_JOB })).data.postJob.job.id;
    await fillProfile(s, token.villager!, '申请人', '13600001111');
    ids.application = (await as('villager', `mutation($j: ID!) { applyToJob(jobId: $j) { application { id } } }`, { j: ids.job })).data.applyToJob.application.id;
  });
  afterAll(() => s?.dispose());

  const outcome = (res: { errors?: any[]; data: any }, field: string): string => {
    if (res.errors?.length) return res.errors[0].extensions.code;
    const payload = res.data[field];
    return payload.userErrors?.length ? payload.userErrors[0].code : 'OK';
  };

  it.each(ACTORS)('posting for an organisation as %s', async (actor) => {
    const res = await as(actor, `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i) { job { id } userErrors { code } } }`, { o: ids.org, i: SHENZHEN_JOB });
    expect(outcome(res, 'postJob')).toBe({ anonymous: 'UNAUTHENTICATED', villager: 'FORBIDDEN', otherOrg: 'FORBIDDEN', rightOrg: 'OK', admin: 'FORBIDDEN' }[actor]);
  });

  it.each(ACTORS)('reading applicants and counts as %s', async (actor) => {
    const res = await as(actor, `query($j: ID!, $o: ID!) { job(id: $j) { applicationCounts { submitted } applications { applicant { phone } } } organization(id: $o) { postedJobs { id } } }`, { j: ids.job, o: ids.org });
    const sees = actor === 'rightOrg' || actor === 'admin';
    expect(res.data.job.applicationCounts === null).toBe(!sees);
    expect(res.data.job.applications === null).toBe(!sees);
    expect(res.data.organization.postedJobs === null).toBe(!sees);
    if (!sees) expect(res.raw).not.toContain('13600001111');
  });

  it.each(ACTORS)('moving an applicant and editing the job as %s', async (actor) => {
    const moved = await as(actor, `mutation($id: ID!) { setApplicationStatus(id: $id, status: VIEWED) { userErrors { code } } }`, { id: ids.application });
    const edited = await as(actor, `mutation($id: ID!, $i: JobInput!) { updateJob(id: $id, input: $i) { userErrors { code } } }`, { id: ids.job, i: SHENZHEN_JOB });
    const expected = actor === 'anonymous' ? 'UNAUTHENTICATED' : actor === 'rightOrg' ? 'OK' : 'NOT_FOUND';
    expect(outcome(moved, 'setApplicationStatus')).toBe(expected);
    expect(outcome(edited, 'updateJob')).toBe(expected);
  });

  it.each(ACTORS)("the bureau's tools as %s", async (actor) => {
    for (const [q, field] of [
      ['{ reports { id } }', 'reports'],
      ['{ reviewQueue { id } }', 'reviewQueue'],
      ['{ pendingOrganizations { id } }', 'pendingOrganizations'],
      ['{ auditLog(first: 5) { id } }', 'auditLog'],
      ['{ countyFigures { total { postings } } }', 'countyFigures'],
    ] as const) {
      const res = await as(actor, q);
      const expected = actor === 'anonymous' ? ['UNAUTHENTICATED'] : actor === 'admin' ? [] : ['FORBIDDEN'];
      expect({ field, codes: codes(res) }).toEqual({ field, codes: expected });
    }
  });
});
