import { randomBytes } from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { Clock } from './clock';

/** A task as its handler sees it. */
export interface TimedTask {
  key: string;
  kind: string;
  subjectId: string;
  /** What the scheduler wrote down for the handler (the state it must still find), or null. */
  payload: Record<string, unknown> | null;
  dueAt: Date;
  attempts: number;
}

export interface ScheduleRequest {
  kind: string;
  subjectId: string;
  dueAt: Date;
  /**
   * What makes two requests the same task: scheduling a key that exists (pending or done)
   * writes nothing. Defaults to `kind:subjectId:dueAt`.
   */
  key?: string;
  payload?: Record<string, unknown> | null;
}

/**
 * Does the work a task stands for, inside the transaction that also marks it done. It reads
 * the subject as it is now and changes it only by compare-and-set on the state that made the
 * task worth doing; when that state is gone (the employer opened the application, the job was
 * confirmed again) it returns a "no-op" outcome and writes nothing. The returned text is kept
 * on the row as what the task did.
 */
export type TaskHandler = (trx: Knex.Transaction, task: TimedTask, now: Date) => Promise<string | void>;

/** One task this instance ran: what the handler answered, or why it failed. */
export interface TaskRun {
  key: string;
  kind: string;
  subjectId: string;
  outcome: 'done' | 'failed' | 'lost';
  result: string | null;
}

export interface TimedWorkOptions {
  intervalMs: number;
  /** How long a claimed task is reserved for its claimer; past it, another instance retakes it. */
  leaseMs: number;
  /** First retry delay of a failed task; each further attempt doubles it, up to an hour. */
  backoffMs: number;
  maxAttempts: number;
  log: (msg: string, err?: unknown) => void;
}

type TaskRow = { key: string; kind: string; subject_id: string; payload: string | null; due_at: unknown; attempts: number };

/**
 * Writes a task in the caller's transaction (see `TimedWork.schedule`); for services that
 * have the database but not the runner. A key already scheduled is left as it is.
 */
export async function scheduleTask(db: Database, trx: Knex, request: ScheduleRequest, now: Date): Promise<void> {
  const key = (request.key ?? `${request.kind}:${request.subjectId}:${request.dueAt.getTime()}`).slice(0, 120);
  await trx('timed_tasks')
    .insert({
      key, kind: request.kind, subject_id: request.subjectId.slice(0, 16), payload: request.payload ? JSON.stringify(request.payload) : null,
      due_at: db.dateParam(request.dueAt), status: 'PENDING', claimed_until: null, claimed_by: null, attempts: 0,
      done_at: null, result: null, last_error: null, created_at: db.dateParam(now),
    })
    .onConflict('key')
    .ignore();
}

/** Thrown inside a handler's transaction when its claim was lost: rolls the handler's writes back. */
class ClaimLost extends Error {}

/**
 * Timed work: reminders, automatic closing, expiry, digests. Each piece is a row in
 * `timed_tasks`, written in the transaction of the change that causes it, so it exists exactly
 * when that change does and a restart loses nothing. Every server instance runs a runner:
 *
 * - a due task is claimed by one conditional UPDATE (PENDING → RUNNING, with this instance's
 *   name and a lease), one task at a time, so two instances never run the same task at once;
 * - the handler's writes and the done mark commit in one transaction, and the done mark is a
 *   compare-and-set on this claim: a claimer that overran its lease, and lost the task to
 *   another instance, rolls its writes back. A task is done exactly once;
 * - a task left RUNNING past its lease belonged to an instance that died or stopped mid-task:
 *   it is claimed again like a due one. A failing task is retried with backoff and given up
 *   (FAILED, with its last error) after `maxAttempts`;
 * - `stop()` claims nothing more and waits, within the grace it is given, for the task in hand.
 */
export class TimedWork {
  private readonly handlers = new Map<string, TaskHandler>();
  private readonly recurring = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<TaskRun[]> | null = null;
  private stopping = false;
  /** Names this instance on the rows it claims, so a lost claim cannot mark a task done. */
  readonly instanceId = `${process.pid}-${randomBytes(4).toString('hex')}`;

  constructor(
    private readonly db: Database,
    readonly clock: Clock,
    private readonly options: TimedWorkOptions,
  ) {}

  /** Registers what runs for tasks of `kind`; one handler per kind. */
  registerHandler(kind: string, handler: TaskHandler): void {
    if (this.handlers.has(kind)) throw new Error(`timed work: a handler for ${kind} is already registered`);
    this.handlers.set(kind, handler);
  }

  /**
   * Writes a task in the caller's transaction, so it exists exactly when the change that
   * causes it commits. A key already scheduled (pending, running or done) is left as it is:
   * scheduling the same thing twice is one task.
   */
  async schedule(trx: Knex, request: ScheduleRequest): Promise<void> {
    await scheduleTask(this.db, trx, request, this.clock.now());
  }

  /**
   * Work that recurs every `periodMs` (a sweep, a daily digest): one task per period, keyed
   * by the period's start, which every instance makes sure exists before each run. However
   * many instances run, and however long none ran, each period's task runs once; a period
   * missed entirely is covered by the next one's run.
   */
  every(kind: string, periodMs: number, handler: TaskHandler): void {
    this.registerHandler(kind, handler);
    this.recurring.set(kind, periodMs);
  }

  start(): void {
    if (this.timer) return;
    this.stopping = false;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
    // Tasks that fell due while no instance ran (or whose claimer died) are taken at once.
    void this.tick();
  }

