import { EntitySchema } from '@mikro-orm/core';

/** A user's report of a posting (fake, asks for money, …), waiting for the bureau. */
export interface Report {
  id: string;
  reporterId: string;
  subjectKind: string;
  subjectId: string;
  orgId: string;
  reason: string;
  /** 对方让我交钱: the poster asked the reporter for money (`reportFeeDemand`). */
  feeDemand: boolean;
  status: 'OPEN' | 'DISMISSED' | 'ACTIONED';
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
}

/** Who changed what, when, from what to what: every status change and admin action. */
export interface AuditEntry {
  id: string;
  actorId: string | null;
  action: string;
  subjectKind: string;
  subjectId: string;
  before: string | null;
  after: string | null;
  at: Date;
}

export const ReportSchema = new EntitySchema<Report>({
  name: 'Report',
  tableName: 'reports',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    reporterId: { type: 'string', length: 16, fieldName: 'reporter_id' },
    subjectKind: { type: 'string', length: 20 },
    subjectId: { type: 'string', length: 16 },
    orgId: { type: 'string', length: 16, fieldName: 'org_id' },
    reason: { type: 'string', length: 500 },
    feeDemand: { type: 'boolean', default: false, fieldName: 'fee_demand' },
    status: { type: 'string', length: 10 },
    createdAt: { type: 'datetime' },
    resolvedAt: { type: 'datetime', nullable: true },
    resolvedBy: { type: 'string', length: 16, nullable: true },
  },
  indexes: [
    { name: 'reports_status_idx', properties: ['status', 'createdAt'] },
    // Counting a posting's open fee reports, and closing them with it.
    { name: 'reports_subject_idx', properties: ['subjectId', 'status'] },
  ],
});

/**
 * A posting frozen by 对方让我交钱 reports until the bureau decides: hidden from everyone but
 * its poster's members and admins. Jobs and openings are also set to UNDER_REVIEW (their
 * visibility rules hide that status); a course has no status column, so for a course this row
 * is the freeze itself, read by the course visibility rule. `previousStatus` is what a
 * dismissal restores. The primary key makes a posting frozen once, however many reports race.
 */
export interface PostingFreeze {
  subjectKind: string;
  subjectId: string;
  previousStatus: string;
  /** The report that froze it. */
  reportId: string;
  frozenAt: Date;
}

export const PostingFreezeSchema = new EntitySchema<PostingFreeze>({
  name: 'PostingFreeze',
  tableName: 'posting_freezes',
  properties: {
    subjectKind: { type: 'string', length: 20, primary: true, fieldName: 'subject_kind' },
    subjectId: { type: 'string', length: 16, primary: true, fieldName: 'subject_id' },
    previousStatus: { type: 'string', length: 16, fieldName: 'previous_status' },
    reportId: { type: 'string', length: 16, fieldName: 'report_id' },
    frozenAt: { type: 'datetime', fieldName: 'frozen_at' },
  },
});

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  name: 'AuditEntry',
  tableName: 'audit_log',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    actorId: { type: 'string', length: 16, nullable: true, fieldName: 'actor_id' },
    action: { type: 'string', length: 40 },
    subjectKind: { type: 'string', length: 20 },
    subjectId: { type: 'string', length: 16 },
    before: { type: 'text', nullable: true },
    after: { type: 'text', nullable: true },
    at: { type: 'datetime' },
  },
  indexes: [{ name: 'audit_subject_idx', properties: ['subjectId', 'at'] }],
});
