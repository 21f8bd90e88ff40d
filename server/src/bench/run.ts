/**
 * `pnpm bench [--jobs 100000] [--engines sqlite,postgresql] [--duration 8] [--connections 50]`
 * (`--jobs 1000000 --engines sqlite` for the million-row keyword figures; generating them
 * takes several minutes, once)
 *
 * Fills a database per engine (kept under server/bench-data/ and reused while the job count
 * matches), starts the real server in production mode as a child process, and load-tests it on
 * 127.0.0.1 with autocannon. In the same run it measures a bare node:http server answering
 * each scenario's exact response bytes: the ceiling every figure is divided by, so the ratios
 * stay comparable on a shared, noisy machine. Prints a Markdown table.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { packageRoot } from '../config';
import { openDatabase } from '../db/orm';
import { argValue } from '../cli/catalog-admin';
import { sqliteMigrations } from '../migrations/sqlite';

const LIST_FIELDS = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
  id title category pay { min max unit settlement } place { city county town }
  providesHousing providesMeals coupleRooms dayShiftOnly publishedAt employer { name verified } } }`;
const LIST = `query Jobs($filter: JobFilter, $first: Int, $after: String) { jobs(filter: $filter, first: $first, after: $after) { ${LIST_FIELDS} } }`;
const DETAIL = `query Job($id: ID!) { job(id: $id) { id title description category pay { min max unit settlement monthlyMin monthlyMax }
  place { province city county town village address latitude longitude } providesHousing providesMeals coupleRooms dayShiftOnly
  socialInsurance travelPaid headcount ageMin ageMax requirements contactName contactPhone publishedAt expiresAt status
  employer { id name verified description } } }`;

interface Scenario {
  name: string;
  body: string;
  /** Several requests each connection cycles through (a mix of keywords); `body` is the first. */
  bodies?: string[];
}

// Keyword mixes, in the proportions villagers type them: mostly the common trades and terms
// (each in 1–8 % of generated jobs), some rarer ones, and words nobody wrote (夫妻间 is a
// chip, never in the generated text).
const COMMON_KEYWORDS = ['足疗', '包吃住', '茶叶', '修脚', '足疗', '司机', '快递', '包吃住', '技师', '长白班', '足疗', '普工'];
const RARE_KEYWORDS = ['电工', '深圳', '钢筋', '月嫂', '叉车 装卸', '高桥镇 采茶'];
const NO_HIT_KEYWORDS = ['夫妻间', '宇宙飞船', '量子计算', '区块链', 'zzqx'];

interface Row {
  engine: string;
  scenario: string;
  mode: string;
  rps: number;
  p50: number;
  p99: number;
  ceiling: number;
  errors: number;
}

const jobs = Number(argValue('jobs') ?? 100_000);
const duration = Number(argValue('duration') ?? 8);
const connections = Number(argValue('connections') ?? 50);
const pgAdmin = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const engines = (argValue('engines') ?? 'sqlite,postgresql').split(',');
const dataDir = path.join(packageRoot, 'bench-data');

function startChild(script: string, args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 120 s`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  child.removeAllListeners('exit');
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function post(url: string, body: string): Promise<any> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { errors?: unknown };
  if (json.errors) throw new Error(`bench query failed: ${JSON.stringify(json.errors)}`);
  return json;
}

async function load(url: string, pathName: string, body: string, bodies?: string[]): Promise<Omit<Row, 'engine' | 'scenario' | 'mode' | 'ceiling'>> {
  const headers = { 'content-type': 'application/json' };
  const r = await autocannon({
    url: `${url}${pathName}`,
    method: 'POST',
    headers,
    body,
    ...(bodies ? { requests: bodies.map((b) => ({ method: 'POST' as const, headers, body: b })) } : {}),
    connections,
    duration,
  });
  // Requests still queued when the run stops would slow the next scenario: wait until a
  // fresh request is answered (the server answers in order) before going on.
  await fetch(`${url}${pathName}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(120_000) }).then((res) => res.arrayBuffer());
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

