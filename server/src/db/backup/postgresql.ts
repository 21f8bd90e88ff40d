import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '../../config';
import { migrate, openDatabase, type Database } from '../orm';
import {
  assertKindMatches,
  BackupError,
  backupKind,
  describeDatabase,
  prepareBackupFile,
  publishBackupFile,
  removeQuietly,
  summarise,
  type BackupReport,
  type DatabaseSummary,
  type RestoreReport,
  type RowQuery,
} from './common';

type PostgresConfig = Extract<DatabaseConfig, { driver: 'postgresql' }>;

const CLIENT_PACKAGE_HINT = 'install the PostgreSQL client tools (Debian/Ubuntu: apt-get install postgresql-client)';

interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? new BackupError(`${tool} was not found on PATH; ${CLIENT_PACKAGE_HINT}`) : e));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The tool's own words, without its name repeated on every line. */
function toolMessage(r: ToolResult): string {
  return r.stderr.trim().split('\n').map((l) => l.replace(/^(pg_dump|pg_restore|psql): (error: )?/, '')).filter(Boolean).slice(0, 4).join('; ') || `exit code ${r.code}`;
}

async function toolVersion(tool: string): Promise<{ major: number; text: string }> {
  const r = await runTool(tool, ['--version'], process.env);
  const m = r.stdout.match(/\(PostgreSQL\) (\d+)(\.\d+)?/);
  if (r.code !== 0 || !m) throw new BackupError(`${tool} --version did not answer as expected (${toolMessage(r)}); ${CLIENT_PACKAGE_HINT}`);
  return { major: Number(m[1]), text: `${m[1]}${m[2] ?? ''}` };
}

/**
 * How pg_dump, pg_restore and psql reach the database: the URL without its password, which
 * travels in PGPASSWORD instead (the process list shows arguments to every user, not the
 * environment). A dead host fails after ten seconds instead of hanging.
 */
function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return {
    dbname: u.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}), PGCONNECT_TIMEOUT: process.env.PGCONNECT_TIMEOUT ?? '10' },
  };
}

function rowsOf(q: { raw(sql: string, bindings: any[]): Promise<any> }): RowQuery {
  return async (sql, bindings = []) => (await q.raw(sql, bindings as any[])).rows as Record<string, unknown>[];
}

/**
 * Opens the database and proves it answers; null when it does not exist. With `create` a
 * missing database is created (restore only: a backup of a database that is not there is an
 * error, never a new empty one).
 */
async function connect(config: PostgresConfig, create = false): Promise<Database | null> {
  const where = describeDatabase(config);
  const db = await openDatabase(config, { createIfMissing: create }).catch((e: Error) => {
    throw new BackupError(`cannot reach ${where}: ${e.message}`);
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: false; reason: string; error?: unknown }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'no answer within 20 seconds' }), 20_000);
  });
  const check = await Promise.race([db.orm.checkConnection(), timeout]).finally(() => clearTimeout(timer));
  if (check.ok) return db;
  await db.close();
  if ((check.error as { code?: string } | undefined)?.code === '3D000' && !create) return null;
  throw new BackupError(`cannot reach ${where}: ${check.reason}`);
}

async function serverVersion(db: Database): Promise<{ major: number; text: string }> {
  const [row] = await rowsOf(db.knex)('select current_setting(?) as num, current_setting(?) as text', ['server_version_num', 'server_version']);
  return { major: Math.floor(Number(row.num) / 10000), text: String(row.text).split(' ')[0] };
}

/**
 * Dumps the database of `config` to `file` (pg_dump's custom format) while servers keep
 * writing to it.
 *
 * pg_dump reads everything in one REPEATABLE READ transaction, so the dump is the database at
 * one instant and writers are never blocked. Here that instant is chosen by this process: it
 * exports a snapshot, counts the rows it reports in that snapshot, and has pg_dump adopt the
 * same snapshot (--snapshot), so the counts printed are the counts in the file.
 */
export async function backupPostgres(config: PostgresConfig, file: string, isDefault: boolean): Promise<BackupReport> {
  const partial = prepareBackupFile(file, isDefault);
  const dumpVersion = await toolVersion('pg_dump');
  const db = await connect(config);
  if (!db) throw new BackupError(`${describeDatabase(config)} does not exist; is DATABASE_URL right?`);
  let summary: DatabaseSummary;
  try {
    const [ours] = await rowsOf(db.knex)(`select to_regclass('public.catalog_state') is not null as ours`);
    if (!ours.ours) throw new BackupError(`${describeDatabase(config)} holds no 紫阳务工通 tables; is DATABASE_URL right? (a new database is set up by db:migrate)`);
    const server = await serverVersion(db);
    // pg_dump refuses a newer server, and an older dump would miss what that server has.
    if (dumpVersion.major < server.major) {
      throw new BackupError(`pg_dump ${dumpVersion.text} is older than the PostgreSQL server (${server.text}); install postgresql-client-${server.major}`);
    }
    const tool = toolConnection(config.url);
    summary = await db.knex.transaction(async (trx) => {
      await trx.raw('set transaction isolation level repeatable read, read only');
      const [{ id }] = await rowsOf(trx)('select pg_export_snapshot() as id');
      const counts = await summarise(rowsOf(trx), 'postgresql', 'public');
      // The exported snapshot lives as long as this transaction: pg_dump runs inside it.
      const r = await runTool('pg_dump', ['--format=custom', `--snapshot=${String(id)}`, `--file=${partial}`, `--dbname=${tool.dbname}`], tool.env);
      if (r.code !== 0) throw new BackupError(`pg_dump failed: ${toolMessage(r)}`);
      return counts;
    });
    if (backupKind(partial) !== 'postgresql') throw new BackupError('pg_dump wrote something that is not a custom-format archive');
  } catch (e) {
    removeQuietly(partial);
    throw e;
  } finally {
    await db.close();
  }
  publishBackupFile(partial, file);
  return { file, bytes: fs.statSync(file).size, summary };
}

