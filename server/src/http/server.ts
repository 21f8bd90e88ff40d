import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../modules/accounts/viewer';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { assertReadyToServe, type Config } from '../config';
import { createContext, type Context } from '../context';
import { migrate, openDatabase, type Database } from '../db/orm';
import { createApollo } from '../graphql/apollo';
import { buildDemoCatalog } from '../seed/demo-catalog';
import { isEmpty, loadCatalog } from '../seed/load';
import { createServices } from '../services';
import { passesCsrfPrevention, ResponseCache } from './response-cache';
import { clientAddressResolver } from './client-address';
import { API_SECURITY_HEADERS } from './security-headers';
import { OutboxSender } from '../modules/notifications/outbox-sender';
import type { Clock } from '../modules/timed-work/clock';
import type { TimedWork } from '../modules/timed-work/timed-work';
import { StaticFiles } from './static-files';
import { COMPRESS_MIN_BYTES, compressNow, negotiateCoding, type ContentCoding } from './compression';
import { ConnectionTracker, type DrainResult } from './connections';
import { handleUploads, isUploadsPath } from '../modules/uploads/upload.routes';
import { UploadService } from '../modules/uploads/upload.service';
import { createUploadStore } from '../modules/uploads/upload-store';

/** Largest request body accepted; real operations of the app are a few kilobytes. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  cache: ResponseCache;
  outbox: OutboxSender;
  /** This instance's runner of timed work; `runDue()` runs what is due by the server's clock. */
  timedWork: TimedWork;
  clock: Clock;
  /** True from the moment `close` starts: /readyz answers 503 and answers carry `Connection: close`. */
  readonly draining: boolean;
  /**
   * Graceful stop: no new connections, every request in flight answered (up to `graceMs`,
   * default SHUTDOWN_GRACE_MS), the outbox's send in progress finished, the database closed.
   */
  close(graceMs?: number, notReadyMs?: number): Promise<DrainResult>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...API_SECURITY_HEADERS, ...extraHeaders });
  res.end(text);
}

function sendError(res: ServerResponse, e: HttpError): void {
  const headers: Record<string, string> = e.status === 413 ? { Connection: 'close' } : e.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
  sendJson(res, e.status, { errors: [{ message: e.message, extensions: { code: e.code } }] }, headers);
}

/**
 * A body over the limit is still read to its end (and thrown away) before the 413 goes out:
 * a client that is still sending when the connection closes sees a reset instead of the
 * answer (Node's fetch does). Past this much, or a declared length past it, the connection is
 * cut instead: reading more would cost the server more than the answer is worth.
 */
const MAX_DISCARDED_BYTES = 16 * 1024 * 1024;

