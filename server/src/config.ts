import path from 'node:path';
import { z } from 'zod';

/** The server package's root, so default paths do not depend on the working directory. */
export const packageRoot = path.resolve(__dirname, '..');

export type DatabaseConfig =
  | { driver: 'sqlite'; path: string; isDefault: boolean }
  | { driver: 'postgresql'; url: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: DatabaseConfig;
  /** Migrate on start even when the database is not the embedded default. */
  migrateOnStart: boolean;
  /** Fill an empty database with the demo catalogue on start. */
  seedOnStart: boolean;
  /** Folder of the mini-program's H5 build, served at `/`; null to serve none. */
  h5Dir: string | null;
  /** Seconds a cached public response may be reused (0 turns the cache off). */
  responseCacheSeconds: number;
  logLevel: 'silent' | 'error' | 'info';
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().default('sqlite:'),
  MIGRATE_ON_START: z.enum(['true', 'false']).optional(),
  SEED_ON_START: z.enum(['true', 'false']).optional(),
  H5_DIR: z.string().optional(),
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
});

export function parseDatabaseUrl(raw: string): DatabaseConfig {
  if (raw === 'sqlite:' || raw === '') {
    return { driver: 'sqlite', path: path.join(packageRoot, 'data', 'ziyang.sqlite'), isDefault: true };
  }
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (file === ':memory:') throw new Error('DATABASE_URL: an in-memory SQLite database is not supported; give a file path');
    return { driver: 'sqlite', path: path.resolve(packageRoot, file), isDefault: false };
  }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try {
      new URL(raw);
    } catch {
      throw new Error('DATABASE_URL: not a valid postgresql:// URL');
    }
    return { driver: 'postgresql', url: raw };
  }
  throw new Error(`DATABASE_URL must be "sqlite:<path>" or "postgresql://…", got "${raw.slice(0, 40)}"`);
}

/** Reads the environment once; throws an Error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const database = parseDatabaseUrl(e.DATABASE_URL);
  const embedded = database.driver === 'sqlite';
  const defaultH5 = path.resolve(packageRoot, '..', 'miniapp', 'dist', 'h5');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database,
    // The embedded default is zero set-up: it migrates itself. A shared PostgreSQL is
    // migrated deliberately (`pnpm db:migrate`) unless asked, so instances don't race.
    migrateOnStart: e.MIGRATE_ON_START ? e.MIGRATE_ON_START === 'true' : embedded,
    seedOnStart: e.SEED_ON_START ? e.SEED_ON_START === 'true' : embedded,
    h5Dir: e.H5_DIR === '' ? null : path.resolve(e.H5_DIR ?? defaultH5),
    responseCacheSeconds: e.RESPONSE_CACHE_SECONDS,
    logLevel: e.NODE_ENV === 'test' && !env.LOG_LEVEL ? 'silent' : e.LOG_LEVEL,
  };
}
