import type { Database } from './orm';

/** Marks every cached public response as stale, on every server instance. */
export async function bumpCatalogVersion(db: Database): Promise<void> {
  await db.knex('catalog_state').where('id', 1).increment('version', 1);
}

export async function readCatalogVersion(db: Database): Promise<number> {
  const row = await db.knex('catalog_state').where('id', 1).first('version');
  return row ? Number(row.version) : 0;
}

/**
 * The catalogue version as the services see it: a write bumps the shared row, and tells this
 * instance's listeners (its response cache) at once; other instances notice by polling.
 */
export class CatalogVersion {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: Database) {}

  async bump(): Promise<void> {
    await bumpCatalogVersion(this.db);
    for (const listener of this.listeners) listener();
  }

  onBump(listener: () => void): void {
    this.listeners.add(listener);
  }
}
