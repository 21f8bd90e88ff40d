import type { Database } from '../../db/orm';
import { checkId } from '../common/ids';
import { organizationColumns, toOrganizationRow, type OrganizationRow } from './organization.rows';

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
