import type { Knex } from '@mikro-orm/knex';
import type { Migration } from '@mikro-orm/migrations';
import type { Database } from '../db/orm';
import { rebuildSearchIndex, SEARCH_TABLES } from '../modules/common/search-index';

/**
 * Fills the SQLite keyword index for the rows that exist: ranks and FTS rows, as `db:reindex`
 * makes them, inside the migration's transaction. (PostgreSQL's generated column and its
 * index are filled by the statements that create them.)
 */
export async function backfillSearchIndex(m: Migration): Promise<void> {
  // The migration's transaction (a knex transaction on these drivers), or its connection.
  const trx = ((m as unknown as { ctx?: Knex.Transaction }).ctx ?? m.getKnex()) as Knex;
  // The rebuild needs only the engine and how SQLite stores dates (epoch ms).
  const db = { driver: 'sqlite', readDate: (v: unknown) => new Date(Number(v)) } as unknown as Database;
  for (const table of SEARCH_TABLES) await rebuildSearchIndex(db, table, trx);
}
