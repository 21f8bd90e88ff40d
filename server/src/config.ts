import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type ProxyTrust } from './http/client-address';

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
  wechat: {
    /** WeChat's API origin; its own paths are appended. */
    apiBase: string;
    /** Null when not configured: sign-in then answers WECHAT_NOT_CONFIGURED. */
    appId: string | null;
    appSecret: string | null;
    /** Subscribe-message template id per kind of notice (APPLICATION_STATUS, COURSE_CANCELLED …). */
    templates: Record<string, string>;
    /** How long one call to WeChat may take, body included, before it counts as unavailable. */
    timeoutMs: number;
  };
  session: {
    /**
     * HMAC key of session tokens. Empty when production was given none: the tools (migrate,
     * seed) need no key, and `assertReadyToServe` refuses to start a server without one.
     */
    secret: string;
    ttlDays: number;
  };
  /** Openids of county labour bureau staff. */
  adminOpenids: Set<string>;
  rateLimits: {
    /** Sign-in attempts per client address per minute. */
    loginPerMinute: number;
    /** Mutations per signed-in user per minute. */
    mutationsPerMinute: number;
  };
  /** Which proxies may tell the client's address in X-Forwarded-For (see client-address.ts). */
  trustProxy: ProxyTrust;
  /**
   * How long one claimed outbox row is reserved for its sender: past it, a row still marked
   * as being sent belonged to a sender that died, and is sent again. Longer than one WeChat call.
   */
  outbox: { intervalMs: number; backoffMs: number; maxAttempts: number; leaseMs: number };
  /** Saved job searches: the county hour (Asia/Shanghai, 0–23) their daily digest goes out at. */
  savedSearches: { digestHour: number };
  /**
   * Development and test only: a file holding how many milliseconds the server's clock runs
   * ahead of the system's (see dev-clock.ts), so browser tests can let days pass. Null in
   * production, which refuses the setting.
   */
  clockFile: string | null;
  /** The runner of timed work (modules/timed-work): how often it looks, and how it retries. */
  timedWork: { intervalMs: number; leaseMs: number; backoffMs: number; maxAttempts: number };
  /** The waits of the timed rules, in hours. */
  deadlines: {
    /** An application not opened by the employer this long reminds the employer. */
    replyReminderHours: number;
    /** An application with no decision this long is closed as 未回复 (NO_REPLY). */
    noReplyCloseHours: number;
    /** A live job not confirmed 仍在招 this long asks its employer. */
    jobConfirmAskHours: number;
    /** …and this long, it expires. */
    jobExpireUnconfirmedHours: number;
  };
  http: {
    /** After SIGTERM/SIGINT, how long requests in flight may take before they are cut. */
    shutdownGraceMs: number;
    /**
     * After SIGTERM/SIGINT, how long the instance keeps serving while /readyz already fails,
     * so a load balancer polling it stops sending here before the listener closes.
     */
    shutdownNotReadyMs: number;
    /** Open connections one client address may hold; 0 turns the cap off (behind a proxy). */
    maxConnectionsPerAddress: number;
    /** Open connections in all, kept below the process's file-descriptor limit. */
    maxConnections: number;
    /** A request's headers must arrive within this, and the whole request within requestTimeoutMs. */
    headersTimeoutMs: number;
    requestTimeoutMs: number;
  };
  /** Files sent to `POST /uploads` (licence photos). */
  uploads: {
    /** Folder of the local-disk store, used when no S3-compatible store is configured. */
    dir: string;
    /** Largest file accepted, in bytes. */
    maxBytes: number;
    /** An S3-compatible bucket (AWS S3, MinIO, Aliyun OSS, Tencent COS …); null to use local disk. */
    s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string } | null;
  };
}

/**
 * The process's open-file limit (Linux), so the connection cap leaves room for the database,
 * files and logs: past the limit every accept fails and even /healthz cannot be answered.
 */
function descriptorLimit(): number | null {
  try {
    const limits = fs.readFileSync('/proc/self/limits', 'utf8');
    const soft = /^Max open files\s+(\d+|unlimited)/m.exec(limits)?.[1];
    return soft && soft !== 'unlimited' ? Number(soft) : null;
  } catch {
    return null;
  }
}

