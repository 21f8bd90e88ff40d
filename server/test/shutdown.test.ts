import net from 'node:net';
import { createTestDatabase, engines, TEST_SESSION_SECRET, type Engine } from './harness';
import { baseEnv, probe, startProcess, type ServerProcess } from '../src/bench/processes';
import { drainUnderLoad, killDuringWrites, slowClients, type ScenarioContext } from '../src/bench/reliability-scenarios';
import { startWechatStandIn, type WechatStandIn } from '../src/wechat/stand-in';

/**
 * Stopping, killing and flooding the compiled server as a real process with real signals
 * (the scenarios `pnpm reliability` measures): a deploy answers every request it accepted, a
 * crash loses no acknowledged write, and slow clients cannot shut others out.
 */
describe.each(engines)('stopping and flooding the server process on %s', (engine: Engine) => {
  let wechat: WechatStandIn;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ctx: ScenarioContext;

  beforeEach(async () => {
    db = await createTestDatabase(engine);
    wechat = await startWechatStandIn();
    ctx = { databaseUrl: db.url, sessionSecret: TEST_SESSION_SECRET, wechat, started: [] };
  });
  afterEach(async () => {
    for (const p of ctx.started) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await wechat.close();
    await db.dispose();
  });

  const start = async (extra: Record<string, string> = {}): Promise<ServerProcess> => {
    const p = await startProcess(baseEnv(db.url, TEST_SESSION_SECRET, { MIGRATE_ON_START: 'true', SEED_ON_START: 'false', ...extra }));
    ctx.started.push(p);
    return p;
  };

  it('SIGTERM while 100 signed-in villagers apply and browse behind a balancer: nothing dropped, every application answered, exit 0', async () => {
    const f = await drainUnderLoad(ctx, { clients: 100, balancer: true });
    expect(f.readinessFailed).toBe(true);
    expect(f.aliveWhileDraining).toBe(true);
    expect(f.sent).toBeGreaterThan(100);
    expect(f.dropped).toEqual([]);
    expect(f.exitCode).toBe(0);
    expect(f.output).toContain('every request answered');
    expect(f.applicationsAnswered).toBeGreaterThan(0);
    expect(f.applicationsCommitted).toBe(f.applicationsAnswered);
  });

  it('SIGTERM with clients that ignore readiness: every accepted request answered, later connections refused', async () => {
    const f = await drainUnderLoad(ctx, { clients: 20, balancer: false });
    expect(f.exitCode).toBe(0);
    // What fails is only a connection the closed listener never took (a reset from its backlog).
    expect(f.dropped.filter((c) => c !== 'ECONNRESET')).toEqual([]);
    expect(f.refused + f.dropped.length).toBeGreaterThan(0);
    expect(f.applicationsCommitted).toBe(f.applicationsAnswered);
  });

  it('SIGKILL while 20 villagers save favourites: every acknowledged write is there after a restart, once', async () => {
    const f = await killDuringWrites(ctx, { writers: 20, ms: 1500 });
    expect(f.acknowledged).toBeGreaterThan(50);
    expect(f.lost).toBe(0);
    expect(f.duplicated).toBe(0);
  });

  it('a request still running when the grace period ends is cut, and the exit says so', async () => {
    const p = await start({ SHUTDOWN_GRACE_MS: '800' });
    const { port } = new URL(p.url);
    // A POST whose body never finishes stays in flight.
    const socket = net.connect({ host: '127.0.0.1', port: Number(port) });
    await new Promise((r) => socket.once('connect', r));
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    p.child.kill('SIGTERM');
    const { code } = await p.exited;
    expect(code).toBe(1);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(p.output()).toMatch(/1 request\(s\) still running after 800 ms/);
    socket.destroy();
  });

  it('SIGINT on an idle server exits 0 at once', async () => {
    const p = await start();
    const t0 = Date.now();
    p.child.kill('SIGINT');
    expect({ ...(await p.exited), output: p.output().slice(-300) }).toMatchObject({ code: 0 });
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('reports not ready while migrations are pending, alive all the same', async () => {
    const p = await start({ MIGRATE_ON_START: 'false' });
    expect(await probe(p.url, '/readyz')).toBe(503);
    const body = (await (await fetch(`${p.url}/readyz`)).json()) as { reason: string };
    expect(body.reason).toBe('migrations pending');
    expect(await probe(p.url, '/healthz')).toBe(200);
  });

  it('1,200 slow connections from one address under a 1,024-descriptor limit: others are served, every slow socket is cut within 12 s', async () => {
    const f = await slowClients(ctx, { sockets: 1200, openFiles: 1024, perAddress: 100 });
    expect(f.healthProbes).toBeGreaterThan(5);
    expect(f.healthAnswered).toBe(f.healthProbes);
    expect(f.held).toBeLessThanOrEqual(100 + 5);
    expect(f.longestOpenMs).toBeLessThan(12_000);
  }, 60_000);

  it("a body over the limit gets its 413 read by Node's fetch, not a reset", async () => {
    const p = await start();
    const res = await fetch(`${p.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ok }', pad: 'x'.repeat(10 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await probe(p.url, '/healthz')).toBe(200);
  });
});
