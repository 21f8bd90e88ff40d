import { EntitySchema } from '@mikro-orm/core';

/**
 * A creating mutation that was carried out under a client's idempotency key: a repeat of the
 * same request by the same user with the same key within 24 hours answers with `resultId`
 * instead of creating again. The row is written in the transaction that creates the result,
 * so after a crash both exist or neither does; the primary key (user, key) is the unique index
 * that decides between two concurrent repeats.
 */
export interface IdempotencyKey {
  userId: string;
  key: string;
  /** The mutation, e.g. `postJob`. */
  operation: string;
  /** SHA-256 (hex) of the mutation's canonical arguments, to refuse a key reused for other input. */
  inputHash: string;
  /** The id of what the first request created (job, course, opening, organisation, report). */
  resultId: string;
  createdAt: Date;
}

export const IdempotencyKeySchema = new EntitySchema<IdempotencyKey>({
  name: 'IdempotencyKey',
  tableName: 'idempotency_keys',
  properties: {
    userId: { type: 'string', length: 16, primary: true, fieldName: 'user_id' },
    key: { type: 'string', length: 64, primary: true },
    operation: { type: 'string', length: 40 },
    inputHash: { type: 'string', length: 64, fieldName: 'input_hash' },
    resultId: { type: 'string', length: 16, fieldName: 'result_id' },
    // Expired keys are deleted by age.
    createdAt: { type: 'datetime', fieldName: 'created_at', index: 'idempotency_keys_created_at_idx' },
  },
});
