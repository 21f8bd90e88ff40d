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

/**
 * Sends the WeChat subscribe messages the outbox holds. Every server instance may run one:
 *
 * - a row is claimed by one conditional UPDATE (PENDING → SENDING with a lease), so two
 *   instances never take the same row, and one sender never sends a row twice;
 * - a failed send goes back to PENDING with exponential backoff, until it succeeds, hits an
 *   error retrying cannot fix (SKIPPED) or runs out of attempts (FAILED);
 * - rows live in the database, so a restart loses nothing that was waiting. A row found still
 *   SENDING after its lease belonged to a sender that died mid-call: WeChat may or may not
 *   have delivered it, and it is marked FAILED rather than risk a duplicate.
 */
export class OutboxSender {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Database,
    private readonly wechat: WechatClient,
    private readonly options: OutboxOptions,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
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

  /** Sends what is due now; returns how many rows it handled. */
  async drain(): Promise<number> {
    const now = new Date();
    const p = this.db.dateParam.bind(this.db);
    await this.db.knex('outbox').where('status', 'SENDING').where('locked_until', '<', p(now)).update({ status: 'FAILED', last_error: 'interrupted during a send; not retried to avoid a duplicate' });
    const claimed = (await this.db.knex
      .raw(
        `update outbox set status = 'SENDING', locked_until = ?, attempts = attempts + 1
         where status = 'PENDING' and id in (
           select id from outbox where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit 20)
         returning id, user_id, template, payload, page, attempts`,
        [p(new Date(now.getTime() + this.options.leaseMs)), p(now)],
      )
      .then((r: any) => (Array.isArray(r) ? r : r.rows))) as { id: string; user_id: string; template: string; payload: string; page: string | null; attempts: number }[];
    for (const row of claimed) await this.send(row);
    return claimed.length;
  }

  private async send(row: { id: string; user_id: string; template: string; payload: string; page: string | null; attempts: number }): Promise<void> {
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
