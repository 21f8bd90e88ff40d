import type { Database } from '../../db/orm';
import { parseHistory, type HistoryEntry } from '../common/records';

export interface InterestRow {
  id: string;
  openingId: string;
  userId: string;
  /** The brand behind the opening: its members may see the interest. */
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

export const interestSelect = ['interests.*', 'franchise_openings.brand_id as org_id'];

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
