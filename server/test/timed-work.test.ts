import { createTestDatabase, engines, startOn, type Engine, type TestServer } from './harness';
import { ShiftedClock } from '../src/modules/timed-work/clock';
import type { TimedWork } from '../src/modules/timed-work/timed-work';

/**
 * The timed-work runner on its own: tasks written in a transaction, claimed once across two
 * server instances on one database, retaken after a claimer stops mid-task, retried when a
 * handler fails. A test handler counts what ran, in a table of its own, inside the handler's
 * transaction — so a run counted is a run committed.
 */
const HOUR = 3_600_000;
const QUIET = { TIMED_WORK_INTERVAL_MS: '3600000', TIMED_WORK_LEASE_MS: '60000', TIMED_WORK_BACKOFF_MS: '1000', TIMED_WORK_MAX_ATTEMPTS: '3', SEED_ON_START: 'false' };

async function countingTable(s: TestServer): Promise<void> {
  if (!(await s.db.knex.schema.hasTable('test_task_runs'))) {
    await s.db.knex.schema.createTable('test_task_runs', (t) => {
      t.string('task_key', 120);
      t.string('instance', 60);
    });
  }
}

/** Only this file's test tasks (the server's own hourly sweep runs alongside). */
const own = <T extends { kind: string }>(ran: T[]): T[] => ran.filter((r) => r.kind.startsWith('test.'));

function counting(work: TimedWork, kind = 'test.count'): void {
  work.registerHandler(kind, async (trx, task) => {
    await trx('test_task_runs').insert({ task_key: task.key, instance: work.instanceId });
    return `counted ${task.subjectId}`;
  });
}

async function runs(s: TestServer): Promise<Record<string, number>> {
  const rows = await s.db.knex('test_task_runs').select('task_key').count({ n: '*' }).groupBy('task_key');
  return Object.fromEntries(rows.map((r: any) => [r.task_key, Number(r.n)]));
}

