/**
 * `pnpm db:reindex`: rebuild the keyword index of jobs, courses and shop openings from their
 * stored search text (DATABASE_URL). Every write keeps the index in step; this is for after a
 * restore of an old copy, a change to how grams are made, or any doubt.
 */
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/orm';
import { rebuildSearchIndex, SEARCH_TABLES } from '../modules/common/search-index';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    await migrate(db);
    for (const table of SEARCH_TABLES) {
      const started = Date.now();
      const n = await rebuildSearchIndex(db, table);
      console.log(`${table}: ${n} rows indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
