import type { Database } from '../../db/orm';
import { parseHistory, type HistoryEntry } from '../common/records';

export interface EnrollmentRow {
  id: string;
  courseId: string;
  userId: string;
  /** The trainer of the course: its members may see the enrolment. */
  orgId: string;
  status: string;
  waitlistedAt: Date | null;
  history: HistoryEntry[];
  /** The history column exactly as read: a status change compares it (see `appendHistory`). */
  historyText: string;
  createdAt: Date;
  updatedAt: Date;
}

export const enrollmentSelect = ['enrollments.*', 'courses.trainer_id as org_id'];

export function toEnrollmentRow(db: Database, r: Record<string, any>): EnrollmentRow {
  return {
    id: r.id,
    courseId: r.course_id,
    userId: r.user_id,
    orgId: r.org_id,
    status: r.status,
    waitlistedAt: r.waitlisted_at == null ? null : db.readDate(r.waitlisted_at),
    history: parseHistory(r.history),
    historyText: r.history,
    createdAt: db.readDate(r.created_at),
    updatedAt: db.readDate(r.updated_at),
  };
}
