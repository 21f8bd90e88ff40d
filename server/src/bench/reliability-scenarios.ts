/**
 * What happens to villagers' requests and notices when a server process is stopped, killed
 * or flooded, measured on real processes with real signals. `pnpm reliability` prints these
 * figures; the tests in server/test/ run the same scenarios and hold them to their targets.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { packageRoot, parseDatabaseUrl } from '../config';
import { openDatabase } from '../db/orm';
import { SHENZHEN_JOB_INPUT } from './sample-inputs';
import type { WechatStandIn } from '../wechat/stand-in';
import { baseEnv, fetchErrorCode, gqlAt, probe, startProcess, until, type ServerProcess } from './processes';

export interface ScenarioContext {
  databaseUrl: string;
  sessionSecret: string;
  wechat: WechatStandIn;
  /** Every process started, so a caller can kill what a failed scenario left running. */
  started: ServerProcess[];
}

async function start(ctx: ScenarioContext, extra: Record<string, string> = {}, options: { openFiles?: number } = {}): Promise<ServerProcess> {
  const p = await startProcess(
    baseEnv(ctx.databaseUrl, ctx.sessionSecret, {
      MIGRATE_ON_START: 'true',
      SEED_ON_START: 'true',
      WECHAT_API_BASE: ctx.wechat.url,
      WECHAT_APP_ID: ctx.wechat.appId,
      WECHAT_APP_SECRET: ctx.wechat.appSecret,
      ...extra,
    }),
    options,
  );
  ctx.started.push(p);
  return p;
}

export async function signInAt(url: string, openid: string, phone?: string): Promise<string> {
  const login = await gqlAt(url, `mutation($c: String!) { login(code: $c) { token } }`, { c: `ok-${openid}--${randomBytes(3).toString('hex')}` });
  const token = login.body.data.login.token as string;
  if (phone) await gqlAt(url, `mutation($i: ProfileInput!) { updateProfile(input: $i) { userErrors { code } } }`, { i: { name: '测试村民', phone } }, token);
  return token;
}

const phoneFor = (i: number) => `139${String(10_000_000 + i).slice(-8)}`;

async function openJobIds(url: string): Promise<string[]> {
  return (await gqlAt(url, `{ jobs(first: 50) { edges { node { id } } } }`)).body.data.jobs.edges.map((e: { node: { id: string } }) => e.node.id);
}

async function countRows(databaseUrl: string, table: string, where: Record<string, string> = {}): Promise<number> {
  const db = await openDatabase(parseDatabaseUrl(databaseUrl));
  try {
    const row = await db.knex(table).where(where).count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  } finally {
    await db.close();
  }
}

const APPLY = `mutation($j: ID!) { applyToJob(jobId: $j) { application { id } userErrors { code } } }`;
const BROWSE = `{ jobs(first: 20) { edges { node { id title pay { min max } } } } }`;

export interface DrainFigures {
  /** Requests the clients sent. */
  sent: number;
  /** Requests that failed after they were sent (any error but a refused connection). */
  dropped: string[];
  /** Connections refused once the listener closed: requests never taken. */
  refused: number;
  /** Applications in the database, and those whose villager got the answer. */
  applicationsCommitted: number;
  applicationsAnswered: number;
  /** Whether /readyz failed while the instance drained, and /healthz answered meanwhile. */
  readinessFailed: boolean;
  aliveWhileDraining: boolean;
  exitCode: number | null;
  output: string;
}

/**
 * `clients` signed-in villagers browse and apply in a loop; SIGTERM lands after 1.5 s. Behind
 * a balancer the clients stop sending once /readyz fails, as a load balancer would; without
 * one they keep going until their connections are refused.
 */
