import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseConfig } from '../../config';
import { migrate, openDatabase, type Database } from '../orm';
import {
  assertKindMatches,
  BackupError,
  backupKind,
  prepareBackupFile,
  publishBackupFile,
  removeQuietly,
  summarise,
  type BackupReport,
  type DatabaseSummary,
  type RestoreReport,
  type RowQuery,
} from './common';

type SqliteConfig = Extract<DatabaseConfig, { driver: 'sqlite' }>;

/** The part of better-sqlite3's connection used here (the package itself is only reachable through knex). */
interface RawSqliteConnection {
  backup(destination: string, options?: { progress?: (p: { totalPages: number; remainingPages: number }) => number }): Promise<unknown>;
  prepare(sql: string): { get(...params: unknown[]): Record<string, unknown> | undefined; run(...params: unknown[]): unknown };
}

/** Runs `fn` with the connection under knex's pool (a single one for SQLite), returned afterwards. */
async function withRawConnection<T>(db: Database, fn: (c: RawSqliteConnection) => Promise<T>): Promise<T> {
  const client = db.knex.client as unknown as { acquireConnection(): Promise<RawSqliteConnection>; releaseConnection(c: RawSqliteConnection): Promise<void> };
  const connection = await client.acquireConnection();
  try {
    return await fn(connection);
  } finally {
    await client.releaseConnection(connection);
  }
}

function rowsOf(db: Database): RowQuery {
  return async (sql, bindings = []) => (await db.knex.raw(sql, bindings as any[])) as Record<string, unknown>[];
}

/** Tables of the application, not SQLite's own (sqlite_sequence, sqlite_stat1 …). */
async function tableNames(db: Database, schema = 'main'): Promise<Set<string>> {
  const rows = await rowsOf(db)(`select name from "${schema}".sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'`);
  return new Set(rows.map((r) => String(r.name)));
}

/**
 * Copies the SQLite database of `config` to `file` while servers keep writing to it.
 *
 * `VACUUM INTO` reads the whole database inside one read transaction, so the copy is the
 * database as it was at one instant: every write committed before it started is in, none that
 * commits later is, and WAL lets the server's writers carry on meanwhile. (better-sqlite3's
 * online backup API was the other candidate, but it restarts from the first page whenever
 * another process writes during the copy, so under steady traffic it may never finish.) The
 * copy is a standalone file in rollback-journal mode, with no -wal beside it to lose.
 */
export async function backupSqlite(config: SqliteConfig, file: string, isDefault: boolean): Promise<BackupReport> {
  const source = config.path;
  // Opening a missing file would create an empty database: a wrong DATABASE_URL must be an error.
  if (!fs.existsSync(source)) throw new BackupError(`no SQLite database at ${source} (check DATABASE_URL)`);
  if (backupKind(source) !== 'sqlite') throw new BackupError(`${source} is not a SQLite database`);
  const partial = prepareBackupFile(file, isDefault);
  const db = await openDatabase(config);
  let summary: DatabaseSummary;
  try {
    if (!(await tableNames(db)).has('catalog_state')) {
      throw new BackupError(`${source} holds no 紫阳务工通 tables; is DATABASE_URL right? (a new database is set up by db:migrate)`);
    }
    await db.knex.raw('vacuum into ?', [partial]);
    // Count from the copy itself: the report then describes the file, and proves it opens.
    await db.knex.raw('attach database ? as backup_copy', [partial]);
    try {
      const [check] = await rowsOf(db)('pragma backup_copy.quick_check');
      if (check?.quick_check !== 'ok') throw new BackupError(`the copy failed its check: ${String(check?.quick_check)}`);
      summary = await summarise(rowsOf(db), 'sqlite', 'backup_copy');
    } finally {
      await db.knex.raw('detach database backup_copy');
    }
  } catch (e) {
    removeQuietly(partial);
    throw e;
  } finally {
    await db.close();
  }
  publishBackupFile(partial, file);
  return { file, bytes: fs.statSync(file).size, summary };
}

/**
 * Refuses a target that is not empty unless `force`: missing, zero-length and table-less
 * files are empty. True when the target holds a catalogue version a running server may have
 * cached answers for.
 */
async function inspectTarget(target: string, force: boolean): Promise<boolean> {
  const exists = fs.existsSync(target);
  if (exists && !fs.statSync(target).isFile()) throw new BackupError(`${target} is not a file`);
  // A -wal file left beside a missing database still holds commits SQLite would replay.
  if (!exists && !fs.existsSync(`${target}-wal`)) return false;
  if (exists && fs.statSync(target).size > 0 && backupKind(target) !== 'sqlite') {
    throw new BackupError(`${target} exists and is not a SQLite database; move it away first`);
  }
  const db = await openDatabase({ driver: 'sqlite', path: target, isDefault: false });
  try {
    const tables = await tableNames(db);
    if (tables.size > 0 && !force) {
      throw new BackupError(`${target} is not empty (${tables.size} tables); restore into a new file, or pass --force to replace it`);
    }
    return tables.has('catalog_state');
  } finally {
    await db.close();
  }
}

