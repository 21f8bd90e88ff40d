import type { Database } from './orm';

/** Marks every cached public response as stale, on every server instance. */
export async function bumpCatalogVersion(db: Database): Promise<void> {
  await db.knex('catalog_state').where('id', 1).increment('version', 1);
}

export async function readCatalogVersion(db: Database): Promise<number> {
  const row = await db.knex('catalog_state').where('id', 1).first('version');
  return row ? Number(row.version) : 0;
}

/**
 * The catalogue version as this instance sees it. A write bumps the shared row and tells this
 * instance's listeners at once; a write on another instance is noticed by re-reading the row,
 * at most once per `checkMs`. Caches of public data (whole responses, counts) listen and
 * forget everything when the version moves.
 */
export class CatalogVersion {
  private readonly listeners = new Set<() => void>();
  private version = -1;
  private checkedAt = 0;
  private pending: Promise<number> | null = null;

  constructor(
    private readonly db: Database,
    private readonly checkMs = 1000,
  ) {}

  async current(): Promise<number> {
    if (Date.now() - this.checkedAt < this.checkMs) return this.version;
    if (!this.pending) {
      this.pending = readCatalogVersion(this.db)
        .then((v) => {
          if (v !== this.version) {
            this.version = v;
            this.notify();
          }
          this.checkedAt = Date.now();
          return v;
        })
        .finally(() => {
          this.pending = null;
        });
    }
    return this.pending;
  }

  async bump(): Promise<void> {
    await bumpCatalogVersion(this.db);
    this.checkedAt = 0;
    this.notify();
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
