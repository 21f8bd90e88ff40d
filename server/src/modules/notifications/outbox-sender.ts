import type { Database } from '../../db/orm';
import { WechatClient, WechatError } from '../../wechat/client';

/** WeChat errors that retrying cannot fix: the user refused, the openid or data is invalid. */
const PERMANENT = new Set([43101, 40003, 47003, 40037]);

export interface OutboxOptions {
  intervalMs: number;
  /** How long a claimed row is reserved for its sender. */
  leaseMs: number;
  /** First retry delay; each further attempt doubles it, up to an hour. */
  backoffMs: number;
  maxAttempts: number;
  log: (msg: string, err?: unknown) => void;
}

type OutboxRow = { id: string; user_id: string; template: string; payload: string; page: string | null; attempts: number; last_error: string | null };

/** Written on a row found mid-send after its sender died; seen twice, the row is given up. */
const INTERRUPTED = 'interrupted during a send';

/**
 * Sends the WeChat subscribe messages the outbox holds. Every server instance may run one:
 *
 * - a row is claimed by one conditional UPDATE (PENDING → SENDING with a lease), one row at a
 *   time and only when it is about to be sent, so two instances never take the same row and a
 *   crash leaves at most the one row that was on the wire uncertain;
 * - a failed send goes back to PENDING with exponential backoff, until it succeeds, hits an
 *   error retrying cannot fix (SKIPPED) or runs out of attempts (FAILED);
 * - rows live in the database, so a restart loses nothing that was waiting. A row found still
 *   SENDING after its lease belonged to a sender that died mid-call: WeChat may or may not
 *   have delivered it, and it is sent once more (a possible duplicate beats a lost notice);
 *   a row interrupted twice in a row is given up, so a message that kills its sender cannot
 *   take every instance down in turn;
 * - `stop()` lets the send in progress finish and claims nothing more.
 */
export class OutboxSender {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopping = false;

  constructor(
    private readonly db: Database,
    private readonly wechat: WechatClient,
    private readonly options: OutboxOptions,
  ) {}

  start(): void {
    if (this.timer) return;
    this.stopping = false;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
    // Rows a crashed sender left mid-send are due again as soon as their lease runs out;
    // look at once rather than an interval later.
    void this.tick();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): Promise<number> {
    if (!this.running) {
      this.running = this.drain()
        .catch((e) => {
          this.options.log('outbox: sending failed', e);
          return 0;
        })
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  /** Returns rows whose sender died mid-send to the queue (or gives them up, the second time). */
  async recover(now = new Date()): Promise<number> {
    const p = this.db.dateParam.bind(this.db);
    const stale = this.db.knex('outbox').where('status', 'SENDING').where('locked_until', '<', p(now));
    const gaveUp = await stale
      .clone()
      .where((q) => q.where('last_error', 'like', `${INTERRUPTED}%`).orWhere('attempts', '>=', this.options.maxAttempts))
      .update({ status: 'FAILED', locked_until: null, last_error: `${INTERRUPTED}, twice or on the last attempt; given up` });
    const requeued = await stale.clone().update({ status: 'PENDING', locked_until: null, next_attempt_at: p(now), last_error: `${INTERRUPTED}; sent again` });
    return gaveUp + requeued;
  }

  /** Claims the next due row for this sender, or null when none is due. */
  private async claim(now: Date): Promise<OutboxRow | null> {
    const p = this.db.dateParam.bind(this.db);
    // PostgreSQL: SKIP LOCKED lets instances claim different rows instead of queueing on one;
    // SQLite serialises writers anyway. Either way the outer `status = 'PENDING'` is what
    // makes the claim exclusive.
    const pick = this.db.driver === 'postgresql' ? 'for update skip locked' : '';
    const rows = (await this.db.knex
      .raw(
        `update outbox set status = 'SENDING', locked_until = ?, attempts = attempts + 1
         where status = 'PENDING' and id = (
           select id from outbox where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit 1 ${pick})
         returning id, user_id, template, payload, page, attempts, last_error`,
        [p(new Date(now.getTime() + this.options.leaseMs)), p(now)],
      )
      .then((r: any) => (Array.isArray(r) ? r : r.rows))) as OutboxRow[];
    return rows[0] ?? null;
  }

  /** Sends what is due now, one row at a time; returns how many rows it handled. */
  async drain(): Promise<number> {
    await this.recover();
    let handled = 0;
    while (!this.stopping) {
      const row = await this.claim(new Date());
      if (!row) break;
      await this.send(row);
      handled += 1;
    }
    return handled;
  }

  private async send(row: OutboxRow): Promise<void> {
    const p = this.db.dateParam.bind(this.db);
    const user = await this.db.knex('users').where('id', row.user_id).first('openid');
    try {
      if (!user) throw new WechatError('WECHAT_UNAVAILABLE', 40003);
      await this.wechat.sendSubscribeMessage({ openid: user.openid, template: row.template, page: row.page, data: JSON.parse(row.payload) });
      await this.db.knex('outbox').where({ id: row.id, status: 'SENDING' }).update({ status: 'SENT', sent_at: p(new Date()), locked_until: null, last_error: null });
    } catch (e) {
      const errcode = e instanceof WechatError ? e.errcode : undefined;
      const permanent = errcode !== undefined && PERMANENT.has(errcode);
      const exhausted = row.attempts >= this.options.maxAttempts;
      const delay = Math.min(this.options.backoffMs * 2 ** (row.attempts - 1), 3_600_000);
      await this.db
        .knex('outbox')
        .where({ id: row.id, status: 'SENDING' })
        .update({
          status: permanent ? 'SKIPPED' : exhausted ? 'FAILED' : 'PENDING',
          next_attempt_at: p(new Date(Date.now() + delay)),
          locked_until: null,
          last_error: (e instanceof Error ? e.message : String(e)).slice(0, 200),
        });
    }
  }
}