const schema = z.object({
  // Production unless told otherwise: development mode offers demo sign-in as ADMIN to anyone
  // who reaches the port, so forgetting NODE_ENV must not open it. (Development "only on
  // loopback" was the other choice, but a proxy on the same host, nginx to 127.0.0.1:4000, is
  // the commonest deployment and would expose it.) `pnpm start`, the newcomer's demo command,
  // asks for development itself (scripts/start.mjs).
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().default('sqlite:'),
  MIGRATE_ON_START: z.enum(['true', 'false']).optional(),
  SEED_ON_START: z.enum(['true', 'false']).optional(),
  H5_DIR: z.string().optional(),
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  WECHAT_APP_ID: z.string().min(1).optional(),
  WECHAT_APP_SECRET: z.string().min(1).optional(),
  WECHAT_SUBSCRIBE_TEMPLATES: z
    .string()
    .regex(/^([A-Z_]+=[A-Za-z0-9_-]+)?(,[A-Z_]+=[A-Za-z0-9_-]+)*$/, 'must look like APPLICATION_STATUS=templateId,COURSE_CANCELLED=templateId')
    .default(''),
  SESSION_SECRET: z.string().optional(),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  ADMIN_OPENIDS: z.string().default(''),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(20),
  MUTATION_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(60),
  TRUST_PROXY: z.string().default(''),
  WECHAT_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(5000),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(50).max(3_600_000).default(2000),
  OUTBOX_BACKOFF_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  CLOCK_FILE: z.string().min(1).optional(),
  TIMED_WORK_INTERVAL_MS: z.coerce.number().int().min(50).max(3_600_000).default(30_000),
  TIMED_WORK_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
  TIMED_WORK_BACKOFF_MS: z.coerce.number().int().min(10).max(3_600_000).default(60_000),
  TIMED_WORK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  REPLY_REMINDER_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(48),
  NO_REPLY_CLOSE_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  JOB_CONFIRM_ASK_DAYS: z.coerce.number().int().min(1).max(180).default(14),
  JOB_EXPIRE_UNCONFIRMED_DAYS: z.coerce.number().int().min(2).max(365).default(21),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  SHUTDOWN_NOT_READY_MS: z.coerce.number().int().min(0).max(600_000).default(0),
  MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(0).max(1_000_000).default(256),
  MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).optional(),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(10_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  UPLOAD_DIR: z.string().min(1).optional(),
  // A phone photo of a licence is 1–4 MB; 20 MB is far past any photo and bounds the damage.
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(20 * 1024 * 1024).default(5 * 1024 * 1024),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3–63 of a–z, 0–9, dots and hyphens)').optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

/** Development only: a fixed key so sessions survive restarts on a laptop. Never used in production. */
const DEVELOPMENT_SESSION_SECRET = 'development-only-session-secret-not-for-production';

/**
 * Why `secret` is too weak to sign sessions with, or null. Anyone who guesses the key can
 * sign in as anyone (the bureau's admins included), so it must be long and random: 32 or
 * more characters, more than one kind of character, not one piece repeated, and not the
 * development key published in this repository. Random keys (`openssl rand -base64 32`,
 * `openssl rand -hex 32`) pass; passwords and placeholders like `aaaa…` or `changeme×4` do not.
 */
export function sessionSecretWeakness(secret: string): string | null {
  const hint = 'generate one with `openssl rand -base64 32`';
  if (secret.length < 32) return `must be at least 32 random characters; ${hint}`;
  if (secret.length > 1024) return 'must be at most 1024 characters';
  if (secret === DEVELOPMENT_SESSION_SECRET) return `is the public development key; ${hint}`;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(secret)).length;
  if (kinds < 2) return `uses only one kind of character (only letters, only digits…); ${hint}`;
  if (new Set(secret).size < 10 || /^(.+)\1+$/s.test(secret)) return `is too repetitive; ${hint}`;
  return null;
}

/**
 * What a serving process needs beyond what the tools need: in production, a session key.
 * Checked by main.ts right after loading and again by startServer, so no way of starting a
 * server skips it.
 */
