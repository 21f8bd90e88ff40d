import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PAGE_SECURITY_HEADERS } from './security-headers';
import { COMPRESS_MIN_BYTES, compressToKeep, hasSlowerBetterForm, isCompressible, negotiateCoding, type ContentCoding } from './compression';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>紫阳务工通</title><body style="font:18px/1.6 sans-serif;padding:24px"><h1>紫阳务工通</h1>
<p>网页版还没有构建。请在项目根目录运行 <code>pnpm --filter @ziyang/miniapp build:h5</code>，然后刷新本页。</p>
<p>接口地址：<a href="/graphql">/graphql</a></p></body></html>`;

/**
 * A name the H5 build gives a file from its content (`js/app.3f2a9c1d.js`, see
 * miniapp/config/index.ts): it never changes meaning, so phones may keep it for a year and
 * never ask again.
 */
const CONTENT_HASHED = /\.[0-9a-f]{8,}\.(js|css|png|jpe?g|svg|woff2?|ttf)$/i;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A file of the build held in memory with its compressed forms. */
interface KeptFile {
  mtimeMs: number;
  size: number;
  plain: Buffer;
  etag: string;
  /** Compressed once per coding (on first request), then reused for every later one. */
  encoded: Partial<Record<ContentCoding, Promise<Buffer>>>;
  /** Codings whose smallest form is being made (or was made) in the background. */
  bettering: Set<ContentCoding>;
}

/**
 * Serves the mini-program's H5 build; unknown paths without an extension get index.html.
 *
 * Files are read once and kept in memory together with their brotli and gzip forms, made the
 * first time each is asked for (off the event loop) and reused: a request costs no
 * compression. The first brotli form is a quick one, so that first visitor does not wait;
 * the smallest (quality 11) replaces it in the background, and every phone after that on a
 * weak signal gets the fewest bytes. A rebuild is noticed by the file's size and modification
 * time. Past `maxKeptBytes` (a build far larger
 * than this app's) files are streamed as they are instead.
 */
export class StaticFiles {
  private readonly kept = new Map<string, KeptFile>();
  private keptBytes = 0;

  constructor(
    private readonly root: string | null,
    private readonly maxKeptBytes = 64 * 1024 * 1024,
  ) {}

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const root = this.root;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...PAGE_SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method Not Allowed');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, { ...PAGE_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad Request');
      return;
    }
    const index = root ? path.join(root, 'index.html') : null;
    if (!root || !index || !fs.existsSync(index)) {
      res.writeHead(pathname === '/' ? 200 : 404, { ...PAGE_SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).end(NOT_BUILT);
      return;
    }
    // Resolve inside the root only: `..` and absolute tricks fall back to index.html.
    const candidate = path.resolve(root, `.${path.posix.normalize(pathname)}`);
    let file = candidate.startsWith(root + path.sep) && fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : null;
    if (!file) {
      if (path.extname(pathname)) {
        res.writeHead(404, { ...PAGE_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('Not Found');
        return;
      }
      file = index;
    }
    const contentType = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      ...PAGE_SECURITY_HEADERS,
      'Content-Type': contentType,
      // index.html names the current hashed files, so it is checked on every visit (a 304
      // when unchanged); any other file without a hash in its name is checked as well.
      'Cache-Control': file !== index && CONTENT_HASHED.test(file) ? IMMUTABLE : 'no-cache',
      Vary: 'Accept-Encoding',
    };

    const entry = await this.load(file);
    if (!entry) {
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
      return;
    }
    const coding = entry.size >= COMPRESS_MIN_BYTES && isCompressible(contentType) ? negotiateCoding(req.headers['accept-encoding']) : null;
    // One tag per coding: the bytes differ, and a cache must not swap one for the other. Weak,
    // because the quick and the smallest brotli forms differ in bytes but not in meaning.
    const etag = coding ? `W/${entry.etag.slice(0, -1)}-${coding}"` : entry.etag;
    headers.ETag = etag;
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    const body = coding ? await this.encoded(entry, coding) : entry.plain;
    if (coding) headers['Content-Encoding'] = coding;
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  private encoded(entry: KeptFile, coding: ContentCoding): Promise<Buffer> {
    const kept = (entry.encoded[coding] ??= compressToKeep(entry.plain, coding, 'quick').catch((e: unknown) => {
      // Not kept: the next request tries again.
      delete entry.encoded[coding];
      throw e;
    }));
    if (hasSlowerBetterForm(coding) && !entry.bettering.has(coding)) {
      entry.bettering.add(coding);
      // Swapped in once ready; if it fails, the quick form simply stays.
      compressToKeep(entry.plain, coding, 'best').then(
        (best) => {
          entry.encoded[coding] = Promise.resolve(best);
        },
        () => undefined,
      );
    }
    return kept;
  }

  /** Drops kept files that are no longer on disk as they were kept. */
  private async forgetGoneFiles(): Promise<void> {
    for (const [file, entry] of [...this.kept]) {
      const stat = await fs.promises.stat(file).catch(() => null);
      if (stat && stat.mtimeMs === entry.mtimeMs && stat.size === entry.size) continue;
      if (this.kept.get(file) !== entry) continue;
      this.kept.delete(file);
      this.keptBytes -= entry.size;
    }
  }

  /** The file from memory, read again if it changed on disk; null when it would not fit. */
  private async load(file: string): Promise<KeptFile | null> {
    const stat = await fs.promises.stat(file);
    const known = this.kept.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known;
    if (known) {
      this.kept.delete(file);
      this.keptBytes -= known.size;
    }
    if (this.keptBytes + stat.size > this.maxKeptBytes) {
      // Rebuilds leave the old hashed files behind in memory: let go of those first.
      await this.forgetGoneFiles();
      if (this.keptBytes + stat.size > this.maxKeptBytes) return null;
    }
    const plain = await fs.promises.readFile(file);
    const entry: KeptFile = {
      mtimeMs: stat.mtimeMs,
      size: plain.length,
      plain,
      etag: `"${createHash('sha256').update(plain).digest('base64url').slice(0, 22)}"`,
      encoded: {},
      bettering: new Set(),
    };
    // Another request may have loaded it meanwhile: keep one copy.
    const raced = this.kept.get(file);
    if (raced && raced.mtimeMs === entry.mtimeMs && raced.size === entry.size) return raced;
    if (raced) this.keptBytes -= raced.size;
    this.kept.set(file, entry);
    this.keptBytes += entry.size;
    return entry;
  }
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  // Weak comparison (RFC 9110 §13.1.2), as If-None-Match asks.
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => strip(t) === strip(etag));
}
