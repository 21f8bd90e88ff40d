import { badInput } from '../../errors';

/** A page of rows, before GraphQL turns it into `edges`/`pageInfo`. */
export interface Connection<T> {
  rows: T[];
  cursors: string[];
  hasNextPage: boolean;
  /** Counted only when the client asks for it. */
  totalCount: () => Promise<number>;
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
    totalCount: (c: Connection<T>) => c.totalCount(),
  };
}
