import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { Kind, type GraphQLFormattedError } from 'graphql';
import { hitRateLimit } from '../modules/common/rate-limit';
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

/**
 * Sign-in attempts are limited per client address (they cost a call to WeChat); every
 * mutation of a signed-in user is limited per user. Counts live in the database, so the limit
 * holds across server instances.
 */
function rateLimitPlugin(limits: { loginPerMinute: number; mutationsPerMinute: number }): ApolloServerPlugin<Context> {
  const SIGN_IN = new Set(['login', 'demoLogin']);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue: ctx }) {
          if (operation?.operation !== 'mutation') return;
          const fields = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
          if (fields.some((f) => SIGN_IN.has(f)) || !ctx.viewer) {
            await hitRateLimit(ctx.db, `client:${ctx.clientAddress}`, limits.loginPerMinute);
          }
          if (ctx.viewer) await hitRateLimit(ctx.db, `user:${ctx.viewer.userId}`, limits.mutationsPerMinute);
        },
      };
    },
  };
}

export function createApollo(options: {
  log: (msg: string, err?: unknown) => void;
  rateLimits: { loginPerMinute: number; mutationsPerMinute: number };
}): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as any,
    // The schema is public documentation; depth and cost limits keep introspection harmless.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [ApolloServerPluginLandingPageDisabled(), limitsPlugin, rateLimitPlugin(options.rateLimits), cacheablePlugin],
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
