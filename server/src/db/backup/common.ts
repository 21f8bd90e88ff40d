import fs from 'node:fs';
import path from 'node:path';
import { packageRoot, type DatabaseConfig } from '../../config';

/**
 * A problem the operator can act on (a bad path, a refused target, a corrupt file, a missing
 * tool). The CLIs print its message alone and exit non-zero.
 */
export class BackupError extends Error {}

export type Engine = DatabaseConfig['driver'];

/** The tables whose row counts are reported: the three catalogues, who runs them, and what villagers did. */
export const MAIN_TABLES = ['organizations', 'jobs', 'courses', 'franchise_openings', 'users', 'applications', 'enrollments', 'favorites'];

export interface DatabaseSummary {
  /** Tables of the application (SQLite's own and PostgreSQL's catalogues not counted). */
  tables: number;
  /** Row counts of MAIN_TABLES that exist, in that order. */
  rows: [string, number][];
  catalogVersion: number;
}

/** Runs one SQL statement and returns its rows, whichever engine answers. */
export type RowQuery = (sql: string, bindings?: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/** `schema` is the SQLite schema name of an attached copy, or PostgreSQL's `public`. */
export async function summarise(query: RowQuery, engine: Engine, schema: string): Promise<DatabaseSummary> {
  const names = engine === 'sqlite'
    ? (await query(`select name from "${schema}".sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'`)).map((r) => String(r.name))
    : (await query('select tablename as name from pg_tables where schemaname = ?', [schema])).map((r) => String(r.name));
  const present = new Set(names);
  const rows: [string, number][] = [];
  for (const table of MAIN_TABLES) {
    if (!present.has(table)) continue;
    const [r] = await query(`select count(*) as n from "${schema}"."${table}"`);
    rows.push([table, Number(r.n)]);
  }
  let catalogVersion = 0;
  if (present.has('catalog_state')) {
    const [r] = await query(`select version from "${schema}"."catalog_state" where id = 1`);
    catalogVersion = r ? Number(r.version) : 0;
  }
  return { tables: names.length, rows, catalogVersion };
}

export type BackupKind = 'sqlite' | 'postgresql';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const PG_DUMP_MAGIC = Buffer.from('PGDMP', 'latin1');

/** What `file` is, from its first bytes; a plain error when it is missing or neither kind. */
export function backupKind(file: string): BackupKind {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new BackupError(`no such file: ${file}`);
  }
  if (!stat.isFile()) throw new BackupError(`not a file: ${file}`);
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  let n: number;
  try {
    n = fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (n >= SQLITE_MAGIC.length && head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return 'sqlite';
  if (n >= PG_DUMP_MAGIC.length && head.subarray(0, PG_DUMP_MAGIC.length).equals(PG_DUMP_MAGIC)) return 'postgresql';
  throw new BackupError(`${file} is not a backup made by db:backup (neither a SQLite database nor a pg_dump custom-format archive)${stat.size === 0 ? ': it is empty' : ''}`);
}

/** Refuses a backup of the other engine with a message that says which is which. */
export function assertKindMatches(file: string, kind: BackupKind, engine: Engine): void {
  if (kind === engine) return;
  const name = (k: BackupKind) => (k === 'sqlite' ? 'SQLite' : 'PostgreSQL');
  throw new BackupError(`${file} is a ${name(kind)} backup but DATABASE_URL names a ${name(engine)} database; restore it into a ${name(kind)} database`);
}

/** `backups/<engine>-<UTC timestamp>.<ext>` under the server package, whatever the working directory. */
export function defaultBackupFile(engine: Engine, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return path.join(packageRoot, 'backups', `${engine}-${stamp}.${engine === 'sqlite' ? 'sqlite' : 'dump'}`);
}

/**
 * Checks that `file` can be written as a new backup: its folder exists (the default folder is
 * created, a folder the operator named is not, so a typo is an error) and it does not exist.
 * Returns the temporary name the backup is written under until it is complete.
 */
export function prepareBackupFile(file: string, isDefault: boolean): string {
  const dir = path.dirname(file);
  if (isDefault) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  else if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new BackupError(`folder does not exist: ${dir}`);
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists; give another file name`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new BackupError(`cannot write to ${dir}`);
  }
  // A dot file beside the target: a half-written backup never carries a name that looks complete.
  return path.join(dir, `.${path.basename(file)}.partial-${process.pid}`);
}

/**
 * Makes a finished backup durable under its real name: the data, then the rename, then the
 * folder entry, so a crash leaves either no backup or a whole one.
 */
export function publishBackupFile(partial: string, file: string): void {
  fsyncPath(partial);
  // link + unlink rather than rename: a file another run created meanwhile is never replaced.
  try {
    fs.linkSync(partial, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new BackupError(`${file} already exists; give another file name`);
    throw e;
  } finally {
    fs.rmSync(partial, { force: true });
  }
  fsyncPath(path.dirname(file));
}

export function fsyncPath(p: string): void {
  const fd = fs.openSync(p, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function removeQuietly(...files: string[]): void {
  for (const f of files) fs.rmSync(f, { force: true, recursive: true });
}

/** The database as an operator would name it, without a password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.driver === 'sqlite') return `SQLite ${config.path}`;
  const u = new URL(config.url);
  return `PostgreSQL ${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

export interface BackupReport {
  file: string;
  bytes: number;
  summary: DatabaseSummary;
}

export interface RestoreReport extends BackupReport {
  target: string;
  /** True when the PostgreSQL database did not exist and was created. */
  created: boolean;
  /** Migrations the backup lacked, applied after restoring. */
  migrationsApplied: string[];
}

/** The lines both CLIs print about the file and the data: one fact each. */
export function reportLines(r: BackupReport): string[] {
  return [
    `size: ${formatBytes(r.bytes)} (${r.bytes} bytes)`,
    `tables: ${r.summary.tables}`,
    `rows: ${r.summary.rows.map(([t, n]) => `${t} ${n}`).join(', ')}`,
  ];
}

/** The command's whole run, from the process starting (performance.now() counts from there). */
export function secondsTaken(): string {
  return `seconds: ${(performance.now() / 1000).toFixed(2)}`;
}

/**
 * Where a FILE argument points: relative to where the operator typed the command. pnpm runs a
 * package script inside server/ and says where it was called from in INIT_CWD; a plain
 * `node dist/cli/…` keeps the working directory.
 */
export function resolveArgumentPath(arg: string): string {
  const typedIn = process.env.npm_lifecycle_event && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  return path.resolve(typedIn, arg);
}
