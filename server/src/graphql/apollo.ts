import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { FragmentDefinitionNode, GraphQLFormattedError } from 'graphql';
import { Kind } from 'graphql';
// Execution's own field collection (graphql 16, pinned): the rate limit counts exactly the
// root fields execution would run, with fragments, aliases and @skip/@include applied.
import { collectFields } from 'graphql/execution/collectFields';
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
  'TOO_MANY_DIRECTIVES',
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
 * mutation of a signed-in user is limited per user. Each root field that would execute counts
 * once, so thirty aliased `login`s in a fragment are thirty sign-ins, refused together before
 * any of them runs. Counts live in the database, so the limit holds across server instances.
 */
function rateLimitPlugin(limits: { loginPerMinute: number; mutationsPerMinute: number }): ApolloServerPlugin<Context> {
  const SIGN_IN = new Set(['login', 'demoLogin']);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue: ctx }) {
          const mutationType = schema.getMutationType();
          if (operation?.operation !== 'mutation' || !mutationType) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          let fields: string[];
          try {
            const collected = collectFields(schema, fragments, request.variables ?? {}, mutationType, operation.selectionSet);
            fields = [...collected.values()].map((nodes) => nodes[0].name.value).filter((name) => !name.startsWith('__'));
          } catch {
            // A @skip/@include variable of the wrong type: execution refuses the whole request.
            return;
          }
          if (fields.length === 0) return;
          const signIns = fields.filter((f) => SIGN_IN.has(f)).length;
          if (signIns > 0 || !ctx.viewer) {
            await hitRateLimit(ctx.db, `client:${ctx.clientAddress}`, limits.loginPerMinute, signIns || fields.length);
          }
          if (ctx.viewer) await hitRateLimit(ctx.db, `user:${ctx.viewer.userId}`, limits.mutationsPerMinute, fields.length);
        },
      };
    },
  };
}

export function createApollo(options: {
  log: (msg: string, err?: unknown) => void;
  rateLimits: { loginPerMinute: number; mutationsPerMinute: number };
  /** Outside development, validation errors name no field the client did not write. */
  env?: 'development' | 'production' | 'test';
}): ApolloServer<Context> {
  const development = options.env === 'development';
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as any,
    // The schema is public documentation; the depth and cost limits price introspection like
    // any other query, so a deep `__schema` walk is refused like any deep query.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // "Did you mean …?" would map the schema for someone probing it with introspection off.
    hideSchemaDetailsFromClientErrors: !development,
    allowBatchedHttpRequests: false,
    // One handler owns SIGTERM/SIGINT (main.ts): Apollo's own would stop it mid-drain and
    // re-raise the signal, killing the process before the requests in flight are answered.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // Apollo's cache-control plugin would wrap every resolver to collect hints nothing reads
    // (the response cache decides by itself what is shareable): off, and fields resolve bare.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), limitsPlugin(), rateLimitPlugin(options.rateLimits), cacheablePlugin],
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