/** Relations outside PostgreSQL's own schemas: any at all means the database is in use. */
async function userRelations(db: Database): Promise<number> {
  const [row] = await rowsOf(db.knex)(
    `select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
       and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`,
  );
  return Number(row.n);
}

// Run inside the restore's transaction, before anything is dropped: with the version row
// locked no server can bump it, so the value remembered is the last any server saw.
const REMEMBER_VERSION = `do $$
begin
  if to_regclass('public.catalog_state') is not null then
    lock table public.catalog_state in exclusive mode;
    perform set_config('ziyang.previous_catalog_version', (select coalesce(max(version), 0) from public.catalog_state)::text, true);
  end if;
end $$`;

// Past both the backup's version and the replaced database's, so no server keeps a cached
// response computed before the restore. (The restored script leaves search_path empty.)
const PREVIOUS_VERSION = `coalesce(nullif(current_setting('ziyang.previous_catalog_version', true), ''), '0')::int`;
const BUMP_VERSION = `insert into public.catalog_state (id, version) values (1, 0) on conflict (id) do nothing;
  update public.catalog_state set version = greatest(version, ${PREVIOUS_VERSION}) + 1 where id = 1`;

/**
 * Restores the archive `file` into the database of `config`, which must hold no tables unless
 * `force` (or not exist: it is then created).
 *
 * pg_restore first turns the archive into SQL, reading every block: a corrupt or truncated
 * file fails there, before the target is touched. psql then runs that script in one
 * transaction, together with the drop of the old schema (`force`) and the catalogue bump:
 * servers on the target see the old database until it commits and the restored one after,
 * and a failure anywhere changes nothing.
 */
export async function restorePostgres(config: PostgresConfig, file: string, force: boolean): Promise<RestoreReport> {
  assertKindMatches(file, backupKind(file), 'postgresql');
  await toolVersion('pg_restore');
  await toolVersion('psql');
  const listing = await runTool('pg_restore', ['--list', file], process.env);
  if (listing.code !== 0) throw new BackupError(`${file} is corrupt: ${toolMessage(listing)}`);
  if (!/ TABLE public catalog_state /.test(listing.stdout)) {
    throw new BackupError(`${file} is a pg_dump archive but not a backup of this server (it has no catalog_state table)`);
  }
  const where = describeDatabase(config);
  const existing = await connect(config);
  if (existing) {
    try {
      const relations = await userRelations(existing);
      if (relations > 0 && !force) {
        throw new BackupError(`${where} is not empty (${relations} tables, sequences or views); restore into a new database, or pass --force to replace it`);
      }
    } finally {
      await existing.close();
    }
  }

  // The script holds villagers' names and phone numbers: a private folder, removed at the end.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-restore-'));
  try {
    const script = path.join(scratch, 'restore.sql');
    // Objects are created by the restoring role; the original owners and grants may not exist here.
    const emitted = await runTool('pg_restore', ['--no-owner', '--no-acl', `--file=${script}`, file], process.env);
    if (emitted.code !== 0) throw new BackupError(`${file} is corrupt: ${toolMessage(emitted)}`);
    // Only a backup that read back whole gets a new database made for it.
    if (!existing) await (await connect(config, true))!.close();
    const tool = toolConnection(config.url);
    const steps = ['-c', 'set client_min_messages = warning', '-c', REMEMBER_VERSION];
    if (force) steps.push('-c', 'drop schema if exists public cascade', '-c', 'create schema public');
    steps.push('-f', script, '-c', BUMP_VERSION);
    const r = await runTool('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', `--dbname=${tool.dbname}`, ...steps], tool.env);
    if (r.code !== 0) throw new BackupError(`restore failed and was rolled back, ${where} is unchanged: ${toolMessage(r)}`);
  } finally {
    removeQuietly(scratch);
  }

  // Migrate as db:migrate would (a backup older than this code gets the newer migrations) and
  // report what the target now holds.
  const restored = await openDatabase(config);
  try {
    const migrationsApplied = await migrate(restored);
    const summary = await summarise(rowsOf(restored.knex), 'postgresql', 'public');
    return { file, bytes: fs.statSync(file).size, summary, target: where, created: !existing, migrationsApplied };
  } finally {
    await restored.close();
  }
}
