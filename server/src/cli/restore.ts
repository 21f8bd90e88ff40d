/**
 * `pnpm db:restore FILE [--force]`: restores a backup made by `pnpm db:backup` into the
 * configured database (DATABASE_URL), which must be empty: a SQLite file that does not exist
 * or holds no tables, a PostgreSQL database with no tables (created when it does not exist).
 * `--force` replaces a database that is not empty. Afterwards the database is migrated as
 * `db:migrate` would, and its catalogue version is raised past any a running server has seen,
 * so no server keeps serving responses it cached before the restore.
 */
import { loadConfig } from '../config';
import { reportLines, resolveArgumentPath, secondsTaken } from '../db/backup/common';
import { restorePostgres } from '../db/backup/postgresql';
import { restoreSqlite } from '../db/backup/sqlite';

const USAGE = 'usage: db:restore FILE [--force]';

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const option = args.find((a) => a.startsWith('-') && a !== '--force');
  if (option) throw new Error(`unknown option ${option}; ${USAGE}`);
  const files = args.filter((a) => a !== '--force');
  if (files.length !== 1) throw new Error(USAGE);
  const file = resolveArgumentPath(files[0]);
  const config = loadConfig();
  const report =
    config.database.driver === 'sqlite'
      ? await restoreSqlite(config.database, file, force)
      : await restorePostgres(config.database, file, force);
  console.log(`restored ${report.file} into ${report.target}${report.created ? ' (created)' : ''}`);
  for (const line of reportLines(report)) console.log(line);
  console.log(`migrations: ${report.migrationsApplied.length ? `applied ${report.migrationsApplied.join(', ')}` : 'up to date'}`);
  console.log(`catalogue version: ${report.summary.catalogVersion} (raised so running servers drop cached responses)`);
  console.log(secondsTaken());
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