/**
 * Writes the database open in `source` over `target` with SQLite's online backup API, and
 * gives it a catalogue version above the target's.
 *
 * The backup API writes the target through SQLite's own locking: a server that has it open
 * sees the old database until the copy commits and the restored one after, never a mix.
 * (Copying or renaming a file over it would leave that server on the old inode, or beside a
 * -wal of the old database.) The API's first step takes the target's write lock and copies
 * nothing; from then until the commit no server can write there. In that moment the target's
 * version is read and the copy's set past it, so it differs from any version a server running
 * on the target has cached answers for.
 */
async function writeOver(source: Database, target: string, reader: Database | null): Promise<void> {
  if (!reader) return copyLocked(source, target, () => 0);
  return withRawConnection(reader, (r) => copyLocked(source, target, () => Number(r.prepare('select version from catalog_state where id = 1').get()?.version ?? 0)));
}

async function copyLocked(source: Database, target: string, targetVersion: () => number): Promise<void> {
  await withRawConnection(source, async (connection) => {
    const giveUpAt = Date.now() + 10_000;
    for (;;) {
      let locked = false;
      await connection.backup(target, {
        progress: () => {
          if (!locked) {
            locked = true;
            connection.prepare('update catalog_state set version = max(version, ?) + 1 where id = 1').run(targetVersion());
          }
          return 0x7fffffff; // everything in the next step: the target stays locked briefly
        },
      });
      if (locked) return;
      // better-sqlite3 reports a first step that found the target locked (a server mid-write)
      // as a finished backup of zero pages, having written nothing: wait and try again.
      if (Date.now() > giveUpAt) throw new BackupError(`${target} stayed locked by another process for 10 seconds; nothing was restored, try again`);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
}

/** SQLite's own words: knex puts the failed statement in front of them. */
function sqliteMessage(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const at = e.message.lastIndexOf(' - ');
  return String((e as { code?: unknown }).code ?? '').startsWith('SQLITE_') && at >= 0 ? e.message.slice(at + 3) : e.message;
}

/** Opens a working copy of a backup, refusing one that is corrupt or not of this server. */
async function openBackupCopy(work: string, file: string): Promise<Database> {
  const corrupt = (e: unknown) => new BackupError(`${file} is corrupt: ${sqliteMessage(e)}`);
  let db: Database;
  try {
    db = await openDatabase({ driver: 'sqlite', path: work, isDefault: false });
  } catch (e) {
    throw corrupt(e);
  }
  try {
    const problems = (await rowsOf(db)('pragma integrity_check')).map((r) => String(r.integrity_check));
    if (problems[0] !== 'ok') throw corrupt(problems.slice(0, 3).join('; '));
    const tables = await tableNames(db);
    if (!tables.has('catalog_state') || !tables.has('mikro_orm_migrations')) {
      throw new BackupError(`${file} is a SQLite database but not a backup of this server (it has no catalog_state or migrations table)`);
    }
    return db;
  } catch (e) {
    await db.close();
    throw e instanceof BackupError ? e : corrupt(e);
  }
}

/**
 * Restores `file` into the SQLite database of `config`, which must be missing or empty unless
 * `force`. The backup is copied, checked and migrated first; only a copy that passed all of
 * that is written over the target.
 */
export async function restoreSqlite(config: SqliteConfig, file: string, force: boolean): Promise<RestoreReport> {
  assertKindMatches(file, backupKind(file), 'sqlite');
  const target = config.path;
  if (fs.existsSync(target) && fs.realpathSync(target) === fs.realpathSync(file)) {
    throw new BackupError(`${file} is the database DATABASE_URL names; restore it into another file`);
  }
  const created = !fs.existsSync(target);
  const hasVersion = await inspectTarget(target, force);
  const dir = path.dirname(target);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new BackupError(`cannot create the folder of ${target}: ${(e as Error).message}`);
  }
  // The working copy sits beside the target: same disk, and the backup file is never modified.
  const work = path.join(dir, `.${path.basename(target)}.restoring-${process.pid}`);
  const workFiles = [work, `${work}-wal`, `${work}-shm`, `${work}-journal`];
  removeQuietly(...workFiles);
  let migrationsApplied: string[];
  try {
    fs.copyFileSync(file, work);
    const db = await openBackupCopy(work, file);
    try {
      migrationsApplied = await migrate(db);
      const reader = hasVersion ? await openDatabase(config) : null;
      try {
        await writeOver(db, target, reader);
      } finally {
        await reader?.close();
      }
    } finally {
      await db.close();
    }
  } finally {
    removeQuietly(...workFiles);
  }
  // Read back from the target itself, as db:migrate would open it: the report describes what
  // the server will see, and a second migration run must find nothing to do.
  const restored = await openDatabase(config);
  try {
    migrationsApplied.push(...(await migrate(restored)));
    const summary = await summarise(rowsOf(restored), 'sqlite', 'main');
    return { file, bytes: fs.statSync(file).size, summary, target: `SQLite ${target}`, created, migrationsApplied };
  } finally {
    await restored.close();
  }
}
