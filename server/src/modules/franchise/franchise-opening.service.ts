import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { FranchiseOpeningFilter, FranchiseOpeningSort } from '../../generated/graphql';
import { boundedCount, pageSize, type Connection } from '../common/connection';
import { isTrue, parsePlace, wherePlace, type PlaceMatch } from '../common/filters';
import { keywordOrder, keywordQuery } from '../common/search-index';
import { checkId } from '../common/ids';
import { highestPayFirst, keysetPage, newestFirst, type SortKey } from '../common/keyset';
import { exactText, keywordPattern } from '../common/text-filter';
import type { CountMemo } from '../common/count-memo';
import type { Viewer } from '../accounts/viewer';
import { canSeeOpening, openingFor, openingOnRecord } from './franchise-opening.visibility';
import { openingColumns, toOpeningRow, toPositionRow, type FranchiseOpeningRow, type OpeningPositionRow } from './franchise-opening.rows';

interface OpeningQuery {
  keyword: string | null;
  place: PlaceMatch | null;
  position: string | null;
  franchiseOnly: boolean;
}

function parseOpeningFilter(filter: FranchiseOpeningFilter | null | undefined): OpeningQuery {
  const f = filter ?? {};
  const city = exactText(f.city, 'filter.city', 20);
  const place = parsePlace(f.place, 'filter.place');
  return {
    keyword: keywordPattern(f.keyword),
    place: city ? { ...(place ?? {}), city } : place,
    position: keywordPattern(f.position, 'filter.position'),
    franchiseOnly: f.franchiseOnly === true,
  };
}

function openOpenings(db: Database, q: OpeningQuery): Knex.QueryBuilder {
  const b = keywordQuery(db, 'franchise_openings', q.keyword).where('franchise_openings.status', 'OPEN');
  wherePlace(b, 'franchise_openings', q.place);
  if (q.franchiseOnly) b.whereRaw(isTrue(db, 'franchise_openings.is_franchise_offer'));
  if (q.position) {
    b.whereExists((s) => {
      s.select(db.knex.raw('1'))
        .from('opening_positions')
        .whereRaw('opening_positions.opening_id = franchise_openings.id')
        .whereRaw(`lower(opening_positions.title) ${db.like} ? escape '\\'`, [q.position]);
    });
  }
  return b;
}

const SORTS: Record<FranchiseOpeningSort, SortKey> = {
  NEWEST: newestFirst('franchise_openings'),
  HIGHEST_PAY: highestPayFirst('franchise_openings', 'best_monthly_pay'),
  SOONEST_OPENING: {
    name: 'SOONEST_OPENING',
    dir: 'asc',
    // Openings without a date go last.
    columns: [
      { sql: "coalesce(franchise_openings.opening_date, '9999-12-31')", part: 'day', alias: 'k_opening' },
      { sql: 'franchise_openings.id', part: 'id', alias: 'k_id' },
    ],
  },
};

export class FranchiseOpeningService {
  constructor(
    private readonly db: Database,
    private readonly totals: CountMemo,
  ) {}

  async list(args: { filter?: FranchiseOpeningFilter | null; sort?: FranchiseOpeningSort | null; first?: number | null; after?: string | null }): Promise<Connection<FranchiseOpeningRow>> {
    const first = pageSize(args.first);
    const q = parseOpeningFilter(args.filter);
    const page = await keysetPage(this.db, openOpenings(this.db, q).select(openingColumns), keywordOrder(this.db, 'franchise_openings', SORTS[args.sort ?? 'NEWEST'], q.keyword), first, args.after, (r) =>
      toOpeningRow(this.db, r),
    );
    return {
      ...page,
      totalCount: () =>
        this.totals.get(`openings:${JSON.stringify(q)}`, () => boundedCount(openOpenings(this.db, q), this.db.knex)),
    };
  }

  /** An opening as a viewer may see it (`canSeeOpening`); null exactly as for an unknown id. */
  async visibleById(viewer: Viewer | null, id: string): Promise<FranchiseOpeningRow | null> {
    return openingFor(viewer, await this.byId(id));
  }

  /** Openings as a viewer may see them, in the order of `ids` (a DataLoader batch). */
  async visibleByIds(viewer: Viewer | null, ids: readonly string[]): Promise<(FranchiseOpeningRow | null)[]> {
    return (await this.byIds(ids)).map((o) => openingFor(viewer, o));
  }

  /** The openings behind records the viewer may already see (her interests): whole, or a stub. */
  async onRecordByIds(viewer: Viewer | null, ids: readonly string[]): Promise<(FranchiseOpeningRow | null)[]> {
    return (await this.byIds(ids)).map((o) => o && openingOnRecord(viewer, o));
  }

  /** Any opening, whoever asks: for paths that have checked the viewer themselves. */
  async byId(id: string): Promise<FranchiseOpeningRow | null> {
    const row = await this.db.knex('franchise_openings').select(openingColumns).where('franchise_openings.id', checkId(id)).first();
    return row ? toOpeningRow(this.db, row) : null;
  }

  private async byIds(ids: readonly string[]): Promise<(FranchiseOpeningRow | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.knex('franchise_openings').select(openingColumns).whereIn('franchise_openings.id', ids as string[]);
    const byId = new Map(rows.map((r: any) => [r.id as string, toOpeningRow(this.db, r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Each opening's positions; an opening the viewer may not see has none, even reached through a stub. */
  async positionsByOpenings(viewer: Viewer | null, openingIds: readonly string[]): Promise<OpeningPositionRow[][]> {
    const rows = await this.db
      .knex('opening_positions')
      .join('franchise_openings', 'franchise_openings.id', 'opening_positions.opening_id')
      .select('opening_positions.*', 'franchise_openings.status as opening_status', 'franchise_openings.brand_id as opening_brand_id')
      .whereIn('opening_positions.opening_id', openingIds as string[])
      .orderBy(['opening_positions.opening_id', 'opening_positions.idx']);
    const byOpening = new Map<string, OpeningPositionRow[]>(openingIds.map((id) => [id, []]));
    for (const r of rows) {
      if (canSeeOpening(viewer, { status: r.opening_status, brandId: r.opening_brand_id })) byOpening.get(r.opening_id)?.push(toPositionRow(r));
    }
    return openingIds.map((id) => byOpening.get(id)!);
  }
}
