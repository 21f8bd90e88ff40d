import { createHash } from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import { isUniqueViolation } from '../../db/errors';
import { badInput } from '../../errors';
import { userError, type UserError } from './user-errors';

/**
 * Safe retries of creating mutations. On weak mountain signal an answer can be lost after the
 * server committed; the mini-program then sends the same request again with the same
 * `idempotencyKey`, and the server answers with what the first request created instead of
 * creating it twice.
 *
 * The rule: a key belongs to the user who sent it (another user's same key is simply another
 * key, and never shows that user's result). Within 24 hours, a repeat with the same key, the
 * same mutation and the same arguments gets the first result, and nothing is done again (no
 * second row, audit entry or message); the same key with other arguments is refused with
 * `IDEMPOTENCY_KEY_REUSED`. A request that ended in user errors created nothing and stores no
 * key, so it can be corrected and sent again. After 24 hours a key is free again.
 */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

const KEY_SHAPE = /^[A-Za-z0-9_-]{8,64}$/;

/** Expired keys deleted by one write, at most: enough to keep up, never a long statement. */
const SWEEP_BATCH = 100;

/** The argument as sent, checked: null when absent; a malformed key is a protocol error. */
export function checkIdempotencyKey(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (!KEY_SHAPE.test(raw)) throw badInput('idempotencyKey 必须是 8–64 个字母、数字、“_”或“-”', 'idempotencyKey');
  return raw;
}

/** Arguments in one spelling: keys sorted, absent and null alike (GraphQL treats them alike). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined && v !== null) out[k] = canonical(v);
    }
    return out;
  }
  return value;
}

export function inputHash(operation: string, input: unknown): string {
  return createHash('sha256').update(JSON.stringify([operation, canonical(input)])).digest('hex');
}

export interface IdempotentRequest {
  userId: string;
  /** From `checkIdempotencyKey`; null runs the mutation as before. */
  key: string | null;
  operation: string;
  /** The mutation's arguments but the key. */
  input: unknown;
}

/**
 * Records the key with the id about to be created. Call it first inside the transaction that
 * creates the result; whatever that transaction then commits is the result a repeat gets.
 */
export type Claim = (trx: Knex, resultId: string) => Promise<void>;

export interface IdempotentSteps<R> {
  /** The mutation's own work; calls `claim` in its creating transaction. */
  create(claim: Claim): Promise<R>;
  /** The answer for a repeat: the payload of what `resultId` is now. */
  replay(resultId: string): Promise<R>;
  /** The payload carrying only these user errors. */
  refuse(errors: UserError[]): R;
}

/** The other request holding the key committed first; this transaction was rolled back. */
class KeyTaken extends Error {
  constructor(cause: unknown) {
    super('idempotency key taken by a concurrent request', { cause });
  }
}

interface KeyRow {
  operation: string;
  input_hash: string;
  result_id: string;
}

async function recall(db: Database, userId: string, key: string, now: Date): Promise<KeyRow | undefined> {
  return db.knex('idempotency_keys')
    .where({ user_id: userId, key })
    .where('created_at', '>=', db.dateParam(new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS)))
    .first('operation', 'input_hash', 'result_id');
}

/**
 * Deletes a batch of expired keys, inside a creating transaction. On PostgreSQL rows another
 * transaction is deleting are skipped rather than waited for, so two writers never queue (or
 * deadlock) over old keys; SQLite has one writer at a time anyway.
 */
async function sweepExpired(db: Database, trx: Knex, cutoff: Date): Promise<void> {
  if (db.driver === 'postgresql') {
    await trx.raw(
      'delete from idempotency_keys where (user_id, key) in (select user_id, key from idempotency_keys where created_at < ? order by created_at limit ? for update skip locked)',
      [cutoff, SWEEP_BATCH],
    );
  } else {
    await trx.raw('delete from idempotency_keys where rowid in (select rowid from idempotency_keys where created_at < ? order by created_at limit ?)', [db.dateParam(cutoff), SWEEP_BATCH]);
  }
}

/**
 * Runs a creating mutation at most once per (user, key). A repeat is answered from the stored
 * key. Two repeats at the same moment (on one instance or two) both pass the first look-up;
 * the unique (user, key) row decides: on PostgreSQL the second insert waits for the first
 * transaction and fails once it commits, on SQLite the writers take turns and the second finds
 * the row; either way the loser's transaction is rolled back and it answers with the winner's
 * result. A loser refused before its transaction for what the winner did answers the same way.
 */
export async function once<R extends { userErrors: readonly unknown[] }>(db: Database, request: IdempotentRequest, steps: IdempotentSteps<R>): Promise<R> {
  const { userId, key, operation } = request;
  if (key === null) return steps.create(async () => undefined);
  const hash = inputHash(operation, request.input);
  const answer = (row: KeyRow) =>
    row.operation === operation && row.input_hash === hash
      ? steps.replay(row.result_id)
      : Promise.resolve(steps.refuse([userError('IDEMPOTENCY_KEY_REUSED', '这个 idempotencyKey 已经用于另一次不同的提交，请换一个新的', 'idempotencyKey')]));

  const earlier = await recall(db, userId, key, new Date());
  if (earlier) return answer(earlier);
  let result: R;
  try {
    result = await steps.create(async (trx, resultId) => {
      const now = new Date();
      const cutoff = new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS);
      // The same key used more than 24 hours ago is free again. Only this one row, before the
      // sweep below: a transaction waiting here holds no other key rows, so none can wait on it.
      await trx('idempotency_keys').where({ user_id: userId, key }).where('created_at', '<', db.dateParam(cutoff)).delete();
      try {
        await trx('idempotency_keys').insert({ user_id: userId, key, operation, input_hash: hash, result_id: resultId, created_at: db.dateParam(now) });
      } catch (e) {
        if (isUniqueViolation(e)) throw new KeyTaken(e);
        throw e;
      }
      await sweepExpired(db, trx, cutoff);
    });
  } catch (e) {
    if (!(e instanceof KeyTaken)) throw e;
    const winner = await recall(db, userId, key, new Date());
    if (!winner) throw e;
    return answer(winner);
  }
  // Refused for what a concurrent repeat had just done (e.g. "name taken" by the organisation
  // it created): that repeat's result is the answer.
  if (result.userErrors.length > 0) {
    const winner = await recall(db, userId, key, new Date());
    if (winner) return answer(winner);
  }
  return result;
}
