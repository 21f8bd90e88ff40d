import { SignJWT } from 'jose';
import { ADMIN_OPENID, bearer, codes, engines, signIn, startTestServer, TEST_SESSION_SECRET } from './harness';

const LOGIN = `mutation($code: String!) { login(code: $code) { token expiresAt user { id name phone isAdmin } userErrors { field message code } } }`;
const ME = `{ me { id name phone homeTown homeVillage skills preferredDestinations largeText isAdmin memberships { role organization { id name verified } } } }`;

describe.each(engines)('sign-in and accounts on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    s = await startTestServer(engine);
  });
  afterAll(() => s?.dispose());

  it('signs in with a wx.login code exchanged over HTTP, once per code', async () => {
    const before = s.wechat.calls.length;
    const first = await s.gql(LOGIN, { code: 'ok-villager-a' });
    expect(first.data.login.userErrors).toEqual([]);
    expect(first.data.login.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Date.parse(first.data.login.expiresAt)).toBeGreaterThan(Date.now() + 29 * 86400000);
    expect(first.data.login.user).toMatchObject({ name: null, phone: null, isAdmin: false });
    const call = s.wechat.calls[before];
    expect(call.path).toBe('/sns/jscode2session');
    expect(call.query).toMatchObject({ js_code: 'ok-villager-a', appid: s.wechat.appId, secret: s.wechat.appSecret, grant_type: 'authorization_code' });
    // The secret never reaches the client.
    expect(first.raw).not.toContain(s.wechat.appSecret);
    // The same person signing in again (new code) is the same user.
    const again = await s.gql(LOGIN, { code: 'ok-villager-a' });
    expect(codes(again)).toEqual([]);
    expect(again.data.login.userErrors).toEqual([expect.objectContaining({ code: 'WECHAT_CODE_INVALID', field: 'code' })]);
    const tokenB = await signIn(s, 'villager-a');
    const me = await s.gql(ME, {}, bearer(tokenB));
    expect(me.data.me.id).toBe(first.data.login.user.id);
  });

  it.each([
    ['an unknown code (40029)', 'no-such-code', 'WECHAT_CODE_INVALID'],
    ['WeChat rate limiting (45011)', 'rate-limited', 'WECHAT_RATE_LIMITED'],
    ['WeChat busy (-1)', 'busy', 'WECHAT_UNAVAILABLE'],
  ])('reports %s as a plain user error', async (_n, code, expected) => {
    const res = await s.gql(LOGIN, { code });
    expect(res.errors).toBeUndefined();
    expect(res.data.login.token).toBeNull();
    expect(res.data.login.userErrors[0].code).toBe(expected);
    expect(res.data.login.userErrors[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports WeChat being down (HTTP 503) as unavailable', async () => {
    s.wechat.failNext(1);
    const res = await s.gql(LOGIN, { code: 'ok-villager-503' });
    expect(res.data.login.userErrors[0].code).toBe('WECHAT_UNAVAILABLE');
  });

  it.each(['', 'x'.repeat(200), 'code with spaces', '<script>'])('refuses a malformed code %p', async (code) => {
    const res = await s.gql(LOGIN, { code });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses expired, tampered, forged, malformed and revoked tokens with UNAUTHENTICATED', async () => {
    const token = await signIn(s, 'villager-tokens');
    expect((await s.gql(ME, {}, bearer(token))).data.me).not.toBeNull();
    const [h, p, sig] = token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, sub: 'someoneElse1' })).toString('base64url')}.${sig}`;
    const key = new TextEncoder().encode(TEST_SESSION_SECRET);
    const expired = await new SignJWT({ sid: payload.sid }).setProtectedHeader({ alg: 'HS256' }).setSubject(payload.sub).setIssuer('ziyang-work').setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key);
    const forged = await new SignJWT({ sid: payload.sid }).setProtectedHeader({ alg: 'HS256' }).setSubject(payload.sub).setIssuer('ziyang-work').setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-another-secret-12345'));
    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${p}.`;
    for (const bad of [tampered, expired, forged, none, 'garbage', `${token}x`]) {
      const res = await s.gql(ME, {}, bearer(bad));
      expect({ bad: bad.slice(0, 12), status: res.status }).toEqual({ bad: bad.slice(0, 12), status: 401 });
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
    const basic = await s.gql(ME, {}, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.status).toBe(401);
    // Logging out revokes the session at once.
    expect((await s.gql(`mutation { logout }`, {}, bearer(token))).data.logout).toBe(true);
    const revoked = await s.gql(ME, {}, bearer(token));
    expect(revoked.status).toBe(401);
    expect(codes(revoked)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers me as null when signed out, and refuses account mutations', async () => {
    expect((await s.gql(ME)).data.me).toBeNull();
    const res = await s.gql(`mutation { updateProfile(input: { name: "张三" }) { userErrors { code } } }`);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('updates the profile, validating every field and changing nothing on error', async () => {
    const token = await signIn(s, 'villager-profile');
    const UPDATE = `mutation($i: ProfileInput!) { updateProfile(input: $i) { user { name phone homeTown homeVillage skills preferredDestinations largeText } userErrors { field code message } } }`;
    const ok = await s.gql(UPDATE, { i: { name: ' 王秀英 ', phone: '139 1234 5678', homeTown: '高桥镇', homeVillage: '铁佛村', skills: ['修脚', '足疗', '修脚'], preferredDestinations: ['深圳市'], largeText: true } }, bearer(token));
    expect(ok.data.updateProfile.userErrors).toEqual([]);
    expect(ok.data.updateProfile.user).toEqual({ name: '王秀英', phone: '13912345678', homeTown: '高桥镇', homeVillage: '铁佛村', skills: ['修脚', '足疗'], preferredDestinations: ['深圳市'], largeText: true });
    for (const [input, field] of [
      [{ phone: '12345' }, 'input.phone'],
      [{ phone: '23912345678' }, 'input.phone'],
      [{ phone: '1391234567x' }, 'input.phone'],
      [{ name: '' }, 'input.name'],
      [{ name: '名'.repeat(21) }, 'input.name'],
      [{ name: '张\u0000三' }, 'input.name'],
      [{ skills: Array.from({ length: 11 }, (_, i) => `技能${i}`) }, 'input.skills'],
      [{ homeTown: '镇'.repeat(100) }, 'input.homeTown'],
    ] as const) {
      const bad = await s.gql(UPDATE, { i: { ...input, homeVillage: '蓼坝村' } }, bearer(token));
      expect(bad.data.updateProfile.user).toBeNull();
      expect(bad.data.updateProfile.userErrors[0].field).toBe(field);
    }
    const me = await s.gql(ME, {}, bearer(token));
    expect(me.data.me).toMatchObject({ name: '王秀英', phone: '13912345678', homeVillage: '铁佛村' });
  });

  it('binds the phone from WeChat getPhoneNumber over HTTP', async () => {
    const token = await signIn(s, 'villager-phone');
    const BIND = `mutation($c: String!) { bindWechatPhone(code: $c) { user { phone } userErrors { code } } }`;
    const ok = await s.gql(BIND, { c: 'phone-15891234567' }, bearer(token));
    expect(ok.data.bindWechatPhone).toEqual({ user: { phone: '15891234567' }, userErrors: [] });
    expect(s.wechat.calls.some((c) => c.path === '/cgi-bin/stable_token')).toBe(true);
    const bad = await s.gql(BIND, { c: 'phone-bad' }, bearer(token));
    expect(bad.data.bindWechatPhone.userErrors[0].code).toBe('WECHAT_CODE_INVALID');
  });

  it('lets a user register an organisation that only an admin can verify', async () => {
    const owner = await signIn(s, 'owner-org');
    const CREATE = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id name verified kind } userErrors { field code } } }`;
    const made = await s.gql(CREATE, { i: { name: '紫阳县测试修脚店', kind: 'EMPLOYER', description: '测试', province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇' } }, bearer(owner));
    const org = made.data.createOrganization.organization;
    expect(org).toMatchObject({ name: '紫阳县测试修脚店', verified: false, kind: 'EMPLOYER' });
    const dup = await s.gql(CREATE, { i: { name: '紫阳县测试修脚店', kind: 'EMPLOYER', description: '', province: '陕西省', city: '安康市' } }, bearer(owner));
    expect(dup.data.createOrganization.userErrors).toEqual([{ field: 'input.name', code: 'NAME_TAKEN' }]);
    const empty = await s.gql(CREATE, { i: { name: 'x', kind: 'EMPLOYER', description: '', province: '', city: '安康市' } }, bearer(owner));
    expect(empty.data.createOrganization.userErrors.map((e: any) => e.field).sort()).toEqual(['input.name', 'input.province']);
    const me = await s.gql(ME, {}, bearer(owner));
    expect(me.data.me.memberships).toEqual([{ role: 'OWNER', organization: { id: org.id, name: '紫阳县测试修脚店', verified: false } }]);
    const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { organization { verified verifiedAt } userErrors { code } } }`;
    expect(codes(await s.gql(VERIFY, { id: org.id }, bearer(owner)))).toEqual(['FORBIDDEN']);
    expect(codes(await s.gql(VERIFY, { id: org.id }))).toEqual(['UNAUTHENTICATED']);
    const admin = await signIn(s, ADMIN_OPENID);
    expect((await s.gql(ME, {}, bearer(admin))).data.me.isAdmin).toBe(true);
    const verified = await s.gql(VERIFY, { id: org.id }, bearer(admin));
    expect(verified.data.verifyOrganization.organization.verified).toBe(true);
    const missing = await s.gql(VERIFY, { id: 'NoSuchOrg123' }, bearer(admin));
    expect(missing.data.verifyOrganization.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    // The public catalogue sees the change (the cache was invalidated).
    const pub = await s.gql(`query($id: ID!) { organization(id: $id) { verified } }`, { id: org.id });
    expect(pub.data.organization.verified).toBe(true);
  });

  it('offers demo sign-in only in development', async () => {
    expect((await s.gql(`{ demoLoginAvailable }`)).data.demoLoginAvailable).toBe(false);
    const res = await s.gql(`mutation { demoLogin(role: ADMIN) { token } }`);
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });
});

