import type { Database } from './orm';

/** Marks every cached public response as stale, on every server instance. */
export async function bumpCatalogVersion(db: Database): Promise<void> {
  await db.knex('catalog_state').where('id', 1).increment('version', 1);
}

export async function readCatalogVersion(db: Database): Promise<number> {
  const row = await db.knex('catalog_state').where('id', 1).first('version');
  return row ? Number(row.version) : 0;
}
