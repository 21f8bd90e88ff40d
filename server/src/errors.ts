import { GraphQLError } from 'graphql';

/**
 * Protocol-level failures (bad arguments, limits, access) are thrown as GraphQL errors with a
 * stable `extensions.code`. Expected outcomes of mutations are returned as `userErrors` instead.
 */
export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

export function limitExceeded(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}