export function assertReadyToServe(config: Config): void {
  if (config.env === 'production' && !config.session.secret) {
    throw new Error('Invalid configuration:\n  SESSION_SECRET: required in production (at least 32 random characters; generate one with `openssl rand -base64 32`)');
  }
}

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
  // A weak key is refused in every mode: one set by mistake in development tends to travel.
  const weakness = e.SESSION_SECRET === undefined ? null : sessionSecretWeakness(e.SESSION_SECRET);
  if (weakness) throw new Error(`Invalid configuration:\n  SESSION_SECRET: ${weakness}`);
  let trustProxy: ProxyTrust;
  try {
    trustProxy = parseTrustProxy(e.TRUST_PROXY);
  } catch (err) {
    throw new Error(`Invalid configuration:\n  TRUST_PROXY: ${(err as Error).message}`);
  }
  // A server whose time anyone with file access can move would expire jobs and close
  // applications at will: never in production.
  if (e.CLOCK_FILE && e.NODE_ENV === 'production') {
    throw new Error('Invalid configuration:\n  CLOCK_FILE: development and tests only; unset it in production');
  }
  if (Boolean(e.WECHAT_APP_ID) !== Boolean(e.WECHAT_APP_SECRET)) {
    throw new Error('Invalid configuration:\n  WECHAT_APP_ID and WECHAT_APP_SECRET: set both or neither');
  }
  // Each later step must come after the one it follows, or the employer is never reminded
  // before the application closes, or never asked before the job expires.
  if (e.REPLY_REMINDER_HOURS >= e.NO_REPLY_CLOSE_DAYS * 24) {
    throw new Error('Invalid configuration:\n  REPLY_REMINDER_HOURS: must be shorter than NO_REPLY_CLOSE_DAYS (the reminder comes before the application is closed)');
  }
  if (e.JOB_CONFIRM_ASK_DAYS >= e.JOB_EXPIRE_UNCONFIRMED_DAYS) {
    throw new Error('Invalid configuration:\n  JOB_CONFIRM_ASK_DAYS: must be shorter than JOB_EXPIRE_UNCONFIRMED_DAYS (the employer is asked before the job expires)');
  }
  const s3Parts = [e.S3_ENDPOINT, e.S3_BUCKET, e.S3_ACCESS_KEY_ID, e.S3_SECRET_ACCESS_KEY];
  if (s3Parts.some(Boolean) && !s3Parts.every(Boolean)) {
    throw new Error('Invalid configuration:\n  S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set all four or none');
  }
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
    // Demo data in a production database would be fake postings shown to real villagers: only
    // when asked for by name.
    seedOnStart: e.SEED_ON_START ? e.SEED_ON_START === 'true' : embedded && e.NODE_ENV !== 'production',
    h5Dir: e.H5_DIR === '' ? null : path.resolve(e.H5_DIR ?? defaultH5),
    responseCacheSeconds: e.RESPONSE_CACHE_SECONDS,
    logLevel: e.NODE_ENV === 'test' && !env.LOG_LEVEL ? 'silent' : e.LOG_LEVEL,
    wechat: {
      apiBase: e.WECHAT_API_BASE.replace(/\/+$/, ''),
      appId: e.WECHAT_APP_ID ?? null,
      appSecret: e.WECHAT_APP_SECRET ?? null,
      templates: Object.fromEntries(e.WECHAT_SUBSCRIBE_TEMPLATES.split(',').filter(Boolean).map((pair) => pair.split('=') as [string, string])),
      timeoutMs: e.WECHAT_TIMEOUT_MS,
    },
    // No fallback key in production (see assertReadyToServe).
    session: { secret: e.SESSION_SECRET ?? (e.NODE_ENV === 'production' ? '' : DEVELOPMENT_SESSION_SECRET), ttlDays: e.SESSION_TTL_DAYS },
    adminOpenids: new Set(e.ADMIN_OPENIDS.split(',').map((s) => s.trim()).filter(Boolean)),
    rateLimits: { loginPerMinute: e.LOGIN_RATE_LIMIT, mutationsPerMinute: e.MUTATION_RATE_LIMIT },
    trustProxy,
    outbox: { intervalMs: e.OUTBOX_INTERVAL_MS, backoffMs: e.OUTBOX_BACKOFF_MS, maxAttempts: e.OUTBOX_MAX_ATTEMPTS, leaseMs: Math.max(e.OUTBOX_LEASE_MS, e.WECHAT_TIMEOUT_MS + 1000) },
    savedSearches: { digestHour: e.DIGEST_HOUR },
    clockFile: e.CLOCK_FILE ? path.resolve(e.CLOCK_FILE) : null,
    timedWork: { intervalMs: e.TIMED_WORK_INTERVAL_MS, leaseMs: e.TIMED_WORK_LEASE_MS, backoffMs: e.TIMED_WORK_BACKOFF_MS, maxAttempts: e.TIMED_WORK_MAX_ATTEMPTS },
    deadlines: {
      replyReminderHours: e.REPLY_REMINDER_HOURS,
      noReplyCloseHours: e.NO_REPLY_CLOSE_DAYS * 24,
      jobConfirmAskHours: e.JOB_CONFIRM_ASK_DAYS * 24,
      jobExpireUnconfirmedHours: e.JOB_EXPIRE_UNCONFIRMED_DAYS * 24,
    },
    http: {
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      shutdownNotReadyMs: e.SHUTDOWN_NOT_READY_MS,
      maxConnectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS,
      // 128 descriptors stay free for the database pool, the web build's files and the logs.
      maxConnections: e.MAX_CONNECTIONS ?? Math.max(64, (descriptorLimit() ?? 10_128) - 128),
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: Math.max(e.REQUEST_TIMEOUT_MS, e.HEADERS_TIMEOUT_MS),
    },
    uploads: {
      dir: path.resolve(packageRoot, e.UPLOAD_DIR ?? path.join('data', 'uploads')),
      maxBytes: e.UPLOAD_MAX_BYTES,
      s3: e.S3_ENDPOINT && e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? { endpoint: e.S3_ENDPOINT.replace(/\/+$/, ''), bucket: e.S3_BUCKET, region: e.S3_REGION, accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
        : null,
    },
  };
}
