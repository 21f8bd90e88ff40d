import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import { decodeCursor, encodeCursor, type KeyPart } from './cursor';

/**
 * One order of a list: the columns of its sort key, most significant first, ending with the
 * primary key so the order is total. All columns run in one direction, so "rows after the
 * cursor" is a single row-value comparison that both engines answer from an index: paging
 * deep costs what the first page costs, and rows inserted meanwhile never shift a page.
 */
export interface SortKey {
  name: string;
  dir: 'asc' | 'desc';
  columns: { sql: string; part: KeyPart; alias: string }[];
  /**
   * The same order as something the engine reads as a stream (the keyword index's rowid, in
   * the order of this key): the page is ordered by it, and a cursor also bounds it so the
   * index starts at the cursor. The key's columns still make the cursor and its condition.
   */
  stream?: { orderSql: string; bound(key: (string | number)[]): { sql: string; params: unknown[] } };
}

export interface Page<T> {
  rows: T[];
  cursors: string[];
  hasNextPage: boolean;
}

export async function keysetPage<T>(
  db: Database,
  query: Knex.QueryBuilder,
  sort: SortKey,
  first: number,
  after: string | null | undefined,
  toRow: (raw: Record<string, unknown>) => T,
): Promise<Page<T>> {
  if (after !== null && after !== undefined) {
    const key = decodeCursor(after, sort.name, sort.columns.map((c) => c.part));
    const params = key.map((v, i) => (sort.columns[i].part === 'date' ? db.dateParam(new Date(v as number)) : v));
    const lhs = sort.columns.map((c) => c.sql).join(', ');
    const rhs = sort.columns.map(() => '?').join(', ');
    query.whereRaw(`(${lhs}) ${sort.dir === 'desc' ? '<' : '>'} (${rhs})`, params);
    if (sort.stream) {
      const bound = sort.stream.bound(key);
      query.whereRaw(bound.sql, bound.params as any[]);
    }
  }
  // Sort expressions are selected under an alias so the cursor of a row can be read back.
  for (const c of sort.columns) query.select(db.knex.raw(`${c.sql} as ${c.alias}`));
  query.orderByRaw(sort.stream?.orderSql ?? sort.columns.map((c) => `${c.sql} ${sort.dir}`).join(', ')).limit(first + 1);
  const raws = (await query) as Record<string, unknown>[];
  const hasNextPage = raws.length > first;
  const page = hasNextPage ? raws.slice(0, first) : raws;
  return {
    rows: page.map(toRow),
    cursors: page.map((raw) =>
      encodeCursor(
        sort.name,
        sort.columns.map((c) => {
          const v = raw[c.alias];
          if (c.part === 'date') return db.readDate(v).getTime();
          if (c.part === 'int') return Number(v);
          return String(v);
        }),
      ),
    ),
    hasNextPage,
  };
}

/** Most recently published first: the default order of every catalogue. */
export function newestFirst(table: string): SortKey {
  return {
    name: 'NEWEST',
    dir: 'desc',
    columns: [
      { sql: `${table}.published_at`, part: 'date', alias: 'k_published' },
      { sql: `${table}.id`, part: 'id', alias: 'k_id' },
    ],
  };
}

/** Highest monthly-equivalent pay first, then newest. */
export function highestPayFirst(table: string, payColumn: string): SortKey {
  const newest = newestFirst(table);
  return { name: 'HIGHEST_PAY', dir: 'desc', columns: [{ sql: `${table}.${payColumn}`, part: 'int', alias: 'k_pay' }, ...newest.columns] };
}
