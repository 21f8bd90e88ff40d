import type { Database } from '../../db/orm';
import { checkId } from '../common/ids';
import { organizationColumns, toOrganizationRow, type OrganizationRow } from './organization.rows';

/**
 * Where an organisation's verification stands: waiting in the bureau's queue, verified, or
 * rejected with a reason. Verifying and rejecting both decide a waiting organisation, each a
 * compare-and-set on `verified` and `rejection_reason` as read: of two admins deciding one at
 * the same moment exactly one decides it. Asking for the decision it already has is a no-op
 * success; asking for the other gives STALE_STATUS — a rejection does not revoke a verification
 * and a verification does not overturn a rejection.
 */
export type Verification = 'PENDING' | 'VERIFIED' | 'REJECTED';

export function verificationOf(db: Database, row: { verified: unknown; rejection_reason: string | null }): Verification {
  if (db.readBool(row.verified)) return 'VERIFIED';
  return row.rejection_reason === null ? 'PENDING' : 'REJECTED';
}

export class OrganizationService {
  constructor(private readonly db: Database) {}

  /** Organisations by id, in the order asked, null for unknown ids (a DataLoader batch). */
  async byIds(ids: readonly string[]): Promise<(OrganizationRow | null)[]> {
    const rows = await this.db.knex('organizations').select(organizationColumns).whereIn('id', ids as string[]);
    const byId = new Map(rows.map((r: any) => [r.id as string, toOrganizationRow(this.db, r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async byId(id: string): Promise<OrganizationRow | null> {
    const [row] = await this.byIds([checkId(id)]);
    return row;
  }
}
