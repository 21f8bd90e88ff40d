/**
 * `pnpm db:seed`: migrate, then fill an empty database with the demo catalogue.
 * `--reset` replaces whatever catalogue is there.
 */
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/orm';
import { buildDemoCatalog } from '../seed/demo-catalog';
import { isEmpty, loadCatalog } from '../seed/load';
import { clearCatalog } from './catalog-admin';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    await migrate(db);
    if (process.argv.includes('--reset')) await clearCatalog(db);
    else if (!(await isEmpty(db))) {
      console.log('the database already holds a catalogue; pass --reset to replace it');
      return;
    }
    const n = await loadCatalog(db, buildDemoCatalog(new Date()));
    console.log(`loaded ${n.organizations} organisations, ${n.jobs} jobs, ${n.courses} courses, ${n.openings} shop openings`);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
