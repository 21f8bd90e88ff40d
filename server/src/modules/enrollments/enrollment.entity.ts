import { EntitySchema } from '@mikro-orm/core';
import { recordColumns } from '../common/records';

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

export const EnrollmentSchema = new EntitySchema<Enrollment>({
  name: 'Enrollment',
  tableName: 'enrollments',
  properties: {
    ...recordColumns,
    courseId: { type: 'string', length: 16, fieldName: 'course_id' },
    waitlistedAt: { type: 'datetime', nullable: true },
  },
  uniques: [{ name: 'enrollments_course_user_unique', properties: ['courseId', 'userId'] }],
  indexes: [
    { name: 'enrollments_user_idx', properties: ['userId', 'createdAt'] },
    { name: 'enrollments_waitlist_idx', properties: ['courseId', 'status', 'waitlistedAt'] },
  ],
});
