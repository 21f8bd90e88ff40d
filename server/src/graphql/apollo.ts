import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import { LIMITS, limitsPlugin } from './limits';
import { loadTypeDefs, resolvers } from './schema';

/** Codes that are safe to show as they are; anything else is a bug and gets masked. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
]);

/** Marks a response as shareable once it is known to be a successful public query. */
const cacheablePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, response, contextValue }) {
        contextValue.response.cacheable =
          operation?.operation === 'query' && response.body.kind === 'single' && !response.body.singleResult.errors?.length;
      },
    };
  },
};

export function createApollo(options: { log: (msg: string, err?: unknown) => void }): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as any,
    // The schema is public documentation; depth and cost limits keep introspection harmless.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [ApolloServerPluginLandingPageDisabled(), limitsPlugin, cacheablePlugin],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.code as string | undefined;
      if (code && CLIENT_CODES.has(code)) {
        const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
        return { ...formatted, extensions };
      }
      // Never let SQL, stack traces or internals reach a client.
      options.log('internal error', unwrapResolverError(error));
      return { message: '服务器出了点问题，请稍后再试', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
}