/** A database holding `jobs` generated jobs, made once and reused until the schema changes. */
async function prepare(engine: string): Promise<string> {
  const schemaTag = (sqliteMigrations.at(-1)?.name.match(/\d{14}/)?.[0] ?? '0').slice(2);
  let url: string;
  if (engine === 'sqlite') {
    fs.mkdirSync(dataDir, { recursive: true });
    url = `sqlite:${path.join(dataDir, `jobs-${jobs}-${schemaTag}.sqlite`)}`;
  } else {
    const admin = await openDatabase({ driver: 'postgresql', url: pgAdmin });
    const name = `ziyang_bench_${jobs}_${schemaTag}`;
    const exists = await admin.knex.raw('select 1 from pg_database where datname = ?', [name]);
    if (exists.rows.length === 0) await admin.knex.raw(`create database ${name}`);
    await admin.close();
    const u = new URL(pgAdmin);
    u.pathname = `/${name}`;
    url = u.toString();
  }
  let count = -1;
  try {
    const db = await openDatabase(engine === 'sqlite' ? { driver: 'sqlite', path: url.slice(7), isDefault: false } : { driver: 'postgresql', url });
    try {
      count = Number((await db.knex('jobs').count({ n: '*' }))[0].n);
    } finally {
      await db.close();
    }
  } catch {
    count = -1;
  }
  if (count !== jobs) {
    console.error(`[bench] generating ${jobs} jobs on ${engine}…`);
    const r = spawnSync(process.execPath, [path.join(packageRoot, 'dist', 'cli', 'generate.js'), '--jobs', String(jobs), '--now', '2026-11-30'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('generation failed');
  }
  return url;
}

async function scenarios(url: string): Promise<Scenario[]> {
  const q = (variables: Record<string, unknown>) => JSON.stringify({ query: LIST, variables });
  const keywordMix = (name: string, words: string[]): Scenario => {
    const bodies = words.map((keyword) => q({ first: 20, filter: { keyword } }));
    return { name, body: bodies[0], bodies };
  };
  const first = await post(url, q({ first: 20 }));
  // Page 100: follow the cursors exactly as a client would.
  let after: string | null = null;
  for (let i = 0; i < 99; i++) {
    const page: any = await post(url, q({ first: 20, after }));
    after = page.data.jobs.pageInfo.endCursor;
  }
  const id = first.data.jobs.edges[7].node.id;
  return [
    { name: 'jobs, first page', body: q({ first: 20 }) },
    { name: 'jobs, town + housing', body: q({ first: 20, filter: { place: { town: '高桥镇' }, providesHousing: true } }) },
    { name: 'jobs, keyword 足疗', body: q({ first: 20, filter: { keyword: '足疗' } }) },
    keywordMix('jobs, keyword mix (common)', COMMON_KEYWORDS),
    keywordMix('jobs, keyword mix (rare)', RARE_KEYWORDS),
    keywordMix('jobs, keyword (no hit)', NO_HIT_KEYWORDS),
    { name: 'jobs, page 100 by cursor', body: q({ first: 20, after }) },
    { name: 'job(id)', body: JSON.stringify({ query: DETAIL, variables: { id } }) },
  ];
}

function serverEnv(url: string, cached: boolean): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: url,
    MIGRATE_ON_START: 'true',
    SEED_ON_START: 'false',
    H5_DIR: '',
    LOG_LEVEL: 'error',
    RESPONSE_CACHE_SECONDS: cached ? '30' : '0',
    SESSION_SECRET: 'benchmark-only-session-secret-0123456789',
  };
}

async function main() {
  const distMain = path.join(packageRoot, 'dist', 'main.js');
  const rows: Row[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-bench-'));
  for (const engine of engines) {
    const url = await prepare(engine);
    // 1. The scenarios and their exact response bytes.
    const probe = await startChild(distMain, [], serverEnv(url, false));
    const list = await scenarios(probe.url);
    const bodies: Record<string, string> = {};
    for (const [i, sc] of list.entries()) bodies[`/s${i}`] = Buffer.from(JSON.stringify(await post(probe.url, sc.body))).toString('base64');
    await stopChild(probe.child);
    // 2. The ceiling: bare node:http sending those bytes.
    const file = path.join(tmp, 'bodies.json');
    fs.writeFileSync(file, JSON.stringify(bodies));
    const ceiling = await startChild(path.join(packageRoot, 'dist', 'bench', 'ceiling-server.js'), [file], {});
    const ceilings = new Map<string, number>();
    for (const [i, sc] of list.entries()) ceilings.set(sc.name, (await load(ceiling.url, `/s${i}`, sc.body)).rps);
    await stopChild(ceiling.child);
    // 3. The real server, with and without its response cache.
    for (const mode of ['cached', 'uncached']) {
      const server = await startChild(distMain, [], serverEnv(url, mode === 'cached'));
      try {
        for (const sc of list) rows.push({ engine, scenario: sc.name, mode, ceiling: ceilings.get(sc.name)!, ...(await load(server.url, '/graphql', sc.body, sc.bodies)) });
      } finally {
        await stopChild(server.child);
      }
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(`\n${jobs.toLocaleString('en-US')} jobs · ${connections} connections · ${duration} s per row · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · Node ${process.version} · ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| engine | scenario | response cache | req/s | p50 ms | p99 ms | ceiling req/s | % of ceiling | errors |');
  console.log('|---|---|---|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    console.log(`| ${r.engine} | ${r.scenario} | ${r.mode === 'cached' ? 'on' : 'off'} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${fmt(r.ceiling)} | ${fmt((100 * r.rps) / r.ceiling, 1)} % | ${r.errors} |`);
  }
  console.log('');
  // Cost as time per request relative to the ceiling's, so a busy neighbour on the machine
  // slows both sides of the ratio alike.
  const cost = (r: Row) => r.ceiling / r.rps;
  for (const engine of engines) {
    for (const mode of ['cached', 'uncached']) {
      const p1 = rows.find((r) => r.engine === engine && r.mode === mode && r.scenario === 'jobs, first page');
      const p100 = rows.find((r) => r.engine === engine && r.mode === mode && r.scenario === 'jobs, page 100 by cursor');
      if (p1 && p100) console.log(`${engine}, response cache ${mode === 'cached' ? 'on' : 'off'}: page 100 costs ${fmt(cost(p100) / cost(p1), 2)}× page 1 (relative to the ceiling), p99 ${p100.p99} vs ${p1.p99} ms`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
