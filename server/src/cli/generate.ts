/**
 * `pnpm db:generate --jobs 1000000 [--seed 7]`: replace the catalogue of DATABASE_URL with a
 * large deterministic one, for benchmarks. The same arguments always give the same rows;
 * `--now YYYY-MM-DD` (default: today) is the day the data is generated as of.
 */
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/orm';
import { generateBenchCatalog } from '../seed/bench-generator';
import { loadCatalog } from '../seed/load';
import { argValue, clearCatalog } from './catalog-admin';

async function main() {
  const jobs = Number(argValue('jobs') ?? 100_000);
  const seed = Number(argValue('seed') ?? 7);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 5_000_000) throw new Error('--jobs must be an integer from 1 to 5,000,000');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const day = argValue('now') ?? new Date().toISOString().slice(0, 10);
  const asOf = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(asOf.getTime())) throw new Error('--now must be a day, YYYY-MM-DD');
  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    await migrate(db);
    await clearCatalog(db);
    const started = Date.now();
    // Midnight of a given day, not the clock: the same day gives the same rows.
    const catalog = generateBenchCatalog({ jobs, seed, now: asOf });
    const n = await loadCatalog(db, { ...catalog, courses: [], openings: [] });
    // Fresh statistics, and a visibility map so counts can be answered from indexes alone.
    // (Not ANALYZE on SQLite: its sqlite_stat tables upset the ORM's schema introspection.)
    if (db.driver === 'postgresql') await db.knex.raw('vacuum analyze');
    console.log(`generated ${n.jobs} jobs for ${n.organizations} organisations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
