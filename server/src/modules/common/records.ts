import type { Viewer } from '../accounts/viewer';
import { canManage } from '../accounts/viewer';
import { userError, type UserError } from './user-errors';

/**
 * What applications, enrolments and interests share: a villager's record on someone else's
 * posting. Each has its own service (`applications/`, `enrollments/`, `interests/`); the rules
 * they hold in common live here once.
 */

/**
 * The most each list returns, as its `@listSize` in the schema states: the query cost limit
 * counts lists at these sizes. A villager's own lists and an employer's applicants are newest
 * first; a course roster is in enrolment order, and seats are at most 500.
 */
export const LIST_BOUNDS = { mine: 50, favorites: 100, applicants: 200, roster: 500 };

const NOTE_MAX = 200;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** A note or message written on a record: trimmed, at most 200 characters, no control characters. */
export function checkNote(note: string | null | undefined, field: string): { value: string | null; error: UserError | null } {
  if (note === null || note === undefined) return { value: null, error: null };
  const v = note.trim();
  if ([...v].length > NOTE_MAX) return { value: null, error: userError('TOO_LONG', `留言最多 ${NOTE_MAX} 个字`, field) };
  if (CONTROL.test(v)) return { value: null, error: userError('INVALID', '留言含有无法识别的字符', field) };
  return { value: v.length ? v : null, error: null };
}

/** Thrown to roll a transaction back when its compare-and-set lost to a concurrent change. */
export class LostRace extends Error {}

/**
 * A record as its viewer may see it: the villager it belongs to, members of the organisation
 * behind the posting, and admins. Anyone else gets null — "not found", exactly as for an id
 * that does not exist.
 */
export function visibleRecord<T extends { userId: string; orgId: string }>(viewer: Viewer | null, row: T | null): T | null {
  if (!row || !viewer) return null;
  return row.userId === viewer.userId || canManage(viewer, row.orgId) ? row : null;
}

/** History entries are kept on the row as JSON: always read whole, never queried into. */
export interface HistoryEntry {
  status: string;
  at: string;
  message: string | null;
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

/** The columns every record table has (entity schemas spread them). */
export const recordColumns = {
  id: { type: 'string', length: 16, primary: true },
  userId: { type: 'string', length: 16, fieldName: 'user_id' },
  status: { type: 'string', length: 12 },
  history: { type: 'text' },
  createdAt: { type: 'datetime' },
  updatedAt: { type: 'datetime' },
} as const;

/** The record through which someone other than the villager meets her as a `User`. */
export interface ShownWith {
  kind: 'APPLICATION' | 'ENROLLMENT' | 'INTEREST';
  id: string;
}
