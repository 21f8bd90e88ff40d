import type { CatalogVersion } from '../../db/catalog-version-store';

/**
 * Remembers totals (counts and facets) per filter while the catalogue version stands. Exact
 * counts are the costly part of a list query — the page itself is an index range scan — and
 * every villager browsing the same filter asks for the same total. Entries also age out after
 * `ttlMs`, since jobs expire by the clock without a write.
 */
export class CountMemo {
  private readonly entries = new Map<string, { version: number; at: number; value: Promise<unknown> }>();

  constructor(
    private readonly catalog: CatalogVersion,
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 5000,
  ) {
    catalog.onChange(() => this.entries.clear());
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.catalog.current();
    const hit = this.entries.get(key);
    if (hit && hit.version === version && Date.now() - hit.at < this.ttlMs) return hit.value as Promise<T>;
    // Concurrent askers share one computation; a failure is not remembered.
    const value = compute();
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { version, at: Date.now(), value });
    value.catch(() => this.entries.delete(key));
    return value;
  }
}