export async function drainUnderLoad(ctx: ScenarioContext, options: { clients: number; balancer: boolean }): Promise<DrainFigures> {
  const p = await start(ctx, { SHUTDOWN_NOT_READY_MS: options.balancer ? '1000' : '0', MAX_CONNECTIONS_PER_ADDRESS: '0', SEED_ON_START: 'true' });
  const jobs = await openJobIds(p.url);
  const tag = randomBytes(3).toString('hex');
  const tokens = await Promise.all(Array.from({ length: options.clients }, (_, i) => signInAt(p.url, `drain-${tag}-${i}`, phoneFor(i))));
  // The demo catalogue brings applications of its own: only the ones added here are counted.
  const seeded = await countRows(ctx.databaseUrl, 'applications');
  const answered = new Set<string>();
  const dropped: string[] = [];
  let refused = 0;
  let sent = 0;
  let routed = true;
  let readinessFailed = false;
  const balancer = (async () => {
    while (routed) {
      const status = await probe(p.url, '/readyz', '127.0.0.2', 2000);
      if (status !== 200) {
        readinessFailed = true;
        if (options.balancer) routed = false;
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const client = async (token: string, i: number) => {
    for (let n = 0; routed; n++) {
      const jobId = jobs[(i * 7 + n) % jobs.length];
      sent += 1;
      try {
        if (n % 2 === 0) {
          const r = await gqlAt(p.url, BROWSE, {}, token);
          if (!r.body.data?.jobs) dropped.push(`browse answered ${r.status}`);
        } else {
          const r = await gqlAt(p.url, APPLY, { j: jobId }, token);
          if (r.body.data?.applyToJob?.application?.id) answered.add(`${token}:${jobId}`);
          else dropped.push(`apply answered ${r.status}`);
        }
      } catch (e) {
        const code = fetchErrorCode(e);
        if (code === 'ECONNREFUSED') refused += 1;
        else dropped.push(code);
        return;
      }
    }
  };
  const clients = tokens.map((t, i) => client(t, i));
  await new Promise((r) => setTimeout(r, 1500));
  p.child.kill('SIGTERM');
  const alive = probe(p.url, '/healthz', '127.0.0.2', 5000);
  const { code } = await p.exited;
  routed = false;
  await Promise.all([...clients, balancer]);
  return {
    sent,
    dropped,
    refused,
    applicationsCommitted: (await countRows(ctx.databaseUrl, 'applications')) - seeded,
    applicationsAnswered: answered.size,
    readinessFailed,
    aliveWhileDraining: (await alive) === 200,
    exitCode: code,
    output: p.output(),
  };
}

export interface NoticeFigures {
  notices: number;
  deliveredBeforeSignal: number;
  lost: number;
  deliveredTwice: number;
  exitCode: number | null;
}

const TEMPLATE = 'tmpl-application-status';

/**
 * `notices` subscribed applicants get a status notice; a sender delivers them at 60 ms each
 * and gets `signal` part-way through; a fresh instance then delivers the rest.
 */
export async function noticesThroughCrash(ctx: ScenarioContext, signal: 'SIGKILL' | 'SIGTERM', notices = 40): Promise<NoticeFigures> {
  const outbox = { WECHAT_SUBSCRIBE_TEMPLATES: `APPLICATION_STATUS=${TEMPLATE}`, WECHAT_TIMEOUT_MS: '1000', OUTBOX_LEASE_MS: '2000', OUTBOX_BACKOFF_MS: '50', SEED_ON_START: 'false' };
  // The first instance only records the notices: its sender is idle.
  const quiet = await start(ctx, { ...outbox, OUTBOX_INTERVAL_MS: '3600000' });
  const tag = randomBytes(3).toString('hex');
  const owner = await signInAt(quiet.url, `notice-owner-${tag}`);
  const org = (await gqlAt(quiet.url, `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`, { i: { name: `通知测试修脚${tag}`, kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市' } }, owner)).body.data.createOrganization.organization.id;
  const job = (await gqlAt(quiet.url, `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id } } }`, { o: org, i: SHENZHEN_JOB_INPUT }, owner)).body.data.postJob.job.id;
  const openids = Array.from({ length: notices }, (_, i) => `notice-${tag}-${i}`);
  for (const [i, openid] of openids.entries()) {
    const t = await signInAt(quiet.url, openid, phoneFor(i));
    await gqlAt(quiet.url, `mutation($t: [String!]!) { acceptWechatSubscriptions(templates: $t) }`, { t: [TEMPLATE] }, t);
    const app = (await gqlAt(quiet.url, APPLY, { j: job }, t)).body.data.applyToJob.application.id;
    await gqlAt(quiet.url, `mutation($id: ID!) { setApplicationStatus(id: $id, status: VIEWED) { userErrors { code } } }`, { id: app }, owner);
  }
  quiet.child.kill('SIGTERM');
  await quiet.exited;
  const deliveries = () => openids.map((o) => ctx.wechat.sent.filter((m) => m.touser === o).length);

  ctx.wechat.delaySends(60);
  const sender = await start(ctx, { ...outbox, OUTBOX_INTERVAL_MS: '50' });
  await until(() => deliveries().reduce((a, b) => a + b, 0) >= notices / 4);
  sender.child.kill(signal);
  const { code } = await sender.exited;
  const deliveredBeforeSignal = deliveries().reduce((a, b) => a + b, 0);
  ctx.wechat.delaySends(0);
  const again = await start(ctx, { ...outbox, OUTBOX_INTERVAL_MS: '50' });
  try {
    await until(() => deliveries().every((n) => n >= 1), 30_000).catch(() => undefined);
    // Give a stray second delivery the time to show up.
    await new Promise((r) => setTimeout(r, 300));
  } finally {
    again.child.kill('SIGTERM');
    await again.exited;
  }
  const counts = deliveries();
  return { notices, deliveredBeforeSignal, lost: counts.filter((n) => n === 0).length, deliveredTwice: counts.filter((n) => n > 1).length, exitCode: code };
}

export interface SlowClientFigures {
  slowSockets: number;
  refusedAtOnce: number;
  held: number;
  /** The longest any slow socket stayed open, in ms. */
  longestOpenMs: number;
  healthAnswered: number;
  healthProbes: number;
}

/**
 * `sockets` connections from 127.0.0.1 each send a header byte a second, against a server
 * limited to `openFiles` descriptors; meanwhile a fresh /healthz from 127.0.0.2 every 300 ms.
 */
export async function slowClients(ctx: ScenarioContext, options: { sockets: number; openFiles: number; perAddress: number }): Promise<SlowClientFigures> {
  const p = await start(ctx, { MAX_CONNECTIONS_PER_ADDRESS: String(options.perAddress), SEED_ON_START: 'false' }, { openFiles: options.openFiles });
  const { port } = new URL(p.url);
  const openFor: number[] = [];
  const t0 = Date.now();
  const sockets = Array.from({ length: options.sockets }, () => {
    const opened = Date.now();
    const s = net.connect({ host: '127.0.0.1', port: Number(port), localAddress: '127.0.0.1' });
    s.on('error', () => undefined);
    s.resume();
    s.on('close', () => openFor.push(Date.now() - opened));
    // A header line that never ends, a byte a second.
    s.on('connect', () => s.write('GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: '));
    return s;
  });
  const drip = setInterval(() => sockets.forEach((s) => s.writable && s.write('a')), 1000);
  const statuses: number[] = [];
  try {
    while (Date.now() - t0 < 15_000 && openFor.length < sockets.length) {
      statuses.push(await probe(p.url, '/healthz', '127.0.0.2', 2000));
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    clearInterval(drip);
    sockets.forEach((s) => s.destroy());
    p.child.kill('SIGTERM');
    await p.exited;
  }
  const held = openFor.filter((ms) => ms > 1000);
  return {
    slowSockets: options.sockets,
    refusedAtOnce: openFor.length - held.length,
    held: held.length,
    longestOpenMs: openFor.length === options.sockets ? Math.max(...openFor) : Infinity,
    healthAnswered: statuses.filter((s) => s === 200).length,
    healthProbes: statuses.length,
  };
}

export interface CrashWriteFigures {
  acknowledged: number;
  lost: number;
  duplicated: number;
}

/**
 * `writers` villagers save favourites as fast as they can; the process is killed with SIGKILL
 * after `ms`; a fresh process on the same database must hold every acknowledged write, once.
 */
export async function killDuringWrites(ctx: ScenarioContext, options: { writers: number; ms: number }): Promise<CrashWriteFigures> {
  const p = await start(ctx, { MAX_CONNECTIONS_PER_ADDRESS: '0', SEED_ON_START: 'true' });
  const jobs = await openJobIds(p.url);
  const tag = randomBytes(3).toString('hex');
  const tokens = await Promise.all(Array.from({ length: options.writers }, (_, i) => signInAt(p.url, `writer-${tag}-${i}`)));
  const me = await Promise.all(tokens.map(async (t) => (await gqlAt(p.url, `{ me { id } }`, {}, t)).body.data.me.id as string));
  const acknowledged: { user: string; job: string }[] = [];
  let alive = true;
  const writer = async (i: number) => {
    for (let n = 0; alive && n < jobs.length; n++) {
      try {
        const r = await gqlAt(p.url, `mutation($j: ID!) { favorite(kind: JOB, id: $j) { userErrors { code } } }`, { j: jobs[n] }, tokens[i]);
        if (r.body.data?.favorite?.userErrors?.length === 0) acknowledged.push({ user: me[i], job: jobs[n] });
      } catch {
        return;
      }
    }
  };
  const writers = tokens.map((_, i) => writer(i));
  await new Promise((r) => setTimeout(r, options.ms));
  p.child.kill('SIGKILL');
  alive = false;
  await p.exited;
  await Promise.all(writers);
  const db = await openDatabase(parseDatabaseUrl(ctx.databaseUrl));
  try {
    const rows = (await db.knex('favorites').whereIn('user_id', me).select('user_id', 'target_id')) as { user_id: string; target_id: string }[];
    const seen = new Map<string, number>();
    for (const r of rows) seen.set(`${r.user_id}:${r.target_id}`, (seen.get(`${r.user_id}:${r.target_id}`) ?? 0) + 1);
    return {
      acknowledged: acknowledged.length,
      lost: acknowledged.filter((a) => !seen.has(`${a.user}:${a.job}`)).length,
      duplicated: [...seen.values()].filter((n) => n > 1).length,
    };
  } finally {
    await db.close();
  }
}

export interface BackupFigures {
  acknowledgedBeforeBackup: number;
  lostAfterRestore: number;
}

function runCli(script: 'backup' | 'restore', args: string[], databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(packageRoot, 'dist', 'cli', `${script}.js`), ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * Villagers save favourites while `pnpm db:backup` runs; the backup is restored into
 * `restoreUrl` (an empty database); every favourite acknowledged before the backup started
 * must be there.
 */
export async function backupDuringWrites(ctx: ScenarioContext, options: { writers: number; file: string; restoreUrl: string }): Promise<BackupFigures> {
  const p = await start(ctx, { MAX_CONNECTIONS_PER_ADDRESS: '0', SEED_ON_START: 'true' });
  const jobs = await openJobIds(p.url);
  const tag = randomBytes(3).toString('hex');
  const tokens = await Promise.all(Array.from({ length: options.writers }, (_, i) => signInAt(p.url, `backup-${tag}-${i}`)));
  const me = await Promise.all(tokens.map(async (t) => (await gqlAt(p.url, `{ me { id } }`, {}, t)).body.data.me.id as string));
  const acknowledged: { user: string; job: string; at: number }[] = [];
  let writing = true;
  const writers = tokens.map(async (token, i) => {
    for (let n = 0; writing && n < jobs.length; n++) {
      const r = await gqlAt(p.url, `mutation($j: ID!) { favorite(kind: JOB, id: $j) { userErrors { code } } }`, { j: jobs[n] }, token);
      if (r.body.data?.favorite?.userErrors?.length === 0) acknowledged.push({ user: me[i], job: jobs[n], at: performance.now() });
    }
  });
  await new Promise((r) => setTimeout(r, 500));
  const startedAt = performance.now();
  const backup = await runCli('backup', [options.file], ctx.databaseUrl);
  await new Promise((r) => setTimeout(r, 300));
  writing = false;
  await Promise.all(writers);
  p.child.kill('SIGTERM');
  await p.exited;
  if (backup.code !== 0) throw new Error(`db:backup failed: ${backup.output}`);
  const restore = await runCli('restore', [options.file], options.restoreUrl);
  if (restore.code !== 0) throw new Error(`db:restore failed: ${restore.output}`);
  const before = acknowledged.filter((a) => a.at < startedAt);
  const db = await openDatabase(parseDatabaseUrl(options.restoreUrl));
  try {
    const rows = (await db.knex('favorites').whereIn('user_id', me).select('user_id', 'target_id')) as { user_id: string; target_id: string }[];
    const present = new Set(rows.map((r) => `${r.user_id}:${r.target_id}`));
    return { acknowledgedBeforeBackup: before.length, lostAfterRestore: before.filter((a) => !present.has(`${a.user}:${a.job}`)).length };
  } finally {
    await db.close();
  }
}

export interface DecisionFigures {
  applications: number;
  /** Applications on which both decisions were accepted. */
  bothAccepted: number;
  /** Decisions accepted but missing from the application's history. */
  historyEntriesLost: number;
  /** Villagers told of more than one decision on one application. */
  toldTwice: number;
}

/**
 * Two instances on one database; for each of `n` applications the owner sets HIRED through
 * one and a second member of staff REJECTED through the other, at the same moment.
 */
export async function doubleDecisions(ctx: ScenarioContext, n = 20): Promise<DecisionFigures> {
  const a = await start(ctx, { SEED_ON_START: 'false' });
  const b = await start(ctx, { SEED_ON_START: 'false', MIGRATE_ON_START: 'false' });
  const tag = randomBytes(3).toString('hex');
  const owner = await signInAt(a.url, `decide-owner-${tag}`);
  const org = (await gqlAt(a.url, `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id } } }`, { i: { name: `决定测试修脚${tag}`, kind: 'EMPLOYER', description: '', province: '广东省', city: '深圳市' } }, owner)).body.data.createOrganization.organization.id;
  const job = (await gqlAt(a.url, `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id } } }`, { o: org, i: SHENZHEN_JOB_INPUT }, owner)).body.data.postJob.job.id;
  // A second member of staff; memberships come from an invitation, set up directly here.
  const staff = await signInAt(b.url, `decide-staff-${tag}`);
  const staffId = (await gqlAt(b.url, `{ me { id } }`, {}, staff)).body.data.me.id as string;
  const db = await openDatabase(parseDatabaseUrl(ctx.databaseUrl));
  try {
    await db.knex('memberships').insert({ user_id: staffId, organization_id: org, role: 'STAFF', created_at: db.dateParam(new Date()) });
  } finally {
    await db.close();
  }
  const people: { token: string; app: string }[] = [];
  for (let i = 0; i < n; i++) {
    const token = await signInAt(a.url, `decide-${tag}-${i}`, phoneFor(i));
    people.push({ token, app: (await gqlAt(a.url, APPLY, { j: job }, token)).body.data.applyToJob.application.id });
  }
  const SET = `mutation($id: ID!, $s: ApplicationStatus!) { setApplicationStatus(id: $id, status: $s) { userErrors { code } } }`;
  let bothAccepted = 0;
  let historyEntriesLost = 0;
  let toldTwice = 0;
  for (const p of people) {
    const [hired, rejected] = await Promise.all([gqlAt(a.url, SET, { id: p.app, s: 'HIRED' }, owner), gqlAt(b.url, SET, { id: p.app, s: 'REJECTED' }, staff)]);
    const accepted = [hired, rejected].filter((r) => r.body.data?.setApplicationStatus?.userErrors?.length === 0).length;
    if (accepted === 2) bothAccepted += 1;
    const history = (await gqlAt(a.url, `query($id: ID!) { application(id: $id) { history { status } } }`, { id: p.app }, owner)).body.data.application.history as { status: string }[];
    historyEntriesLost += Math.max(0, accepted - history.filter((h) => h.status === 'HIRED' || h.status === 'REJECTED').length);
    const told = (await gqlAt(a.url, `{ myMessages { title } }`, {}, p.token)).body.data.myMessages as { title: string }[];
    if (told.length > 1) toldTwice += 1;
  }
  return { applications: n, bothAccepted, historyEntriesLost, toldTwice };
}
