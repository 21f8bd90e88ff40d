import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { bearer, createTestDatabase, engines, fillProfile, signIn, startOn, startTestServer, type Engine, type TestServer } from './harness';
import { insertJob } from './builders';
import { openDatabase } from '../src/db/orm';
import { parseDatabaseUrl } from '../src/config';
import { readCatalogVersion } from '../src/db/catalog-version-store';

/**
 * `pnpm db:backup` and `pnpm db:restore` as an operator runs them: the compiled CLIs as child
 * processes, against a server that keeps taking writes over HTTP while the backup runs.
 */
const CLI = path.resolve(__dirname, '..', 'dist', 'cli');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(name: 'backup' | 'restore', args: string[], databaseUrl: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(CLI, `${name}.js`), ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** The `rows:` line as a map: `rows: jobs 266, users 4` → { jobs: 266, users: 4 }. */
function reportedRows(out: string): Record<string, number> {
  const line = out.split('\n').find((l) => l.startsWith('rows: '));
  if (!line) throw new Error(`no rows line in: ${out}`);
  return Object.fromEntries(line.slice('rows: '.length).split(', ').map((part) => {
    const [table, n] = part.split(' ');
    return [table, Number(n)];
  }));
}

function reportedVersion(out: string): number {
  const m = out.match(/^catalogue version: (\d+)/m);
  if (!m) throw new Error(`no catalogue version in: ${out}`);
  return Number(m[1]);
}

/** A refusal is one plain line on stderr and a non-zero exit, never a stack trace. */
function expectRefusal(run: CliRun, message: RegExp): void {
  expect({ code: run.code, stderr: run.stderr.trim() }).toEqual({ code: 1, stderr: expect.stringMatching(message) });
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stdout).toBe('');
}

/** Tables in the database at `url`: 0 means nothing was restored into it. */
async function tableCount(url: string): Promise<number> {
  const config = parseDatabaseUrl(url);
  if (config.driver === 'sqlite' && !fs.existsSync(config.path)) return 0;
  const db = await openDatabase(config, { createIfMissing: false });
  try {
    if (db.driver === 'sqlite') {
      const rows = await db.knex.raw(`select count(*) as n from sqlite_master where type = 'table'`);
      return Number(rows[0].n);
    }
    const r = await db.knex.raw(`select count(*) as n from pg_tables where schemaname = 'public'`);
    return Number(r.rows[0].n);
  } finally {
    await db.close();
  }
}

const JOBS = `{ jobs(first: 50) { totalCount edges { node { id } } } }`;
const MINE = `{ me { id phone } myApplications { job { id } } myFavorites { job { id } } }`;
const APPLY = `mutation($j: ID!) { applyToJob(jobId: $j) { application { id } userErrors { code } } }`;
const FAVORITE = `mutation($j: ID!) { favorite(kind: JOB, id: $j) { saved userErrors { code } } }`;

/** One write a villager made, and when its answer came back (performance.now()). */
interface Write {
  kind: 'signIn' | 'profile' | 'apply' | 'favorite';
  stream: number;
  token: string;
  phone: string;
  jobId: string;
  ackAt: number;
}

