import type { Knex } from '@mikro-orm/knex';
import { userError, type UserError } from './user-errors';

/**
 * How every status in the server changes (applications, enrolments, interests, postings,
 * reports, organisations). Several server instances serve one database and two people may act
 * on one record in the same second, so a change is decided from the state it read and written
 * as a compare-and-set on that state: `UPDATE … WHERE id = ? AND status = ? [AND history = ?]`,
 * in the transaction that also writes its history, audit entry, messages and outbox rows.
 * When the update touches no row another change got there first, and this one writes nothing.
 *
 * What the caller is told does not depend on how close the race was — the server cannot tell a
 * change that lost by a millisecond from one sent from a screen loaded an hour ago:
 * - the record already stands where the change would take it (a second withdraw, a second
 *   approve, a double-tapped cancel): a no-op success, nothing written, nobody told twice —
 *   unless the transition documents otherwise (a dismissed report answers `NOT_FOUND`);
 * - another decision took it somewhere this change does not start from (hired while being
 *   rejected, withdrawn while being hired, taken down while being closed): `STALE_STATUS`,
 *   with the record as it now is, for the app to show after reloading.
 */
export function staleStatus(): UserError {
  return userError('STALE_STATUS', '状态已被他人更新，请刷新后再试');
}

/**
 * The compare-and-set: updates row `id` of `table` only while every column in `read` still
 * holds the value read (null compares as IS NULL). True when this call made the change. On
 * PostgreSQL a concurrent writer of the row holds it locked until it commits, and the condition
 * is checked again on the row it committed; on SQLite writers take turns.
 */
export async function compareAndSet(q: Knex, table: string, id: string, read: Record<string, unknown>, changes: Record<string, unknown>): Promise<boolean> {
  const update = q(table).where('id', id);
  for (const [column, value] of Object.entries(read)) {
    if (value === null || value === undefined) update.whereNull(column);
    else update.where(column, value as Knex.Value);
  }
  return Number(await update.update(changes)) === 1;
}
