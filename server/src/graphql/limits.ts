import {
  GraphQLDirective,
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
  DirectiveLocation,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isUnionType,
  isLeafType,
  isListType,
  isObjectType,
  validate,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/**
 * Limits checked before execution, so a hostile document costs a parse and a bounded walk,
 * never a database round trip. The parser's token limit bounds the document; every check
 * below is linear in it: the armor rules measure each fragment once and reuse the figure at
 * every spread, and the cost walk stops after `maxNodes` selections however the fragments
 * fan out.
 */
export const LIMITS = {
  /** Deep enough for the standard introspection query (about 13 levels). */
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 50,
  /**
   * Estimated values (objects and leaves) a response may hold, every list counted at its
   * stated size. The app's largest operation, a job's 200 newest applicants with their
   * histories and certificates, estimates at about 27,000 (test/query-limits.test.ts prints
   * the largest ones); about 1–2 MB of JSON at the budget.
   */
  maxCost: 50_000,
  /**
   * Selections the cost walk may visit with fragments expanded — what execution would
   * visit per object. The app's documents expand to at most a few hundred.
   */
  maxNodes: 5_000,
  maxTokens: 5000,
};

/** Every object costs this much, and so does every leaf value: a leaf is not free to send. */
const OBJECT_COST = 1;
const LEAF_COST = 1;

/** `@listSize` as declared in schema/common.graphql (the IBM / Apollo cost directive's shape). */
export const listSizeDirective = new GraphQLDirective({
  name: 'listSize',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    assumedSize: { type: GraphQLInt },
    slicingArguments: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    sizedFields: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
  },
});

interface ListSize {
  assumedSize: number;
  slicingArguments: string[];
  sizedFields: string[];
}

function listSizeOf(field: GraphQLField<unknown, unknown>): ListSize | null {
  if (!field.astNode) return null;
  const v = getDirectiveValues(listSizeDirective, field.astNode) as Partial<ListSize> | undefined;
  if (!v) return null;
  return { assumedSize: v.assumedSize ?? 1, slicingArguments: v.slicingArguments ?? [], sizedFields: v.sizedFields ?? [] };
}

/**
 * Sizes of introspection's own lists, from the schema itself, so `__schema` is priced like
 * any other field rather than waved through: a wide `types { fields { type { fields …` walk,
 * or thirty aliased copies of the standard query, is refused like any query that large.
 * Introspection answers are the schema, so each list counts at its mean length over every
 * type (a scalar has no fields, an object many; fractions kept), which comes near the size of a
 * real answer (the standard query prices at about three times its real size);
 * graphql-js's own rule keeps such walks from nesting deeper than three `fields`.
 */
function introspectionSizes(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const perType = (count: (t: (typeof types)[number]) => number) => types.reduce((sum, t) => sum + count(t), 0) / types.length;
  const fieldsOf = (t: (typeof types)[number]) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []);
  const allFields = types.flatMap(fieldsOf);
  const directives = schema.getDirectives();
  return {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': perType((t) => fieldsOf(t).length),
    '__Type.inputFields': perType((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0)),
    '__Type.interfaces': perType((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0)),
    '__Type.possibleTypes': perType((t) => (isUnionType(t) ? t.getTypes().length : isInterfaceType(t) ? schema.getPossibleTypes(t).length : 0)),
    '__Type.enumValues': perType((t) => (isEnumType(t) ? t.getValues().length : 0)),
    '__Field.args': allFields.reduce((sum, f) => sum + f.args.length, 0) / Math.max(1, allFields.length),
    '__Directive.args': directives.reduce((sum, d) => sum + d.args.length, 0) / Math.max(1, directives.length),
    '__Directive.locations': 4,
  };
}

/** Output list fields of the schema that state no size: a schema with any is refused at start. */
export function unsizedListFields(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const t of Object.values(schema.getTypeMap())) {
    if (t.name.startsWith('__') || !(isObjectType(t) || isInterfaceType(t))) continue;
    for (const f of Object.values(t.getFields())) {
      if (isListType(getNullableType(f.type)) && !listSizeOf(f)) missing.push(`${t.name}.${f.name}`);
    }
  }
  return missing;
}

/**
 * The cost estimator: a field costs its own value plus its children, times the number of
 * items it can return. A paginated field counts its page size (the `first` given, or its
 * default) up to its stated bound; a larger `first` is then refused by the field itself with
 * a message naming the argument. The lists a page size governs (`edges`) count once, since
 * the paginated field above them already counted the page.
 */
