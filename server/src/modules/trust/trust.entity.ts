import { EntitySchema } from '@mikro-orm/core';

/** A user's report of a posting (fake, asks for money, …), waiting for the bureau. */
export interface Report {
  id: string;
  reporterId: string;
  subjectKind: string;
  subjectId: string;
  orgId: string;
  reason: string;
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
    status: { type: 'string', length: 10 },
    createdAt: { type: 'datetime' },
    resolvedAt: { type: 'datetime', nullable: true },
    resolvedBy: { type: 'string', length: 16, nullable: true },
  },
  indexes: [{ name: 'reports_status_idx', properties: ['status', 'createdAt'] }],
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
