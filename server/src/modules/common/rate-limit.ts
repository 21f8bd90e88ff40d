import { GraphQLError } from 'graphql';
import type { Database } from '../../db/orm';
import { newId } from './ids';

export const RATE_WINDOW_MS = 60_000;

/** Hits of keys nobody sends any more are swept now and then, not on every request. */
const SWEEP_EVERY = 200;
let untilSweep = SWEEP_EVERY;

/**
 * A sliding-window log in the database, shared by every server instance: a request of
 * `weight` operations is accepted when the hits of the last 60 seconds plus its weight stay
 * within `limit`, so no 60 seconds ever hold more than the limit (fixed clock-minute windows
 * let twice the limit through across a minute boundary). Only accepted hits are recorded: a
 * client that is refused gets in again as soon as its oldest hit ages out.
 *
 * Each check is one short write transaction on the key: SQLite's writers take turns anyway;
 * on PostgreSQL a transaction-scoped advisory lock on the key keeps two instances from both
 * reading "one left" and both accepting.
 */
export async function hitRateLimit(db: Database, key: string, limit: number, weight = 1, now = Date.now()): Promise<void> {
  const k = key.slice(0, 100);
  const w = Math.max(1, Math.floor(weight));
  const since = now - RATE_WINDOW_MS;
  const retryAfterMs = await db.writeTransaction(async (trx) => {
    if (db.driver === 'postgresql') await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [k]);
    await trx('rate_hits').where('key', k).where('at', '<=', since).delete();
    const hits = (await trx('rate_hits').where('key', k).orderBy([{ column: 'at' }, { column: 'id' }]).select('at', 'weight')) as { at: number | string; weight: number }[];
    let used = hits.reduce((sum, h) => sum + Number(h.weight), 0);
    if (used + w <= limit) {
      await trx('rate_hits').insert({ id: newId(), key: k, at: now, weight: w });
      return 0;
    }
    if (w > limit) return RATE_WINDOW_MS;
    // The earliest moment enough of the oldest hits have aged out to make room.
    for (const h of hits) {
      used -= Number(h.weight);
      if (used + w <= limit) return Number(h.at) + RATE_WINDOW_MS - now;
    }
    return RATE_WINDOW_MS;
  });
  if (--untilSweep <= 0) {
    untilSweep = SWEEP_EVERY;
    await db.knex('rate_hits').where('at', '<=', since).delete();
  }
  if (retryAfterMs > 0) {
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    throw new GraphQLError(`操作太频繁，请 ${retryAfterSeconds} 秒后再试`, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}
