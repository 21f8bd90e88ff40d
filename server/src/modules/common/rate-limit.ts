import { GraphQLError } from 'graphql';
import type { Database } from '../../db/orm';

const WINDOW_MS = 60_000;

/**
 * Fixed one-minute windows counted in the database, so every server instance shares the
 * same count. One upsert per checked request, adding `weight` (the operations the request
 * runs); the row is reused window after window.
 */
export async function hitRateLimit(db: Database, key: string, limit: number, weight = 1, now = Date.now()): Promise<void> {
  const w = Math.max(1, Math.floor(weight));
  const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
  const rows = await db.knex
    .raw(
      `insert into rate_limits (key, window_start, count) values (?, ?, ?)
       on conflict (key) do update set
         count = case when rate_limits.window_start = excluded.window_start then rate_limits.count + excluded.count else excluded.count end,
         window_start = excluded.window_start
       returning count`,
      [key.slice(0, 100), windowStart, w],
    )
    .then((r: any) => (Array.isArray(r) ? r : r.rows));
  const count = Number(rows[0]?.count ?? 0);
  if (count > limit) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
    throw new GraphQLError(`操作太频繁，请 ${retryAfterSeconds} 秒后再试`, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}
