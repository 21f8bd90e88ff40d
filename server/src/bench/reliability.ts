/**
 * `pnpm reliability [--engines sqlite,postgresql]`
 *
 * Runs the reliability scenarios (src/bench/reliability-scenarios.ts) against the compiled
 * server as real child processes, on a fresh database per scenario and engine, with the
 * WeChat stand-in on loopback, and prints a Markdown table of what villagers would have lost:
 * requests dropped at SIGTERM, applications committed but never answered, notices lost or
 * delivered twice across a crash, double decisions through two instances, health under slow clients, acknowledged writes lost at
 * SIGKILL and after a backup and restore. Exits 1 when a figure misses its target.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { argValue } from '../cli/catalog-admin';
import { createScratchDatabase } from '../db/scratch-database';
import { startWechatStandIn } from '../wechat/stand-in';
import { backupDuringWrites, doubleDecisions, drainUnderLoad, killDuringWrites, noticesThroughCrash, slowClients, type ScenarioContext } from './reliability-scenarios';

type Engine = 'sqlite' | 'postgresql';

interface Figure {
  engine: Engine;
  scenario: string;
  figure: string;
  value: string;
  target: string;
  ok: boolean;
}

const engines = (argValue('engines') ?? 'sqlite,postgresql').split(',') as Engine[];
const pgAdmin = process.env.RELIABILITY_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-reliability-'));

function freshDatabase(engine: Engine) {
  return createScratchDatabase(engine, pgAdmin, 'ziyang_reliability');
}

async function withContext<T>(engine: Engine, run: (ctx: ScenarioContext) => Promise<T>): Promise<T> {
  const db = await freshDatabase(engine);
  const wechat = await startWechatStandIn();
  const ctx: ScenarioContext = { databaseUrl: db.url, sessionSecret: randomBytes(32).toString('base64'), wechat, started: [] };
  try {
    return await run(ctx);
  } finally {
    for (const p of ctx.started) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await wechat.close();
    await db.dispose();
  }
}

async function main() {
  const figures: Figure[] = [];
  const add = (engine: Engine, scenario: string, figure: string, value: number | string, target: string, ok: boolean) =>
    figures.push({ engine, scenario, figure, value: String(value), target, ok });
  for (const engine of engines) {
    console.error(`[reliability] ${engine}: SIGTERM under load`);
    const drain = await withContext(engine, (ctx) => drainUnderLoad(ctx, { clients: 100, balancer: true }));
    const scenario = 'SIGTERM, 100 villagers applying and browsing, behind a balancer';
    add(engine, scenario, 'requests sent', drain.sent, '', true);
    add(engine, scenario, 'requests dropped', drain.dropped.length, '0', drain.dropped.length === 0);
    add(engine, scenario, 'applications committed but unanswered', drain.applicationsCommitted - drain.applicationsAnswered, '0', drain.applicationsCommitted === drain.applicationsAnswered);
    add(engine, scenario, 'exit code', drain.exitCode ?? 'signal', '0', drain.exitCode === 0);
    const rude = await withContext(engine, (ctx) => drainUnderLoad(ctx, { clients: 20, balancer: false }));
    const rudeScenario = 'SIGTERM, 20 clients that ignore readiness';
    add(engine, rudeScenario, 'accepted requests dropped', rude.dropped.filter((c) => c !== 'ECONNRESET').length, '0', rude.dropped.every((c) => c === 'ECONNRESET'));
    add(engine, rudeScenario, 'connections refused or reset by the closed listener', rude.refused + rude.dropped.length, '', true);
    add(engine, rudeScenario, 'applications committed but unanswered', rude.applicationsCommitted - rude.applicationsAnswered, '0', rude.applicationsCommitted === rude.applicationsAnswered);

    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      console.error(`[reliability] ${engine}: ${signal} while 40 notices are sent`);
      const n = await withContext(engine, (ctx) => noticesThroughCrash(ctx, signal));
      const s = `${signal} while 40 WeChat notices are being delivered`;
      add(engine, s, 'notices never delivered', n.lost, '0', n.lost === 0);
      add(engine, s, 'notices delivered twice', n.deliveredTwice, signal === 'SIGKILL' ? '≤ 1' : '0', n.deliveredTwice <= (signal === 'SIGKILL' ? 1 : 0));
    }

    console.error(`[reliability] ${engine}: two decisions at once`);
    const d = await withContext(engine, (ctx) => doubleDecisions(ctx, 20));
    const ds = 'HIRED and REJECTED at once through two instances, 20 applications';
    add(engine, ds, 'applications with both decisions accepted', d.bothAccepted, '0', d.bothAccepted === 0);
    add(engine, ds, 'accepted decisions missing from the history', d.historyEntriesLost, '0', d.historyEntriesLost === 0);
    add(engine, ds, 'villagers told twice', d.toldTwice, '0', d.toldTwice === 0);

    console.error(`[reliability] ${engine}: slow clients`);
    const slow = await withContext(engine, (ctx) => slowClients(ctx, { sockets: 1200, openFiles: 1024, perAddress: 100 }));
    const slowScenario = '1,200 slow sockets from one address, 1,024 descriptors';
    add(engine, slowScenario, '/healthz from another address answered', `${slow.healthAnswered}/${slow.healthProbes}`, 'all', slow.healthAnswered === slow.healthProbes);
    add(engine, slowScenario, 'longest a slow socket stayed open (s)', (slow.longestOpenMs / 1000).toFixed(1), '< 12', slow.longestOpenMs < 12_000);

    console.error(`[reliability] ${engine}: SIGKILL during writes`);
    const crash = await withContext(engine, (ctx) => killDuringWrites(ctx, { writers: 20, ms: 2000 }));
    const crashScenario = 'SIGKILL while 20 villagers save favourites';
    add(engine, crashScenario, 'writes acknowledged', crash.acknowledged, '', true);
    add(engine, crashScenario, 'acknowledged writes lost', crash.lost, '0', crash.lost === 0);
    add(engine, crashScenario, 'writes duplicated', crash.duplicated, '0', crash.duplicated === 0);

    console.error(`[reliability] ${engine}: backup during writes`);
    const target = await freshDatabase(engine);
    try {
      const file = path.join(scratch, `backup-${engine}-${randomBytes(3).toString('hex')}.${engine === 'sqlite' ? 'sqlite' : 'dump'}`);
      const b = await withContext(engine, (ctx) => backupDuringWrites(ctx, { writers: 10, file, restoreUrl: target.url }));
      const bs = 'db:backup while 10 villagers save favourites, then db:restore';
      add(engine, bs, 'writes acknowledged before the backup', b.acknowledgedBeforeBackup, '', true);
      add(engine, bs, 'of those, missing after the restore', b.lostAfterRestore, '0', b.lostAfterRestore === 0);
    } finally {
      await target.dispose();
    }
  }
  const cpu = os.cpus();
  console.log(`reliability · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'} · Node ${process.version} · ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| engine | scenario | figure | value | target | |');
  console.log('|---|---|---|--:|--:|---|');
  for (const f of figures) console.log(`| ${f.engine} | ${f.scenario} | ${f.figure} | ${f.value} | ${f.target} | ${f.target ? (f.ok ? '✓' : '✗') : ''} |`);
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(figures.every((f) => f.ok) ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(1);
});