describe.each(engines)('timed work on %s', (engine: Engine) => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const started: TestServer[] = [];
  const start = async (clock: ShiftedClock, env: Record<string, string> = {}) => {
    const s = await startOn(db.url, engine, { ...QUIET, ...env }, { clock });
    started.push(s);
    return s;
  };

  beforeEach(async () => {
    db = await createTestDatabase(engine);
  });
  afterEach(async () => {
    for (const s of started.splice(0)) await s.close(1000).catch(() => undefined);
    await db.dispose();
  });

  it('runs a task once it is due by the clock, never before, and scheduling it twice is one task', async () => {
    const clock = new ShiftedClock();
    const s = await start(clock);
    await countingTable(s);
    counting(s.timedWork);
    const due = new Date(clock.now().getTime() + 48 * HOUR);
    await s.db.writeTransaction(async (trx) => {
      await s.timedWork.schedule(trx, { kind: 'test.count', subjectId: 'a1', dueAt: due });
      await s.timedWork.schedule(trx, { kind: 'test.count', subjectId: 'a1', dueAt: due });
    });
    expect(own(await s.timedWork.runDue())).toEqual([]);
    clock.advanceHours(47);
    expect(own(await s.timedWork.runDue())).toEqual([]);
    clock.advanceHours(2);
    const ran = own(await s.timedWork.runDue());
    expect(ran.map((r) => [r.kind, r.subjectId, r.outcome, r.result])).toEqual([['test.count', 'a1', 'done', 'counted a1']]);
    expect(own(await s.timedWork.runDue())).toEqual([]);
    expect(Object.values(await runs(s))).toEqual([1]);
    const row = await s.db.knex('timed_tasks').where('kind', 'like', 'test.%').first('status', 'attempts', 'result', 'claimed_until');
    expect(row).toMatchObject({ status: 'DONE', attempts: 1, result: 'counted a1', claimed_until: null });
  });

  it('writes nothing when the transaction that schedules rolls back', async () => {
    const clock = new ShiftedClock();
    const s = await start(clock);
    await expect(
      s.db.writeTransaction(async (trx) => {
        await s.timedWork.schedule(trx, { kind: 'test.count', subjectId: 'b1', dueAt: clock.now() });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(Number((await s.db.knex('timed_tasks').where('kind', 'like', 'test.%').count({ n: '*' }).first())!.n)).toBe(0);
  });

  // Two instances in one process share one thread, and better-sqlite3 waits for a lock
  // synchronously: on SQLite they would block each other, not race. The SQLite race runs with
  // instances as separate processes (reply-deadlines.test.ts).
  const inProcessRace = engine === 'postgresql' ? it : it.skip;

  inProcessRace('two instances on one database run each of 40 due tasks exactly once', async () => {
    const clock = new ShiftedClock();
    const a = await start(clock);
    const b = await start(clock);
    await countingTable(a);
    counting(a.timedWork);
    counting(b.timedWork);
    await a.db.writeTransaction(async (trx) => {
      for (let i = 0; i < 40; i++) await a.timedWork.schedule(trx, { kind: 'test.count', subjectId: `t${i}`, dueAt: new Date(clock.now().getTime() + HOUR) });
    });
    clock.advanceHours(2);
    const [ranA, ranB] = await Promise.all([a.timedWork.runDue().then(own), b.timedWork.runDue().then(own)]);
    const done = [...ranA, ...ranB].filter((r) => r.outcome === 'done').map((r) => r.subjectId).sort();
    expect(done).toEqual(Array.from({ length: 40 }, (_, i) => `t${i}`).sort());
    const counted = await runs(a);
    expect(Object.keys(counted)).toHaveLength(40);
    expect(Object.values(counted).every((n) => n === 1)).toBe(true);
    expect(Number((await a.db.knex('timed_tasks').where('kind', 'like', 'test.%').whereNot('status', 'DONE').count({ n: '*' }).first())!.n)).toBe(0);
  });

  it('a task held by an instance that died mid-task is retaken after its lease, and done once', async () => {
    const clock = new ShiftedClock();
    const a = await start(clock);
    await countingTable(a);
    counting(a.timedWork);
    await a.db.writeTransaction((trx) => a.timedWork.schedule(trx, { kind: 'test.count', subjectId: 'c1', dueAt: clock.now() }));
    // What an instance killed mid-task leaves behind: its claim, and nothing it wrote (its
    // transaction never committed). Written as the claim writes it.
    const p = (d: Date) => a.db.dateParam(d);
    await a.db.knex('timed_tasks').where('kind', 'like', 'test.%').update({ status: 'RUNNING', claimed_by: 'killed-instance', claimed_until: p(new Date(clock.now().getTime() + 60_000)), attempts: 1 });
    await a.close();
    started.splice(started.indexOf(a), 1);

    // The restarted instance leaves it alone while the lease lasts, then takes it over.
    const b = await start(clock);
    counting(b.timedWork);
    expect(own(await b.timedWork.runDue())).toEqual([]);
    clock.advance(61_000);
    const ran = own(await b.timedWork.runDue());
    expect(ran.map((r) => [r.subjectId, r.outcome])).toEqual([['c1', 'done']]);
    expect(await runs(b)).toEqual({ [ran[0].key]: 1 });
    expect(await b.db.knex('timed_tasks').where('kind', 'like', 'test.%').first('status', 'attempts', 'claimed_by')).toEqual({ status: 'DONE', attempts: 2, claimed_by: b.timedWork.instanceId });
  });

  inProcessRace('a claimer that overran its lease and lost the task commits nothing: the task is done once', async () => {
    const clock = new ShiftedClock();
    const a = await start(clock);
    const b = await start(clock);
    await countingTable(a);
    counting(b.timedWork);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    // The slow claimer stalls past its lease, then counts, before its transaction commits.
    a.timedWork.registerHandler('test.count', async (trx, task) => {
      entered();
      await held;
      await trx('test_task_runs').insert({ task_key: task.key, instance: 'a' });
    });
    await a.db.writeTransaction((trx) => a.timedWork.schedule(trx, { kind: 'test.count', subjectId: 'g1', dueAt: clock.now() }));
    const slow = a.timedWork.runDue().then(own);
    await inHandler;
    clock.advance(61_000);
    // The other instance retakes it while the slow one still stalls…
    const ran = own(await b.timedWork.runDue());
    expect(ran.map((r) => r.outcome)).toEqual(['done']);
    // …and the slow one's done mark finds the claim gone: its writes roll back.
    release();
    expect((await slow).map((r) => r.outcome)).toEqual(['lost']);
    expect(Object.values(await runs(a))).toEqual([1]);
    expect(await a.db.knex('timed_tasks').where('kind', 'like', 'test.%').first('status')).toEqual({ status: 'DONE' });
  });

  it('a failing task is retried after its backoff and given up after the last attempt, its error kept', async () => {
    const clock = new ShiftedClock();
    const s = await start(clock);
    let calls = 0;
    s.timedWork.registerHandler('test.fail', async (trx) => {
      calls += 1;
      await trx('timed_tasks').where('kind', 'nothing').update({ result: 'written by a failing run' });
      throw new Error('the subject could not be read');
    });
    await s.db.writeTransaction((trx) => s.timedWork.schedule(trx, { kind: 'test.fail', subjectId: 'd1', dueAt: clock.now() }));
    expect((own(await s.timedWork.runDue())).map((r) => r.outcome)).toEqual(['failed']);
    // Not again before the backoff has passed.
    expect(own(await s.timedWork.runDue())).toEqual([]);
    clock.advance(1_500);
    expect((own(await s.timedWork.runDue())).map((r) => r.outcome)).toEqual(['failed']);
    clock.advance(2_500);
    expect((own(await s.timedWork.runDue())).map((r) => r.outcome)).toEqual(['failed']);
    clock.advance(3_600_000);
    expect(own(await s.timedWork.runDue())).toEqual([]);
    expect(calls).toBe(3);
    expect(await s.db.knex('timed_tasks').where('kind', 'like', 'test.%').first('status', 'attempts', 'last_error')).toMatchObject({ status: 'FAILED', attempts: 3, last_error: 'the subject could not be read' });
  });

  it('a task of a kind nobody handles fails with its reason kept, rather than vanishing', async () => {
    const clock = new ShiftedClock();
    const s = await start(clock, { TIMED_WORK_MAX_ATTEMPTS: '1' });
    await s.db.writeTransaction((trx) => s.timedWork.schedule(trx, { kind: 'test.unknown', subjectId: 'e1', dueAt: clock.now() }));
    expect((own(await s.timedWork.runDue())).map((r) => [r.outcome, r.result])).toEqual([['failed', 'no handler for test.unknown']]);
    expect(await s.db.knex('timed_tasks').where('kind', 'like', 'test.%').first('status')).toEqual({ status: 'FAILED' });
  });

  it('a graceful stop lets the task in hand finish and commit', async () => {
    const clock = new ShiftedClock();
    const s = await start(clock);
    await countingTable(s);
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    s.timedWork.registerHandler('test.count', async (trx, task) => {
      entered();
      await new Promise((r) => setTimeout(r, 300));
      await trx('test_task_runs').insert({ task_key: task.key, instance: 'stopping' });
    });
    await s.db.writeTransaction((trx) => s.timedWork.schedule(trx, { kind: 'test.count', subjectId: 'h1', dueAt: clock.now() }));
    const running = s.timedWork.runDue();
    await inHandler;
    // Read through a second connection after the stop: the first one closes with the server.
    const url = s.databaseUrl;
    await s.close(5000);
    started.splice(started.indexOf(s), 1);
    expect(own(await running).map((r) => r.outcome)).toEqual(['done']);
    const again = await start(clock);
    expect(Object.values(await runs(again))).toEqual([1]);
    expect(await again.db.knex('timed_tasks').where('kind', 'like', 'test.%').first('status')).toEqual({ status: 'DONE' });
    expect(url).toBe(again.databaseUrl);
  });

  it('the runner started with the server runs due tasks on its own, by its interval', async () => {
    const clock = new ShiftedClock();
    const s = await start(clock, { TIMED_WORK_INTERVAL_MS: '100' });
    await countingTable(s);
    counting(s.timedWork);
    await s.db.writeTransaction((trx) => s.timedWork.schedule(trx, { kind: 'test.count', subjectId: 'f1', dueAt: clock.now() }));
    for (let i = 0; i < 100 && Object.keys(await runs(s)).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(Object.values(await runs(s))).toEqual([1]);
  });
});