describe.each(engines)('rate limits on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    s = await startTestServer(engine, { LOGIN_RATE_LIMIT: '3', MUTATION_RATE_LIMIT: '4' });
    // Limits count in one-minute windows: start early in a window so the tests below cannot
    // straddle two of them.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 100));
  }, 90_000);
  afterAll(() => s?.dispose());

  it("limits a signed-in user's mutations", async () => {
    const token = await signIn(s, 'villager-limited'); // the first of three sign-ins allowed
    const M = `mutation { favorite(kind: JOB, id: "nothing1") { saved } }`;
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await s.gql(M, {}, bearer(token)));
    expect(answers.slice(0, 4).every((a) => a.errors === undefined)).toBe(true);
    expect(answers[4].status).toBe(429);
    expect(codes(answers[4])).toEqual(['RATE_LIMITED']);
  });

  it('limits sign-in per client, with a retry time', async () => {
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await s.gql(`mutation($c: String!) { login(code: $c) { token } }`, { c: `ok-limited-${i}` }));
    expect(results.slice(0, 2).every((r) => r.data.login.token)).toBe(true);
    const limited = results[2];
    expect(limited.status).toBe(429);
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.errors![0].message).toMatch(/秒后再试/);
    // Reading is not limited.
    expect((await s.gql(`{ ok }`)).data.ok).toBe(true);
  });
});