function createEstimator(schema: GraphQLSchema) {
  const introspection = introspectionSizes(schema);
  const sizedByParent = new Set<string>();
  for (const t of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(t) || isInterfaceType(t))) continue;
    for (const f of Object.values(t.getFields())) {
      const size = listSizeOf(f);
      if (!size?.sizedFields.length) continue;
      const target = getNamedType(f.type);
      for (const name of size.sizedFields) sizedByParent.add(`${target.name}.${name}`);
    }
  }
  const memo = new Map<GraphQLField<unknown, unknown>, ListSize | null>();
  return ({ field, args, childComplexity, type }: ComplexityEstimatorArgs): number => {
    const own = isLeafType(getNamedType(field.type)) ? LEAF_COST : OBJECT_COST;
    let items = 1;
    const key = `${type.name}.${field.name}`;
    if (!memo.has(field)) memo.set(field, listSizeOf(field));
    const size = memo.get(field)!;
    if (size && !sizedByParent.has(key)) {
      items = size.assumedSize;
      for (const name of size.slicingArguments) {
        const given = args[name];
        if (typeof given === 'number' && Number.isFinite(given)) items = Math.min(size.assumedSize, Math.max(1, Math.floor(given)));
      }
    } else if (introspection[key] !== undefined) {
      items = introspection[key];
    }
    return Math.ceil(items * (own + childComplexity));
  };
}

function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

const found = (e: GraphQLError) => Number(/found (\d+)/.exec(e.message)?.[1] ?? NaN);

/**
 * Depth, aliases and directives depend on the document alone, so they are measured once per
 * parsed document (Apollo keeps parsed documents, so a repeated query is measured once).
 */
function documentRules(): { rules: ((ctx: ValidationContext) => object)[]; take(): GraphQLError | null } {
  let refusal: GraphQLError | null = null;
  const keep = (make: (n: number) => GraphQLError) => [
    (_ctx: unknown, e: GraphQLError) => {
      refusal ??= make(found(e));
    },
  ];
  const common = { propagateOnRejection: false, exposeLimits: true, ignoreIntrospection: false };
  return {
    rules: [
      maxDepthRule({ ...common, n: LIMITS.maxDepth, flattenFragments: true, onReject: keep((n) => limitError('QUERY_TOO_DEEP', `查询嵌套 ${n} 层，最多 ${LIMITS.maxDepth} 层`)) }),
      maxAliasesRule({ ...common, n: LIMITS.maxAliases, onReject: keep((n) => limitError('TOO_MANY_ALIASES', `查询用了 ${n} 个别名，最多 ${LIMITS.maxAliases} 个`)) }),
      maxDirectivesRule({ ...common, n: LIMITS.maxDirectives, onReject: keep((n) => limitError('TOO_MANY_DIRECTIVES', `查询用了 ${n} 个指令，最多 ${LIMITS.maxDirectives} 个`)) }),
    ],
    take: () => refusal,
  };
}

export interface Limiter {
  /** Throws the refusal (HTTP 400 with a stable code) when the operation is over a limit. */
  check(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void;
  /** The estimated cost of an operation, for tests and the benchmark. */
  cost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number;
}

export function createLimiter(schema: GraphQLSchema): Limiter {
  const missing = unsizedListFields(schema);
  if (missing.length) throw new Error(`list fields without @listSize: ${missing.join(', ')}`);
  const estimator = createEstimator(schema);
  const measured = new WeakMap<DocumentNode, GraphQLError | null>();
  // The estimate depends only on the document and its variables; the app sends the same few
  // documents with a handful of variable sets, so each pair is priced once (bounded per document).
  const estimates = new WeakMap<DocumentNode, Map<string, number | GraphQLError>>();

  const cost = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number =>
    getComplexity({ schema, query: document, operationName: operation.name?.value, variables, estimators: [estimator], maxQueryNodes: LIMITS.maxNodes });

  return {
    cost,
    check(document, operation, variables) {
      if (!measured.has(document)) {
        const { rules, take } = documentRules();
        validate(schema, document, rules);
        measured.set(document, take());
      }
      const refusal = measured.get(document);
      if (refusal) throw refusal;
      let perDocument = estimates.get(document);
      if (!perDocument) estimates.set(document, (perDocument = new Map()));
      const key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(variables)}`;
      let estimate = perDocument.get(key);
      if (estimate === undefined) {
        try {
          estimate = cost(document, operation, variables);
        } catch (e) {
          if (e instanceof GraphQLError && /maximum allowed number of nodes/.test(e.message)) {
            estimate = limitError('QUERY_TOO_COMPLEX', `查询太大（展开后超过 ${LIMITS.maxNodes} 个字段），请减少字段或片段`);
          } else if (e instanceof GraphQLError) {
            // Variables that do not fit their types: execution refuses them with a clear message.
            return;
          } else {
            throw e;
          }
        }
        if (key.length <= 2048) {
          if (perDocument.size >= 64) perDocument.delete(perDocument.keys().next().value as string);
          perDocument.set(key, estimate);
        }
      }
      if (estimate instanceof GraphQLError) throw estimate;
      if (estimate > LIMITS.maxCost) {
        throw limitError('QUERY_TOO_COMPLEX', `查询太大（估计 ${estimate} 个值，最多 ${LIMITS.maxCost} 个），请减少 first 或字段`);
      }
    },
  };
}

export function limitsPlugin(): ApolloServerPlugin<Context> {
  let limiter: Limiter | null = null;
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          limiter = createLimiter(apiSchema);
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          if (!limiter) throw new Error('query limits are not ready');
          limiter.check(document, operation, (request.variables ?? {}) as Record<string, unknown>);
        },
      };
    },
  };
}