describe.each(engines)('backup and restore on %s', (engine: Engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let scratch: string;
  const cleanups: (() => Promise<unknown>)[] = [];
  let jobIds: string[] = [];

  beforeAll(async () => {
    s = await startTestServer(engine);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-backup-test-'));
    for (let i = 0; i < 3; i++) jobIds.push((await insertJob(s, { title: `备份测试岗位 ${i}` })).id);
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await s?.dispose();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  /** A fresh empty database, dropped after the suite. */
  async function emptyDatabase() {
    const db = await createTestDatabase(engine);
    cleanups.push(() => db.dispose());
    return db;
  }

  async function serverOn(url: string, env: Record<string, string> = {}): Promise<TestServer> {
    const server = await startOn(url, engine, { SEED_ON_START: 'false', ...env });
    cleanups.push(() => server.close());
    return server;
  }

  function backupFile(name: string) {
    return path.join(scratch, `${name}${engine === 'sqlite' ? '.sqlite' : '.dump'}`);
  }

  let backup: string;
  let backupRun: CliRun;

  it('takes a consistent backup while villagers keep writing, and a restore holds every write acknowledged before it began', async () => {
    // The demo catalogue brings applications of its own; the streams' are counted above them.
    const seeded = Number((await s.db.knex('applications').count({ n: '*' }).first())?.n ?? 0);
    // Villagers in three sequential streams: sign in, fill the profile, apply, save the job.
    const writes: Write[] = [];
    let stop = false;
    const streams = [0, 1, 2].map(async (stream) => {
      for (let i = 0; !stop; i++) {
        const jobId = jobIds[i % jobIds.length];
        const phone = `139${String(stream * 10_000_000 + i).padStart(8, '0')}`;
        const token = await signIn(s, `backup-${stream}-${i}-${randomBytes(3).toString('hex')}`);
        const w = (kind: Write['kind']) => writes.push({ kind, stream, token, phone, jobId, ackAt: performance.now() });
        w('signIn');
        await fillProfile(s, token, '备份村民', phone);
        w('profile');
        const applied = await s.gql(APPLY, { j: jobId }, bearer(token));
        expect(applied.data.applyToJob.userErrors).toEqual([]);
        w('apply');
        const saved = await s.gql(FAVORITE, { j: jobId }, bearer(token));
        expect(saved.data.favorite.saved).toBe(true);
        w('favorite');
      }
    });
    while (writes.filter((w) => w.kind === 'favorite').length < 15) await new Promise((r) => setTimeout(r, 20));

    backup = backupFile('during-writes');
    const startedAt = performance.now();
    backupRun = await runCli('backup', [backup], s.databaseUrl);
    const endedAt = performance.now();
    // A few more writes after it, so every stream is cut somewhere in the middle.
    const total = writes.length;
    while (writes.length < total + 12) await new Promise((r) => setTimeout(r, 20));
    stop = true;
    await Promise.all(streams);

    expect(backupRun.stderr).toBe('');
    expect(backupRun.code).toBe(0);
    expect(backupRun.stdout).toContain(`to ${backup}`);
    expect(backupRun.stdout).toMatch(/^size: .+ \(\d+ bytes\)$/m);
    expect(backupRun.stdout).toMatch(/^tables: \d+$/m);
    expect(backupRun.stdout).toMatch(/^seconds: \d+\.\d\d$/m);
    const before = writes.filter((w) => w.ackAt < startedAt);
    const during = writes.filter((w) => w.ackAt >= startedAt && w.ackAt < endedAt);
    expect(during.length).toBeGreaterThan(0);
    // The reported counts lie between what was acknowledged before the backup started and what
    // was acknowledged by the time it ended.
    const rows = reportedRows(backupRun.stdout);
    const count = (kind: Write['kind'], ws: Write[]) => ws.filter((w) => w.kind === kind).length;
    expect(rows.applications - seeded).toBeGreaterThanOrEqual(count('apply', before));
    expect(rows.applications - seeded).toBeLessThanOrEqual(count('apply', writes.filter((w) => w.ackAt < endedAt)));
    expect(rows.jobs).toBeGreaterThan(0);

    const target = await emptyDatabase();
    const restoreRun = await runCli('restore', [backup], target.url);
    expect(restoreRun.stderr).toBe('');
    expect(restoreRun.code).toBe(0);
    expect(restoreRun.stdout).toMatch(/^migrations: up to date$/m);
    // What was restored is what the backup reported holding.
    expect(reportedRows(restoreRun.stdout)).toEqual(rows);

    // A server on the restored database, migrating on start as usual, answers the villagers.
    const r = await serverOn(target.url);
    const present = new Map<Write, boolean>();
    const tokens = [...new Set(writes.map((w) => w.token))];
    for (const token of tokens) {
      const res = await r.gql(MINE, {}, bearer(token));
      const mine = res.data?.me ? res.data : null;
      for (const w of writes.filter((x) => x.token === token)) {
        present.set(w, mine !== null && {
          signIn: true,
          profile: mine.me.phone === w.phone,
          apply: mine.myApplications.some((a: any) => a.job.id === w.jobId),
          favorite: mine.myFavorites.some((f: any) => f.job.id === w.jobId),
        }[w.kind]);
      }
    }
    const lost = before.filter((w) => !present.get(w)).map((w) => `${w.kind} of stream ${w.stream}`);
    expect(lost).toEqual([]);
    // One instant: within each stream the writes in the backup are a prefix of those made.
    for (const stream of [0, 1, 2]) {
      const mine = writes.filter((w) => w.stream === stream).map((w) => present.get(w));
      const firstMissing = mine.indexOf(false);
      if (firstMissing >= 0) expect(mine.slice(firstMissing).every((p) => p === false)).toBe(true);
    }
    expect(writes.filter((w) => w.kind === 'apply' && present.get(w)).length).toBe(rows.applications - seeded);
    // Public queries answer as on the original.
    const restoredJobs = await r.gql(JOBS);
    expect(restoredJobs.errors).toBeUndefined();
    expect(restoredJobs.data.jobs.totalCount).toBe((await s.gql(JOBS)).data.jobs.totalCount);
    expect(restoredJobs.data.jobs.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(jobIds));
  }, 180_000);

  it('refuses a target that is not empty, and --force replaces it under a running server without stale cached answers', async () => {
    const refused = await runCli('restore', [backup], s.databaseUrl);
    expectRefusal(refused, /is not empty .*--force/);
    expect((await s.gql(JOBS)).data.jobs.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(jobIds));

    // A quiet backup of the source, at a catalogue version the other database is then given
    // too: a server there caching at that version would keep its answers if the restore left
    // the version as the backup had it.
    const version = await readCatalogVersion(s.db);
    const quiet = backupFile('quiet');
    const quietRun = await runCli('backup', [quiet], s.databaseUrl);
    expect(quietRun.code).toBe(0);
    expect(await readCatalogVersion(s.db)).toBe(version);

    const other = await emptyDatabase();
    const t = await serverOn(other.url, { SEED_ON_START: 'true' });
    const stranger = await insertJob(t, { title: '另一个库的岗位' });
    await t.db.knex('catalog_state').where('id', 1).update({ version });
    await new Promise((r) => setTimeout(r, 1100)); // the server re-reads the version each second
    const cachedBefore = await t.gql(JOBS);
    expect(cachedBefore.data.jobs.edges.map((e: any) => e.node.id)).toContain(stranger.id);
    expect(t.cache.size).toBeGreaterThan(0);

    // The server keeps writing while the restore runs: short write transactions, one every
    // 15 ms, that hold the lock the restore has to take (SQLite) or the tables it drops (PostgreSQL).
    let writing = true;
    const writer = (async () => {
      while (writing) {
        await t.db.writeTransaction(async (trx) => {
          await trx('catalog_state').where('id', 1).first('version');
          await new Promise((r) => setTimeout(r, 5));
        }).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const forced = await runCli('restore', [quiet, '--force'], other.url);
    writing = false;
    await writer;
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(reportedVersion(forced.stdout)).toBeGreaterThan(version);
    await new Promise((r) => setTimeout(r, 1100));
    const after = await t.gql(JOBS);
    const ids = after.data.jobs.edges.map((e: any) => e.node.id);
    expect(ids).not.toContain(stranger.id);
    expect(ids).toEqual(expect.arrayContaining(jobIds));
    expect(after.data.jobs.totalCount).toBe((await s.gql(JOBS)).data.jobs.totalCount);
    expect(reportedRows(forced.stdout)).toEqual(reportedRows(quietRun.stdout));
  }, 120_000);

  it('refuses a missing file, a corrupt or truncated file and a backup of the other engine, leaving the target empty', async () => {
    const target = await emptyDatabase();
    expectRefusal(await runCli('restore', [path.join(scratch, 'no-such-backup')], target.url), /^no such file: /);
    expectRefusal(await runCli('restore', [], target.url), /^usage: db:restore FILE/);

    const junk = path.join(scratch, 'junk.bin');
    fs.writeFileSync(junk, randomBytes(64 * 1024));
    expectRefusal(await runCli('restore', [junk], target.url), /is not a backup made by db:backup/);

    // A real backup cut short (a copy interrupted, a disk that filled up).
    const truncated = backupFile('truncated');
    const whole = fs.readFileSync(backup);
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    expectRefusal(await runCli('restore', [truncated], target.url), /is corrupt: /);

    // A whole archive with damaged bytes in the middle. (SQLite keeps no checksums: damage
    // inside a row's text goes unnoticed, so the SQLite case damages page structure instead.)
    const damaged = backupFile('damaged');
    const bytes = Buffer.from(whole);
    if (engine === 'sqlite') bytes.fill(0xff, 4096, 3 * 4096);
    else bytes.fill(0xff, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 64);
    fs.writeFileSync(damaged, bytes);
    expectRefusal(await runCli('restore', [damaged], target.url), /is corrupt: /);

    const otherEngine = path.join(scratch, 'other-engine');
    fs.writeFileSync(otherEngine, Buffer.concat([Buffer.from(engine === 'sqlite' ? 'PGDMP' : 'SQLite format 3\0', 'latin1'), Buffer.alloc(4096)]));
    expectRefusal(await runCli('restore', [otherEngine], target.url), engine === 'sqlite' ? /is a PostgreSQL backup but DATABASE_URL names a SQLite database/ : /is a SQLite backup but DATABASE_URL names a PostgreSQL database/);

    expect(await tableCount(target.url)).toBe(0);
  }, 120_000);

  it('refuses to back up to a bad path, over an existing file, or from a database that is not there', async () => {
    expectRefusal(await runCli('backup', [path.join(scratch, 'no-such-folder', 'x')], s.databaseUrl), /^folder does not exist: /);
    expectRefusal(await runCli('backup', [backup], s.databaseUrl), /already exists/);
    expectRefusal(await runCli('backup', ['--every-hour'], s.databaseUrl), /^unknown option --every-hour/);
    if (engine === 'sqlite') {
      const missing = path.join(scratch, 'no-database-here.sqlite');
      expectRefusal(await runCli('backup', [path.join(scratch, 'y.sqlite')], `sqlite:${missing}`), /^no SQLite database at /);
      expect(fs.existsSync(missing)).toBe(false);
    } else {
      const u = new URL(s.databaseUrl);
      u.pathname = `/ziyang_missing_${randomBytes(4).toString('hex')}`;
      expectRefusal(await runCli('backup', [path.join(scratch, 'y.dump')], u.toString()), /does not exist/);
      const probe = await openDatabase({ driver: 'postgresql', url: process.env.TEST_DATABASE_URL! });
      const exists = await probe.knex.raw('select 1 from pg_database where datname = ?', [u.pathname.slice(1)]);
      await probe.close();
      expect(exists.rows).toEqual([]);
      u.port = '1';
      expectRefusal(await runCli('backup', [path.join(scratch, 'y.dump')], u.toString()), /^cannot reach PostgreSQL .*ECONNREFUSED/);
    }
    expect(fs.readdirSync(scratch).filter((f) => f.includes('.partial-'))).toEqual([]);
  }, 60_000);
});