function tooLarge(): HttpError {
  return new HttpError(413, 'PAYLOAD_TOO_LARGE', `请求体超过 ${MAX_BODY_BYTES / 1024} KB`);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_DISCARDED_BYTES) {
      reject(Object.assign(tooLarge(), { cut: true }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared > MAX_BODY_BYTES;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DISCARDED_BYTES) {
        req.removeAllListeners('data');
        reject(Object.assign(tooLarge(), { cut: true }));
        return;
      }
      if (size > MAX_BODY_BYTES) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/** The coding to send `body` in for this request (see compression.ts), or null for plain bytes. */
function codingFor(req: IncomingMessage, body: Buffer): ContentCoding | null {
  return body.length >= COMPRESS_MIN_BYTES ? negotiateCoding(req.headers['accept-encoding']) : null;
}

/** Writes an answer whose body is already in `coding` (null: as is). */
function writeBody(req: IncomingMessage, res: ServerResponse, status: number, headers: [string, string][], payload: Buffer, coding: ContentCoding | null): void {
  const out: Record<string, string> = { ...API_SECURITY_HEADERS, ...Object.fromEntries(headers) };
  if (coding) out['content-encoding'] = coding;
  out['vary'] = 'accept-encoding';
  out['content-length'] = String(payload.length);
  res.writeHead(status, out);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

export interface StartOptions {
  /** The server's time, for every request and every timed task; the system clock by default. */
  clock?: Clock;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = (msg: string, err?: unknown) => {
    if (config.logLevel === 'silent') return;
    if (err) console.error(`[ziyang] ${msg}`, err);
    else if (config.logLevel === 'info') console.log(`[ziyang] ${msg}`);
  };
  assertReadyToServe(config);
  // Per-client sign-in limits key on this address: see client-address.ts for why the walk
  // starts at the right-hand end of X-Forwarded-For.
  const clientAddress = clientAddressResolver(config.trustProxy);
  const db = await openDatabase(config.database);
  try {
    if (config.migrateOnStart) {
      const applied = await migrate(db);
      if (applied.length) log(`migrated: ${applied.join(', ')}`);
    }
    if (config.seedOnStart && (await isEmpty(db))) {
      const loaded = await loadCatalog(db, buildDemoCatalog(new Date()));
      log(`demo data loaded: ${loaded.jobs} jobs, ${loaded.courses} courses, ${loaded.openings} shop openings`);
    }
  } catch (e) {
    await db.close();
    throw e;
  }
  const services = createServices(db, config, { clock: options.clock, log });
  const cache = new ResponseCache(services.catalog, config.responseCacheSeconds * 1000);
  const staticFiles = new StaticFiles(config.h5Dir);
  const apollo: ApolloServer<Context> = createApollo({ log, rateLimits: config.rateLimits, env: config.env });
  // Every instance sends what the outbox holds; claiming keeps them from sending a row twice.
  const outbox = new OutboxSender(db, services.wechat, { ...config.outbox, log });
  if (config.wechat.appId) outbox.start();
  // Every instance runs timed work too; the claim keeps a task from running twice.
  services.timedWork.start();
  // Licence photos: POST /uploads and GET /uploads/<id> (modules/uploads), signed in as for /graphql.
  const uploadRoutes = { sessions: services.sessions, uploads: new UploadService(db, createUploadStore(config.uploads)), maxBytes: config.uploads.maxBytes };
  await apollo.start();

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const raw = req.method === 'POST' ? await readBody(req) : Buffer.alloc(0);
    const text = raw.toString('utf8');
    const contentType = String(req.headers['content-type'] ?? '');
    let body: unknown = text;
    if (/application\/json/i.test(contentType)) {
      if (text.trim() === '') throw new HttpError(400, 'BAD_REQUEST', '请求体为空：请发送 {"query": "..."}');
      try {
        body = JSON.parse(text);
      } catch {
        throw new HttpError(400, 'BAD_REQUEST', '请求体不是合法的 JSON');
      }
    }
    // A bad token is refused outright, before any work: the client must sign in again.
    let viewer: Viewer | null = null;
    if (req.headers.authorization) {
      try {
        viewer = await services.sessions.authenticate(req.headers.authorization);
      } catch (e) {
        if (e instanceof GraphQLError) throw new HttpError(401, 'UNAUTHENTICATED', e.message);
        throw e;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    // Only anonymous requests share cached responses; anything signed in is computed fresh.
    // A request Apollo's CSRF prevention would refuse never reaches the cache: Apollo refuses
    // it below, with its own status and body.
    const shareable = cache.enabled && !viewer && !req.headers.cookie && passesCsrfPrevention(headers);
    const key = shareable ? `${req.method} ${url.search} ${String(req.headers.accept ?? '')} ${text}` : '';
    if (shareable) {
      const hit = await cache.get(key);
      if (hit) {
        const coding = codingFor(req, hit.body);
        writeBody(req, res, hit.status, hit.headers, coding ? cache.encoded(hit, coding) : hit.body, coding);
        return;
      }
    }
    const version = shareable ? await cache.currentVersion() : 0;
    let ctx: Context | null = null;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => (ctx = createContext(db, services, viewer, clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for']))),
    });
    let payload: Buffer;
    if (result.body.kind === 'complete') {
      payload = Buffer.from(result.body.string);
    } else {
      const parts: string[] = [];
      for await (const chunk of result.body.asyncIterator) parts.push(chunk);
      payload = Buffer.from(parts.join(''));
    }
    const outHeaders: [string, string][] = [...result.headers].filter(([n]) => n !== 'content-length');
    const status = result.status ?? 200;
    const coding = codingFor(req, payload);
    const sent = coding ? compressNow(payload, coding) : payload;
    if (shareable && status === 200 && (ctx as Context | null)?.response.cacheable) {
      // The compressed bytes are kept with the entry, so the hits that follow reuse them.
      await cache.set(key, { status, headers: outHeaders, body: payload, encoded: coding ? { [coding]: sent } : {}, version });
    }
    writeBody(req, res, status, outHeaders, sent, coding);
  }

  async function handleHealth(res: ServerResponse): Promise<void> {
    try {
      await Promise.race([
        db.knex.raw('select 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      sendJson(res, 200, { status: 'ok', database: 'ok' }, { 'Cache-Control': 'no-store' });
    } catch (e) {
      log('health check failed', e);
      sendJson(res, 503, { status: 'unavailable', database: 'unreachable' }, { 'Cache-Control': 'no-store' });
    }
  }

  // Slow or stalled clients may not hold a connection forever: Node checks these timeouts
  // every `connectionsCheckingInterval` (30 s by default, far later than the timeouts say).
  /**
   * Readiness, for a load balancer: 503 while draining (so it stops sending here before the
   * listener closes), while migrations are pending (an instance started against an older
   * schema) or while the database does not answer. /healthz stays "alive" meanwhile, so a
   * supervisor does not restart an instance that is only finishing its work.
   */
  let migrated = false;
  async function handleReady(res: ServerResponse): Promise<void> {
    const notReady = (reason: string) => sendJson(res, 503, { status: 'not ready', reason }, { 'Cache-Control': 'no-store', 'Retry-After': '1' });
    if (connections.draining) return notReady('draining');
    try {
      await Promise.race([
        (async () => {
          if (!migrated) migrated = (await db.orm.getMigrator().getPendingMigrations()).length === 0;
        })(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
    } catch (e) {
      log('readiness check failed', e);
      return notReady('database unreachable');
    }
    if (!migrated) return notReady('migrations pending');
    sendJson(res, 200, { status: 'ready' }, { 'Cache-Control': 'no-store' });
  }

  const server = http.createServer({
    headersTimeout: config.http.headersTimeoutMs,
    requestTimeout: config.http.requestTimeoutMs,
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: 1_000,
  });
  server.maxConnections = config.http.maxConnections;
  const connections = new ConnectionTracker(server, { maxPerAddress: config.http.maxConnectionsPerAddress, log: (m) => log(m) });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    connections.track(req, res);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      sendError(res, new HttpError(400, 'BAD_REQUEST', '请求地址无效'));
      return;
    }
    const work =
      url.pathname === '/graphql'
        ? handleGraphQL(req, res, url)
        : url.pathname === '/healthz'
          ? handleHealth(res)
          : url.pathname === '/readyz'
            ? handleReady(res)
            : isUploadsPath(url.pathname)
              ? handleUploads(req, res, url.pathname, uploadRoutes)
            : staticFiles.serve(req, res);
    work.catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError) {
        sendError(res, e);
        if ((e as HttpError & { cut?: boolean }).cut) req.destroy();
        return;
      }
      log('request failed', e);
      sendError(res, new HttpError(500, 'INTERNAL_SERVER_ERROR', '服务器出了点问题，请稍后再试'));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A deep accept queue: a burst of connections (a flood the caps then cut) must not leave
    // a new client's SYN unanswered while Node works through it.
    server.listen({ port: config.port, host: config.host, backlog: 2048 }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  return {
    url,
    port,
    db,
    cache,
    outbox,
    timedWork: services.timedWork,
    clock: services.clock,
    get draining() {
      return connections.draining;
    },
    async close(graceMs = config.http.shutdownGraceMs, notReadyMs = config.http.shutdownNotReadyMs) {
      // The sender finishes the notice on the wire and claims no more, while requests drain.
      // Timed work stops claiming and finishes the task in hand within the same grace; one
      // still running past it is retaken by another instance once its lease runs out.
      const [drained] = await Promise.all([connections.drain(graceMs, notReadyMs), outbox.stop(), services.timedWork.stop(graceMs)]);
      await apollo.stop();
      await db.close();
      return drained;
    },
  };
}
