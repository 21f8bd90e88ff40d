/**
 * `pnpm db:backup [FILE]`: a consistent copy of the configured database (DATABASE_URL), taken
 * while servers keep running and writing. SQLite gives a database file, PostgreSQL a pg_dump
 * custom-format archive; both are restored with `pnpm db:restore FILE`. Without FILE the copy
 * goes to server/backups/<engine>-<UTC timestamp>.sqlite (.dump for PostgreSQL).
 */
import { loadConfig } from '../config';
import { defaultBackupFile, describeDatabase, reportLines, resolveArgumentPath, secondsTaken } from '../db/backup/common';
import { backupPostgres } from '../db/backup/postgresql';
import { backupSqlite } from '../db/backup/sqlite';

const USAGE = 'usage: db:backup [FILE]';

async function main() {
  const args = process.argv.slice(2);
  const option = args.find((a) => a.startsWith('-'));
  if (option) throw new Error(`unknown option ${option}; ${USAGE}`);
  if (args.length > 1) throw new Error(USAGE);
  const config = loadConfig();
  // A backup holds villagers' names and phone numbers: readable by this user only.
  process.umask(0o077);
  const named = args[0] ? resolveArgumentPath(args[0]) : null;
  const file = named ?? defaultBackupFile(config.database.driver);
  const report =
    config.database.driver === 'sqlite'
      ? await backupSqlite(config.database, file, named === null)
      : await backupPostgres(config.database, file, named === null);
  console.log(`backed up ${describeDatabase(config.database)} to ${report.file}`);
  for (const line of reportLines(report)) console.log(line);
  console.log(secondsTaken());
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
