import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { TEST_SESSION_SECRET } from './harness';

/** The compiled server, as production runs it (`npx tsc -p tsconfig.build.json` first). */
export const MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** What every test server process needs, on top of which a test adds its own. */
export function baseEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    H5_DIR: '',
    LOG_LEVEL: 'info',
    SESSION_SECRET: TEST_SESSION_SECRET,
    LOGIN_RATE_LIMIT: '100000',
    MUTATION_RATE_LIMIT: '100000',
    RESPONSE_CACHE_SECONDS: '0',
    ...extra,
  };
}

/**
 * Starts `dist/main.js` as a child process and resolves once it prints its address. With
 * `openFiles`, the process runs under that descriptor limit (`ulimit -n`), as in a container.
 */
export function startProcess(env: Record<string, string>, options: { openFiles?: number } = {}): Promise<ServerProcess> {
  const child = options.openFiles
    ? spawn('sh', ['-c', `ulimit -n ${options.openFiles} && exec "$0" "$1"`, process.execPath, MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => out, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${out}`));
    });
  });
}

/** Sends one GraphQL operation; the token, when given, signs it in. */
export async function gqlAt(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}