describe('demo sign-in in development mode', () => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    s = await startTestServer('sqlite', { NODE_ENV: 'development' });
  });
  afterAll(() => s?.dispose());

  it('signs in as demo villagers, a recruiter, a trainer and an admin', async () => {
    expect((await s.gql(`{ demoLoginAvailable }`)).data.demoLoginAvailable).toBe(true);
    const DEMO = `mutation($r: DemoRole!, $slot: Int) { demoLogin(role: $r, slot: $slot) { token user { id name phone isAdmin memberships { role organization { kind name } } } } }`;
    const v1 = (await s.gql(DEMO, { r: 'VILLAGER', slot: 1 })).data.demoLogin.user;
    const v2 = (await s.gql(DEMO, { r: 'VILLAGER', slot: 2 })).data.demoLogin.user;
    expect(v1.id).not.toBe(v2.id);
    expect(v1.phone).toMatch(/^1\d{10}$/);
    const recruiter = (await s.gql(DEMO, { r: 'RECRUITER' })).data.demoLogin.user;
    expect(recruiter.memberships[0].organization.kind).toBe('EMPLOYER');
    const trainer = (await s.gql(DEMO, { r: 'TRAINER' })).data.demoLogin.user;
    expect(trainer.memberships[0].organization.name).toBe('紫阳县职业技术教育中心');
    expect((await s.gql(DEMO, { r: 'ADMIN' })).data.demoLogin.user.isAdmin).toBe(true);
    expect(codes(await s.gql(DEMO, { r: 'VILLAGER', slot: 9 }))).toEqual(['BAD_USER_INPUT']);
  });
});
