import fs from 'node:fs';
import path from 'node:path';
import { MikroORM as SqliteORM, BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { MikroORM as PostgresORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { EntityManager, Knex, MikroORM, Options } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import type { DatabaseConfig } from '../config';
import { entities } from './entities';
import { sqliteMigrations } from '../migrations/sqlite';
import { postgresqlMigrations } from '../migrations/postgresql';

export type Orm = MikroORM;

/** What the rest of the server needs from the database, whichever engine it is. */
export interface Database {
  orm: Orm;
  driver: DatabaseConfig['driver'];
  knex: Knex;
  /** A Date as the engine stores it (SQLite keeps epoch milliseconds, PostgreSQL timestamptz). */
  dateParam(d: Date): Date | number;
  /** A stored date column back to a Date. */
  readDate(v: unknown): Date;
  /** A stored boolean column back to a boolean (SQLite returns 0/1). */
  readBool(v: unknown): boolean;
  /** A boolean as the engine stores it. */
  boolParam(b: boolean): boolean | number;
  /** Case-insensitive LIKE operator of the engine. */
  like: 'like' | 'ilike';
  /**
   * A transaction that will write. On SQLite it takes the write lock with its first statement
   * (like BEGIN IMMEDIATE): a transaction that read first and then tried to write could fail
   * with SQLITE_BUSY when another process wrote in between; this way it waits its turn.
   */
  writeTransaction<T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T>;
  fork(): EntityManager;
  close(): Promise<void>;
}

function baseOptions(migrationsList: { name: string; class: any }[]): Partial<Options> {
  return {
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    // Queries are read through the query builder as plain rows; the identity map is only
    // for writes, so keep discovery strict and warnings quiet.
    discovery: { warnWhenNoEntities: true },
    debug: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
  };
}

export interface OpenOptions {
  /**
   * PostgreSQL only: create the named database when it does not exist (MikroORM's
   * `ensureDatabase`, the default). The backup tool turns it off so a mistyped DATABASE_URL
   * is an error, not a freshly created empty database.
   */
  createIfMissing?: boolean;
}

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  if (config.driver === 'sqlite') {
    fs.mkdirSync(path.dirname(config.path), { recursive: true });
    const orm = await SqliteORM.init<BetterSqliteDriver>({
      ...(baseOptions(sqliteMigrations) as any),
      driver: BetterSqliteDriver,
      dbName: config.path,
    });
    const knex = orm.em.getKnex();
    // WAL lets readers run beside the one writer; FULL sync means an acknowledged write
    // survives a power cut; the busy timeout makes concurrent writers wait, not fail.
    for (const pragma of ['journal_mode = WAL', 'synchronous = FULL', 'busy_timeout = 5000', 'foreign_keys = ON']) {
      await knex.raw(`PRAGMA ${pragma}`);
    }
    await keepPreparedStatements(knex);
    return {
      orm: orm as unknown as Orm,
      driver: 'sqlite',
      knex,
      dateParam: (d) => d.getTime(),
      readDate: (v) => new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as number)),
      readBool: (v) => v === 1 || v === true || v === '1',
      boolParam: (b) => (b ? 1 : 0),
      like: 'like',
      writeTransaction: (fn) =>
        knex.transaction(async (trx) => {
          await trx.raw('update catalog_state set version = version where id = 1');
          return fn(trx);
        }),
      fork: () => orm.em.fork() as unknown as EntityManager,
      close: () => orm.close(true),
    };
  }
  const orm = await PostgresORM.init<PostgreSqlDriver>({
    ...(baseOptions(postgresqlMigrations) as any),
    driver: PostgreSqlDriver,
    clientUrl: config.url,
    pool: { min: 1, max: 10 },
    ensureDatabase: options.createIfMissing ?? true,
  });
  return {
    orm: orm as unknown as Orm,
    driver: 'postgresql',
    knex: orm.em.getKnex(),
    dateParam: (d) => d,
    readDate: (v) => (v instanceof Date ? v : new Date(v as string)),
    readBool: (v) => v === true,
    boolParam: (b) => b,
    like: 'like',
    writeTransaction: (fn) => orm.em.getKnex().transaction(fn),
    fork: () => orm.em.fork() as unknown as EntityManager,
    close: () => orm.close(true),
  };
}

/** Brings the schema up to date. SQLite's ANALYZE tables confuse MikroORM's introspection. */
export async function migrate(db: Database): Promise<string[]> {
  if (db.driver === 'sqlite') {
    const stats = await db.knex.raw("select name from sqlite_master where name in ('sqlite_stat1','sqlite_stat4')");
    for (const row of stats as { name: string }[]) await db.knex.raw(`drop table if exists ${row.name}`);
  }
  const migrator = db.orm.getMigrator();
  const done = await migrator.up();
  // The catalogue version row is data every instance reads; create it once.
  if (await db.knex.schema.hasTable('catalog_state')) {
    await db.knex('catalog_state').insert({ id: 1, version: 0 }).onConflict('id').ignore();
  }
  return done.map((m) => m.name);
}

/**
 * knex prepares every SQLite statement afresh (`connection.prepare(sql)` per query), which is
 * a sizeable share of a simple read. The connection (one per process: better-sqlite3 is
 * synchronous) keeps the statements of the most recent distinct SQL texts instead; a statement
 * runs to completion (`all` / `run`) before the next one starts, so reusing it is safe.
 */
async function keepPreparedStatements(knex: Knex, capacity = 500): Promise<void> {
  const connection = await (knex.client as any).acquireConnection();
  try {
    const prepare = connection.prepare.bind(connection) as (sql: string) => unknown;
    const kept = new Map<string, unknown>();
    connection.prepare = (sql: string) => {
      let statement = kept.get(sql);
      if (statement) {
        // Most recently used last, so the first key is the one to drop.
        kept.delete(sql);
      } else {
        statement = prepare(sql);
        if (kept.size >= capacity) kept.delete(kept.keys().next().value as string);
      }
      kept.set(sql, statement);
      return statement;
    };
  } finally {
    (knex.client as any).releaseConnection(connection);
  }
}
