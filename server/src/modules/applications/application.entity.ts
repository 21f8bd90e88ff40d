import { EntitySchema } from '@mikro-orm/core';

/** History entries are kept on the row as JSON: always read whole, never queried into. */
export interface HistoryEntry {
  status: string;
  at: string;
  message: string | null;
}

export interface Application {
  id: string;
  jobId: string;
  userId: string;
  note: string | null;
  status: string;
  history: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Enrollment {
  id: string;
  courseId: string;
  userId: string;
  status: string;
  history: string;
  /** When the villager joined the waiting list: the order of promotion. */
  waitlistedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Interest {
  id: string;
  openingId: string;
  userId: string;
  positionTitle: string | null;
  note: string | null;
  status: string;
  history: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Favorite {
  userId: string;
  kind: string;
  targetId: string;
  createdAt: Date;
}

const common = {
  id: { type: 'string', length: 16, primary: true },
  userId: { type: 'string', length: 16, fieldName: 'user_id' },
  status: { type: 'string', length: 12 },
  history: { type: 'text' },
  createdAt: { type: 'datetime' },
  updatedAt: { type: 'datetime' },
} as const;

export const ApplicationSchema = new EntitySchema<Application>({
  name: 'Application',
  tableName: 'applications',
  properties: {
    ...common,
    jobId: { type: 'string', length: 16, fieldName: 'job_id' },
    note: { type: 'string', length: 200, nullable: true },
  },
  // One application per villager per job: a second tap finds the first.
  uniques: [{ name: 'applications_job_user_unique', properties: ['jobId', 'userId'] }],
  indexes: [{ name: 'applications_user_idx', properties: ['userId', 'createdAt'] }],
});

export const EnrollmentSchema = new EntitySchema<Enrollment>({
  name: 'Enrollment',
  tableName: 'enrollments',
  properties: {
    ...common,
    courseId: { type: 'string', length: 16, fieldName: 'course_id' },
    waitlistedAt: { type: 'datetime', nullable: true },
  },
  uniques: [{ name: 'enrollments_course_user_unique', properties: ['courseId', 'userId'] }],
  indexes: [
    { name: 'enrollments_user_idx', properties: ['userId', 'createdAt'] },
    { name: 'enrollments_waitlist_idx', properties: ['courseId', 'status', 'waitlistedAt'] },
  ],
});

export const InterestSchema = new EntitySchema<Interest>({
  name: 'Interest',
  tableName: 'interests',
  properties: {
    ...common,
    openingId: { type: 'string', length: 16, fieldName: 'opening_id' },
    positionTitle: { type: 'string', length: 20, nullable: true },
    note: { type: 'string', length: 200, nullable: true },
  },
  uniques: [{ name: 'interests_opening_user_unique', properties: ['openingId', 'userId'] }],
  indexes: [{ name: 'interests_user_idx', properties: ['userId', 'createdAt'] }],
});

export const FavoriteSchema = new EntitySchema<Favorite>({
  name: 'Favorite',
  tableName: 'favorites',
  properties: {
    userId: { type: 'string', length: 16, primary: true, fieldName: 'user_id' },
    kind: { type: 'string', length: 20, primary: true },
    targetId: { type: 'string', length: 16, primary: true, fieldName: 'target_id' },
    createdAt: { type: 'datetime' },
  },
});
