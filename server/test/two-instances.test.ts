import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, engines, startOn, TEST_SESSION_SECRET, type Engine } from './harness';
import { insertCourse } from './builders';
import { startWechatStandIn, type WechatStandIn } from '../src/wechat/stand-in';
import { baseEnv, gqlAt, startProcess, stopProcess } from '../src/bench/processes';

/**
 * Two real server processes (the compiled server, as production runs it) on one database:
 * 50 villagers spread over both enrol in a 10-seat course at the same moment.
 */
describe.each(engines)('two server instances on one %s database', (engine: Engine) => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let wechat: WechatStandIn;
  const children: ChildProcess[] = [];
  let urls: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    wechat = await startWechatStandIn();
    const env = baseEnv(db.url, TEST_SESSION_SECRET, { LOG_LEVEL: 'error', RESPONSE_CACHE_SECONDS: '30', WECHAT_API_BASE: wechat.url, WECHAT_APP_ID: wechat.appId, WECHAT_APP_SECRET: wechat.appSecret });
    // The first instance migrates and seeds; the second joins an existing database.
    const a = await startProcess({ ...env, MIGRATE_ON_START: 'true', SEED_ON_START: 'true' });
    const b = await startProcess({ ...env, MIGRATE_ON_START: 'false', SEED_ON_START: 'false' });
    children.push(a.child, b.child);
    urls = [a.url, b.url];
  });

  afterAll(async () => {
    for (const c of children) await stopProcess(c);
    await wechat?.close();
    await db?.dispose();
  });

  const gql = async (url: string, query: string, variables: Record<string, unknown> = {}, token?: string) => (await gqlAt(url, query, variables, token)).body;

  it('never enrolls past capacity, and both instances agree on seatsLeft', async () => {
    // A course is added through a third, in-process connection to the same database.
    const helper = await startOn(db.url, engine, { SEED_ON_START: 'false' });
    const course = await insertCourse(helper, { seats: 10 });
    await helper.close();

    const tokens: string[] = [];
    for (let i = 0; i < 50; i++) {
      const url = urls[i % 2];
      const login = await gql(url, `mutation($c: String!) { login(code: $c) { token } }`, { c: `ok-crowd-${i}--${randomBytes(3).toString('hex')}` });
      const token = login.data.login.token;
      await gql(url, `mutation { updateProfile(input: { name: "村民", phone: "13900000000" }) { userErrors { code } } }`, {}, token);
      tokens.push(token);
    }
    // Warm both instances' caches with the course before the rush.
    for (const url of urls) expect((await gql(url, `query($id: ID!) { course(id: $id) { seatsLeft } }`, { id: course.id })).data.course.seatsLeft).toBe(10);

    const ENROLL = `mutation($c: ID!) { enrollInCourse(courseId: $c) { enrollment { status } userErrors { code } } }`;
    const answers = await Promise.all(tokens.map((t, i) => gql(urls[i % 2], ENROLL, { c: course.id }, t)));
    const enrolled = answers.filter((a) => a.data?.enrollInCourse.enrollment?.status === 'ENROLLED').length;
    const full = answers.filter((a) => a.data?.enrollInCourse.userErrors[0]?.code === 'COURSE_FULL').length;
    expect({ enrolled, full, other: 50 - enrolled - full }).toEqual({ enrolled: 10, full: 40, other: 0 });
    // Within the cache's one-second version check, both instances show the course full.
    await new Promise((r) => setTimeout(r, 1100));
    for (const url of urls) expect((await gql(url, `query($id: ID!) { course(id: $id) { seatsLeft status } }`, { id: course.id })).data.course).toEqual({ seatsLeft: 0, status: 'FULL' });
  });
});