  /**
   * Claims nothing more and waits for the task in hand, up to `graceMs`. A task still running
   * after that keeps its claim until the lease runs out, and is then retaken by an instance
   * that is running: its transaction never committed, so it is done once all the same.
   */
  async stop(graceMs = Infinity): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.running) return;
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      this.running.then(() => undefined),
      new Promise<void>((resolve) => {
        if (Number.isFinite(graceMs)) timeout = setTimeout(resolve, graceMs);
      }),
    ]);
    if (timeout) clearTimeout(timeout);
  }

  private tick(): Promise<TaskRun[]> {
    if (!this.running) {
      this.running = this.drain()
        .catch((e) => {
          this.options.log('timed work: a run failed', e);
          return [] as TaskRun[];
        })
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  /**
   * Runs every task due by the clock's "now", here and now, and returns what this call ran.
   * A run already in progress (the interval's) is waited for first, so the answer covers
   * everything due, and nothing runs twice in this instance.
   */
  async runDue(): Promise<TaskRun[]> {
    // What the run in progress did counts too: it may have taken a task that is due now.
    const earlier: TaskRun[] = [];
    while (this.running) earlier.push(...(await this.running));
    if (this.stopping) return earlier;
    const run = this.drain();
    const tracked: Promise<TaskRun[]> = run.finally(() => {
      if (this.running === guarded) this.running = null;
    });
    const guarded = tracked.catch(() => [] as TaskRun[]);
    this.running = guarded;
    return [...earlier, ...(await run)];
  }

  /** Claims and runs due tasks one at a time until none is due. */
  private async drain(): Promise<TaskRun[]> {
    const runs: TaskRun[] = [];
    await this.giveUpExhausted();
    const now = this.clock.now();
    for (const [kind, periodMs] of this.recurring) {
      const start = Math.floor(now.getTime() / periodMs) * periodMs;
      await scheduleTask(this.db, this.db.knex, { kind, subjectId: 'every', dueAt: new Date(start), key: `${kind}:${start}` }, now);
    }
    while (!this.stopping) {
      const now = this.clock.now();
      const task = await this.claim(now);
      if (!task) break;
      runs.push(await this.runOne(task, now));
    }
    return runs;
  }

  /** A task abandoned mid-run on its last attempt is not taken again: it is given up. */
  private async giveUpExhausted(): Promise<void> {
    const now = this.db.dateParam(this.clock.now());
    await this.db
      .knex('timed_tasks')
      .where('status', 'RUNNING')
      .where('claimed_until', '<', now)
      .where('attempts', '>=', this.options.maxAttempts)
      .update({ status: 'FAILED', claimed_until: null, last_error: 'abandoned mid-run on its last attempt; given up' });
  }

  /**
   * The claim: one conditional UPDATE takes the earliest due task — pending, or running past
   * its lease — for this instance. The outer condition repeats the inner one, so of two
   * instances picking the same row only one update matches it.
   */
  private async claim(now: Date): Promise<TimedTask | null> {
    const p = (d: Date) => this.db.dateParam(d);
    // PostgreSQL: SKIP LOCKED lets instances claim different rows instead of queueing on one;
    // SQLite serialises writers anyway.
    const pick = this.db.driver === 'postgresql' ? 'for update skip locked' : '';
    const claimable = `((status = 'PENDING' and due_at <= ?) or (status = 'RUNNING' and claimed_until < ?))`;
    const rows = (await this.db.knex
      .raw(
        `update timed_tasks set status = 'RUNNING', claimed_until = ?, claimed_by = ?, attempts = attempts + 1
         where ${claimable} and key = (
           select key from timed_tasks where ${claimable} order by due_at, key limit 1 ${pick})
         returning key, kind, subject_id, payload, due_at, attempts`,
        [p(new Date(now.getTime() + this.options.leaseMs)), this.instanceId, p(now), p(now), p(now), p(now)],
      )
      .then((r: any) => (Array.isArray(r) ? r : r.rows))) as TaskRow[];
    const row = rows[0];
    if (!row) return null;
    return {
      key: row.key, kind: row.kind, subjectId: row.subject_id, payload: row.payload ? JSON.parse(row.payload) : null,
      dueAt: this.db.readDate(row.due_at), attempts: row.attempts,
    };
  }

  private async runOne(task: TimedTask, now: Date): Promise<TaskRun> {
    const mine = { key: task.key, status: 'RUNNING', claimed_by: this.instanceId, attempts: task.attempts };
    const handler = this.handlers.get(task.kind);
    try {
      if (!handler) throw new Error(`no handler for ${task.kind}`);
      const result = await this.db.writeTransaction(async (trx) => {
        const said = (await handler(trx, task, now)) ?? null;
        const marked = await trx('timed_tasks')
          .where(mine)
          .update({ status: 'DONE', done_at: this.db.dateParam(now), claimed_until: null, result: said ? said.slice(0, 200) : null, last_error: null });
        if (Number(marked) !== 1) throw new ClaimLost();
        return said;
      });
      return { key: task.key, kind: task.kind, subjectId: task.subjectId, outcome: 'done', result };
    } catch (e) {
      if (e instanceof ClaimLost) return { key: task.key, kind: task.kind, subjectId: task.subjectId, outcome: 'lost', result: null };
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 200);
      this.options.log(`timed work: ${task.kind} ${task.subjectId} failed (attempt ${task.attempts})`, e);
      const exhausted = task.attempts >= this.options.maxAttempts;
      const delay = Math.min(this.options.backoffMs * 2 ** (task.attempts - 1), 3_600_000);
      await this.db
        .knex('timed_tasks')
        .where(mine)
        .update({ status: exhausted ? 'FAILED' : 'PENDING', due_at: this.db.dateParam(new Date(now.getTime() + delay)), claimed_until: null, last_error: message });
      return { key: task.key, kind: task.kind, subjectId: task.subjectId, outcome: 'failed', result: message };
    }
  }
}
