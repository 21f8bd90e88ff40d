import type { Database } from '../../db/orm';
import type { HistoryEntry } from './application.entity';

export interface ApplicationRow {
  id: string;
  jobId: string;
  userId: string;
  /** The employer of the job: its members may see the application. */
  orgId: string;
  note: string | null;
  status: string;
  history: HistoryEntry[];
  /** The history column exactly as read: a status change compares it (see `appendHistory`). */
  historyText: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface EnrollmentRow {
  id: string;
  courseId: string;
  userId: string;
  orgId: string;
  status: string;
  waitlistedAt: Date | null;
  history: HistoryEntry[];
  /** The history column exactly as read: a status change compares it (see `appendHistory`). */
  historyText: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface InterestRow {
  id: string;
  openingId: string;
  userId: string;
  orgId: string;
  positionTitle: string | null;
  note: string | null;
  status: string;
  history: HistoryEntry[];
  /** The history column exactly as read: a status change compares it (see `appendHistory`). */
  historyText: string;
  createdAt: Date;
  updatedAt: Date;
}

export function parseHistory(text: string): HistoryEntry[] {
  try {
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/**
 * The history column with one more entry. The column is rewritten whole, so the update that
 * stores it must be a compare-and-set on the status and on the history text it was built from
 * (`compareAndSet(q, table, id, { status, history: row.historyText }, …)`): two writers that
 * read the same history would otherwise each store their own entry and lose the other's.
 */
export function appendHistory(history: HistoryEntry[], status: string, at: Date, message: string | null = null): string {
  return JSON.stringify([...history, { status, at: at.toISOString(), message }]);
}

export const applicationSelect = ['applications.*', 'jobs.employer_id as org_id'];
export const enrollmentSelect = ['enrollments.*', 'courses.trainer_id as org_id'];
export const interestSelect = ['interests.*', 'franchise_openings.brand_id as org_id'];

export function toApplicationRow(db: Database, r: Record<string, any>): ApplicationRow {
  return {
    id: r.id,
    jobId: r.job_id,
    userId: r.user_id,
    orgId: r.org_id,
    note: r.note,
    status: r.status,
    history: parseHistory(r.history),
    historyText: r.history,
    createdAt: db.readDate(r.created_at),
    updatedAt: db.readDate(r.updated_at),
  };
}

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

export function toInterestRow(db: Database, r: Record<string, any>): InterestRow {
  return {
    id: r.id,
    openingId: r.opening_id,
    userId: r.user_id,
    orgId: r.org_id,
    positionTitle: r.position_title,
    note: r.note,
    status: r.status,
    history: parseHistory(r.history),
    historyText: r.history,
    createdAt: db.readDate(r.created_at),
    updatedAt: db.readDate(r.updated_at),
  };
}

/** The record through which someone other than the villager meets her as a `User`. */
export interface ShownWith {
  kind: 'APPLICATION' | 'ENROLLMENT' | 'INTEREST';
  id: string;
}

export interface FavoriteRow {
  kind: 'JOB' | 'COURSE' | 'FRANCHISE_OPENING';
  targetId: string;
  createdAt: Date;
}
