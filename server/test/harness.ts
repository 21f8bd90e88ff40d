import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config';
import { createScratchDatabase } from '../src/db/scratch-database';
import { startServer, type RunningServer, type StartOptions } from '../src/http/server';
import { startWechatStandIn, type WechatStandIn } from '../src/wechat/stand-in';

export type Engine = 'sqlite' | 'postgresql';

export const TEST_SESSION_SECRET = 'test-session-secret-0123456789abcdef';

/**
 * Every suite runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL names a server
 * where we may create databases (e.g. postgresql://postgres@127.0.0.1:5432/postgres).
 */
export const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgresql'] : ['sqlite'];

export interface TestServer extends RunningServer {
  engine: Engine;
  /** The database URL, so a second server instance can share it. */
  databaseUrl: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, init?: RequestInit): Promise<GqlResponse<T>>;
  post(body: string, headers?: Record<string, string>): Promise<Response>;
}

export interface GqlResponse<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
  raw: string;
}

/** A fresh, empty database for one suite; dropped by `dispose`. */
export function createTestDatabase(engine: Engine): Promise<{ url: string; dispose(): Promise<void> }> {
  return createScratchDatabase(engine, process.env.TEST_DATABASE_URL, 'ziyang_test');
}

export async function startOn(databaseUrl: string, engine: Engine, env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestServer> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    MIGRATE_ON_START: 'true',
    SEED_ON_START: 'true',
    H5_DIR: '',
    SESSION_SECRET: TEST_SESSION_SECRET,
    ...env,
  });
  const server = await startServer(config, options);
  const endpoint = `${server.url}/graphql`;
  return Object.assign(server, {
    engine,
    databaseUrl,
    async post(body: string, headers: Record<string, string> = {}) {
      return fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    },
    async gql(query: string, variables?: Record<string, unknown>, init: RequestInit = {}) {
      const res = await fetch(endpoint, {
        method: 'POST',
        ...init,
        headers: { 'content-type': 'application/json', accept: 'application/json', ...(init.headers ?? {}) },
        body: JSON.stringify({ query, variables }),
      });
      const raw = await res.text();
      const json = JSON.parse(raw);
      return { status: res.status, data: json.data, errors: json.errors, raw };
    },
  });
}

export const ADMIN_OPENID = 'bureau-admin-1';

/**
 * A server on a fresh database filled with the demo catalogue, talking to a WeChat stand-in
 * on loopback, with one admin openid configured.
 */
export async function startTestServer(
  engine: Engine,
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<TestServer & { wechat: WechatStandIn; dispose(): Promise<void> }> {
  const db = await createTestDatabase(engine);
  const wechat = await startWechatStandIn();
  const server = await startOn(db.url, engine, {
    WECHAT_API_BASE: wechat.url,
    WECHAT_APP_ID: wechat.appId,
    WECHAT_APP_SECRET: wechat.appSecret,
    ADMIN_OPENIDS: ADMIN_OPENID,
    LOGIN_RATE_LIMIT: '1000',
    MUTATION_RATE_LIMIT: '1000',
    ...env,
  }, options);
  return Object.assign(server, {
    wechat,
    async dispose() {
      await server.close();
      await wechat.close();
      await db.dispose();
    },
  });
}

/** Signs in through WeChat's code exchange as `openid`; returns the session token. */
export async function signIn(s: TestServer, openid: string): Promise<string> {
  const res = await s.gql(`mutation($code: String!) { login(code: $code) { token userErrors { code } } }`, { code: `ok-${openid}--${randomBytes(4).toString('hex')}` });
  if (!res.data?.login?.token) throw new Error(`sign-in failed: ${res.raw}`);
  return res.data.login.token;
}

export function bearer(token: string): RequestInit {
  return { headers: { authorization: `Bearer ${token}` } };
}

/** Gives the signed-in user a name and phone, as the apply form does. */
export async function fillProfile(s: TestServer, token: string, name: string, phone: string): Promise<void> {
  const res = await s.gql(`mutation($i: ProfileInput!) { updateProfile(input: $i) { userErrors { code } } }`, { i: { name, phone } }, bearer(token));
  if (res.data?.updateProfile?.userErrors?.length !== 0) throw new Error(`profile failed: ${res.raw}`);
}

export function codes(res: GqlResponse<unknown>): (string | undefined)[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}
