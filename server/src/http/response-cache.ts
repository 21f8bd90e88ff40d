import { compressNow, type ContentCoding } from './compression';
import type { CatalogVersion } from '../db/catalog-version-store';

/**
 * Whole-response cache for anonymous public queries. The catalogues are read thousands of
 * times for every write, and most villagers open the same first pages, so a hit skips GraphQL
 * and the database entirely.
 *
 * Correctness across instances: an entry remembers the catalogue version (a row in the
 * database that every write bumps, see CatalogVersion) it was computed at, and is served only
 * while that is still the current version: a write on this instance is seen at once, one on
 * another instance within a second. Entries also expire after `ttlMs` (expiry dates pass by
 * themselves).
 */

/** The headers Apollo's `csrfPrevention: true` accepts as proof of a preflight (its recommended set). */
export const CSRF_PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];
/** Content types a browser may send cross-site without a preflight (Apollo's list). */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A MIME type's `type/subtype` in lower case, or null where WHATWG's parser gives up (as Apollo's does). */
function mimeEssence(value: string): string | null {
  const trimmed = value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  const slash = trimmed.indexOf('/');
  if (slash < 0) return null;
  const type = trimmed.slice(0, slash);
  const subtype = trimmed.slice(slash + 1).split(';')[0].replace(/[\t\n\r ]+$/, '');
  if (!TOKEN.test(type) || !TOKEN.test(subtype)) return null;
  return `${type}/${subtype}`.toLowerCase();
}

/**
 * Whether Apollo's CSRF prevention lets this request through: the same test as its
 * `preventCsrf` (a content type that forces a browser preflight, or a non-empty preflight
 * header). Cached answers are served without Apollo, so the cache must ask first: a hit
 * would otherwise answer the very cross-site GET that Apollo refuses.
 */
export function passesCsrfPrevention(headers: { get(name: string): string | undefined }): boolean {
  const contentType = headers.get('content-type');
  if (contentType !== undefined) {
    const essence = mimeEssence(contentType);
    if (essence === null || !SIMPLE_CONTENT_TYPES.includes(essence)) return true;
  }
  return CSRF_PREFLIGHT_HEADERS.some((name) => (headers.get(name) ?? '').length > 0);
}

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: Buffer;
  /** The body in each content coding asked for so far, compressed once and kept. */
  encoded?: Partial<Record<ContentCoding, Buffer>>;
  version: number;
  expiresAt: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  constructor(
    private readonly catalog: CatalogVersion,
    private readonly ttlMs: number,
    private readonly maxEntries = 5000,
  ) {
    catalog.onChange(() => this.entries.clear());
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  currentVersion(): Promise<number> {
    return this.catalog.current();
  }

  async get(key: string): Promise<CachedResponse | null> {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const version = await this.currentVersion();
    if (entry.version !== version || entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return null;
    }
    // Map order doubles as recency: re-insert on hit so eviction drops the least used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  async set(key: string, entry: Omit<CachedResponse, 'expiresAt'>): Promise<void> {
    // Computed before a write landed: not worth keeping.
    if (entry.version !== (await this.catalog.current())) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { ...entry, expiresAt: Date.now() + this.ttlMs });
  }

  /**
   * The entry's body in `coding`. Compressed the first time that coding is asked for (the miss
   * that filled the entry usually stores its own), so every later hit costs no compression.
   */
  encoded(entry: CachedResponse, coding: ContentCoding): Buffer {
    entry.encoded ??= {};
    return (entry.encoded[coding] ??= compressNow(entry.body, coding));
  }

  /** Records a write made outside the services (bulk loads, tests). */
  async invalidate(): Promise<void> {
    await this.catalog.bump();
  }

  get size(): number {
    return this.entries.size;
  }
}
