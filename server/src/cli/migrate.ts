/** `pnpm db:migrate`: bring the configured database (DATABASE_URL) up to date. */
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/orm';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    const applied = await migrate(db);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
