import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { packageRoot } from '../config';

/**
 * The compiled server run as production runs it, as a child process: for the reliability
 * command and the tests that need real signals, real crashes and a second instance.
 */
export const MAIN = path.join(packageRoot, 'dist', 'main.js');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** What every such process needs, on top of which a caller adds its own. */
export function baseEnv(databaseUrl: string, sessionSecret: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    H5_DIR: '',
    LOG_LEVEL: 'info',
    SESSION_SECRET: sessionSecret,
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

/** Stops a server process as a deploy would (SIGTERM) and waits for it to exit; at once if it already has. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
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

/** A GET (e.g. /healthz or /readyz) on a fresh connection from a chosen loopback address; 0 when it fails. */
export function probe(url: string, urlPath: string, localAddress = '127.0.0.2', timeoutMs = 1000): Promise<number> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, localAddress, agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
  });
}

/** The error code behind a failed fetch (ECONNREFUSED, ECONNRESET …). */
export function fetchErrorCode(e: unknown): string {
  return ((e as Error).cause as { code?: string } | undefined)?.code ?? String(e);
}

/** Polls until `check` holds, or throws after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not met in time');
}
