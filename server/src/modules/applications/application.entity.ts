import { EntitySchema } from '@mikro-orm/core';
import { recordColumns } from '../common/records';

export interface Application {
  id: string;
  jobId: string;
  userId: string;
  note: string | null;
  openedAt: Date | null;
  status: string;
  history: string;
  createdAt: Date;
  updatedAt: Date;
}

export const ApplicationSchema = new EntitySchema<Application>({
  name: 'Application',
  tableName: 'applications',
  properties: {
    ...recordColumns,
    jobId: { type: 'string', length: 16, fieldName: 'job_id' },
    note: { type: 'string', length: 200, nullable: true },
    /** When a member of the employer first loaded it (see markOpened); stops the reply reminder. */
    openedAt: { type: 'datetime', nullable: true },
  },
  // One application per villager per job: a second tap finds the first.
  uniques: [{ name: 'applications_job_user_unique', properties: ['jobId', 'userId'] }],
  indexes: [{ name: 'applications_user_idx', properties: ['userId', 'createdAt'] }],
});
