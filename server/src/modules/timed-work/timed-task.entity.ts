import { EntitySchema } from '@mikro-orm/core';

/**
 * A piece of timed work (see timed-work.ts). Read and written through the query builder only;
 * the entity keeps the schema generator in step with the migrations.
 */
export interface TimedTaskRecord {
  /** What makes two schedulings the same task. */
  key: string;
  kind: string;
  subjectId: string;
  payload: string | null;
  dueAt: Date;
  status: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
  claimedUntil: Date | null;
  claimedBy: string | null;
  attempts: number;
  doneAt: Date | null;
  /** What the handler said it did ("no-op: …" when the reason for the task had gone). */
  result: string | null;
  lastError: string | null;
  createdAt: Date;
}

export const TimedTaskSchema = new EntitySchema<TimedTaskRecord>({
  name: 'TimedTask',
  tableName: 'timed_tasks',
  properties: {
    key: { type: 'string', length: 120, primary: true },
    kind: { type: 'string', length: 40 },
    subjectId: { type: 'string', length: 16, fieldName: 'subject_id' },
    payload: { type: 'text', nullable: true },
    dueAt: { type: 'datetime' },
    status: { type: 'string', length: 8 },
    claimedUntil: { type: 'datetime', nullable: true },
    claimedBy: { type: 'string', length: 40, nullable: true },
    attempts: { type: 'integer', default: 0 },
    doneAt: { type: 'datetime', nullable: true },
    result: { type: 'string', length: 200, nullable: true },
    lastError: { type: 'string', length: 200, nullable: true },
    createdAt: { type: 'datetime' },
  },
  indexes: [
    { name: 'timed_tasks_due_idx', properties: ['status', 'dueAt'] },
    { name: 'timed_tasks_subject_idx', properties: ['subjectId', 'kind'] },
  ],
});
