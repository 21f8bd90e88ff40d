import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import { newId } from '../common/ids';

/** Records one change in the audit log, inside the transaction that makes it. */
export async function audit(
  db: Database,
  q: Knex,
  entry: { actorId: string | null; action: string; subjectKind: string; subjectId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await q('audit_log').insert({
    id: newId(),
    actor_id: entry.actorId,
    action: entry.action,
    subject_kind: entry.subjectKind,
    subject_id: entry.subjectId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    at: db.dateParam(new Date()),
  });
}
