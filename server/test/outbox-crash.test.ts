import { createTestDatabase, engines, TEST_SESSION_SECRET, type Engine } from './harness';
import { noticesThroughCrash, type ScenarioContext } from '../src/bench/reliability-scenarios';
import { startWechatStandIn } from '../src/wechat/stand-in';

/**
 * The outbox through real crashes: the compiled server as a child process, killed with
 * SIGKILL or stopped with SIGTERM while it delivers 40 WeChat notices, then started again.
 * Nothing may be lost; a crash may deliver at most the one notice on the wire twice, and a
 * graceful stop none.
 */
describe.each(engines)('outbox delivery through crashes on %s', (engine: Engine) => {
  it.each(['SIGKILL', 'SIGTERM'] as const)('%s mid-delivery: every notice arrives, at most one twice', async (signal) => {
    const db = await createTestDatabase(engine);
    const wechat = await startWechatStandIn();
    const ctx: ScenarioContext = { databaseUrl: db.url, sessionSecret: TEST_SESSION_SECRET, wechat, started: [] };
    try {
      const f = await noticesThroughCrash(ctx, signal);
      console.log(`${engine} ${signal}: ${f.deliveredBeforeSignal} delivered before the signal, ${f.lost} lost, ${f.deliveredTwice} delivered twice`);
      expect(f.deliveredBeforeSignal).toBeLessThan(f.notices);
      expect(f.lost).toBe(0);
      expect(f.deliveredTwice).toBeLessThanOrEqual(signal === 'SIGKILL' ? 1 : 0);
      if (signal === 'SIGTERM') expect(f.exitCode).toBe(0);
    } finally {
      for (const p of ctx.started) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      await wechat.close();
      await db.dispose();
    }
  }, 90_000);
});
