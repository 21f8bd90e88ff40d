import type { Knex } from '@mikro-orm/knex';
import { badInput } from '../../errors';

/** A page of rows, before GraphQL turns it into `edges`/`pageInfo`. */
export interface Connection<T> {
  rows: T[];
  cursors: string[];
  hasNextPage: boolean;
  /** Counted only when the client asks for it, and only up to COUNT_LIMIT + 1 (`boundedCount`). */
  totalCount: () => Promise<number>;
}

/**
 * Counts stop here: past it a list says "1000+" (`totalCountIsLowerBound`). An exact count of
 * a common keyword or of the whole catalogue reads every matching row; this reads at most
 * 1,001 of them, whatever the catalogue's size.
 */
export const COUNT_LIMIT = 1000;

/** How many rows the query matches, reading at most COUNT_LIMIT + 1 of them. */
export async function boundedCount(q: Knex.QueryBuilder, knex: Knex): Promise<number> {
  const rows = q.clearSelect().clearOrder().select(knex.raw('1')).limit(COUNT_LIMIT + 1);
  const [row] = await knex.from(rows.as('matches')).count<{ n: number | string }[]>({ n: '*' });
  return Number(row.n);
}

/** A bounded count as the schema reports it: the count up to the limit, and whether it is more. */
export function reportedCount(n: number): { count: number; isLowerBound: boolean } {
  return n > COUNT_LIMIT ? { count: COUNT_LIMIT, isLowerBound: true } : { count: n, isLowerBound: false };
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first 必须是 1 到 ${MAX_PAGE_SIZE} 之间的整数`, 'first');
  }
  return first;
}

/** Resolvers shared by every `…Connection` type. */
export function connectionResolvers<T>() {
  return {
    edges: (c: Connection<T>) => c.rows.map((node, i) => ({ node, cursor: c.cursors[i] })),
    pageInfo: (c: Connection<T>) => ({
      hasNextPage: c.hasNextPage,
      endCursor: c.cursors.length > 0 ? c.cursors[c.cursors.length - 1] : null,
    }),
    totalCount: async (c: Connection<T>) => reportedCount(await c.totalCount()).count,
    totalCountIsLowerBound: async (c: Connection<T>) => reportedCount(await c.totalCount()).isLowerBound,
  };
}
