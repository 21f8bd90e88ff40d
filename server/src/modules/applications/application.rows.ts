import type { Database } from '../../db/orm';
import { parseHistory, type HistoryEntry } from '../common/records';

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
  /**
   * Set on a withdrawn application shown to the employer: she was told 撤回以后招工方就看不到你的报名了,
   * so her name, phone, note, certificates and helper are left out (`ApplicationService.shownTo`).
   */
  identityHidden?: boolean;
}

export const applicationSelect = ['applications.*', 'jobs.employer_id as org_id'];

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
