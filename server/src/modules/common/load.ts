import { GraphQLError } from 'graphql';

/** A row that a foreign key promises; its absence is a broken database, not a client error. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new GraphQLError(`${what} is missing`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return value;
}
