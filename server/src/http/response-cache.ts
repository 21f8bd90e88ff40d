import { gzipSync } from 'node:zlib';
import type { Database } from '../db/orm';
import { readCatalogVersion, type CatalogVersion } from '../db/catalog-version-store';

/**
 * Whole-response cache for anonymous public queries. The catalogues are read thousands of
 * times for every write, and most villagers open the same first pages, so a hit skips GraphQL
 * and the database entirely.
 *
 * Correctness across instances: an entry remembers the catalogue version (a row in the
 * database that every write bumps) it was computed at, and is served only while that is still
 * the current version. Each instance re-reads the version at most once per
 * `versionCheckMs`, so a write on another instance is seen within that time; a write on this
 * instance is seen at once. Entries also expire after `ttlMs` (expiry dates pass by themselves).
 */
export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: Buffer;
  gzipped?: Buffer;
  version: number;
  expiresAt: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private version = -1;
  private checkedAt = 0;
  private pending: Promise<number> | null = null;

  constructor(
    private readonly db: Database,
    private readonly catalog: CatalogVersion,
    private readonly ttlMs: number,
    private readonly maxEntries = 5000,
    private readonly versionCheckMs = 1000,
  ) {
    // A write on this instance: forget everything and re-read the version on the next request.
    catalog.onBump(() => {
      this.entries.clear();
      this.checkedAt = 0;
    });
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** The current catalogue version, read from the database at most once per interval. */
  async currentVersion(): Promise<number> {
    if (Date.now() - this.checkedAt < this.versionCheckMs) return this.version;
    if (!this.pending) {
      this.pending = readCatalogVersion(this.db)
        .then((v) => {
          if (v !== this.version) this.entries.clear();
          this.version = v;
          this.checkedAt = Date.now();
          return v;
        })
        .finally(() => {
          this.pending = null;
        });
    }
    return this.pending;
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

  set(key: string, entry: Omit<CachedResponse, 'expiresAt'>): void {
    if (entry.version !== this.version) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { ...entry, expiresAt: Date.now() + this.ttlMs });
  }

  gzipped(entry: CachedResponse): Buffer {
    entry.gzipped ??= gzipSync(entry.body);
    return entry.gzipped;
  }

  /** Records a write made outside the services (bulk loads, tests). */
  async invalidate(): Promise<void> {
    await this.catalog.bump();
  }

  get size(): number {
    return this.entries.size;
  }
}
