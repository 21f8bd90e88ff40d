import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../modules/common/connection';

/**
 * Limits checked after validation and before execution, so a hostile query costs a parse and
 * a walk, never a database round trip. The parser's token limit bounds the walk itself.
 */
export const LIMITS = {
  /** Deep enough for the standard introspection query (about 13 levels). */
  maxDepth: 15,
  maxAliases: 30,
  /** Estimated objects a response may hold; a full page of 50 courses with their jobs is ~2,600. */
  maxCost: 5000,
  maxTokens: 5000,
};

/** Lists that are not connections, with the most items they return. */
const LIST_SIZES: Record<string, number> = { leadsToJobs: 10, leadsToEmployers: 5, positions: 6, categories: 10, cities: 50, towns: 50 };

function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

function intArg(field: FieldNode, name: string, variables: Record<string, unknown>): number | null {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return null;
  const v: ValueNode = arg.value;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) {
    const value = variables[v.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

function measure(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  depth: number,
  seen: Set<string>,
): Measure {
  const total: Measure = { depth, aliases: 0, cost: 0 };
  for (const sel of set.selections) {
    let inner: Measure | null = null;
    if (sel.kind === Kind.FIELD) {
      if (sel.alias) total.aliases += 1;
      if (!sel.selectionSet) continue;
      const child = measure(sel.selectionSet, fragments, variables, depth + 1, seen);
      // `first` beyond the page limit is refused by the resolver with a clearer message.
      const first = intArg(sel, 'first', variables);
      const multiplier = first !== null || sel.arguments?.some((a) => a.name.value === 'filter') ? Math.min(MAX_PAGE_SIZE, Math.max(1, first ?? DEFAULT_PAGE_SIZE)) : (LIST_SIZES[sel.name.value] ?? 1);
      inner = { depth: child.depth, aliases: child.aliases, cost: 1 + multiplier * child.cost };
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(sel.selectionSet, fragments, variables, depth, seen);
    } else {
      const frag = fragments[sel.name.value];
      // Cycles are already refused by validation; `seen` only guards the walk itself.
      if (!frag || seen.has(frag.name.value)) continue;
      inner = measure(frag.selectionSet, fragments, variables, depth, new Set([...seen, frag.name.value]));
    }
    total.depth = Math.max(total.depth, inner.depth);
    total.aliases += inner.aliases;
    total.cost += inner.cost;
  }
  return total;
}

export function checkLimits(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const m = measure(operation.selectionSet, fragments, variables, 0, new Set());
  if (m.depth > LIMITS.maxDepth) throw limitError('QUERY_TOO_DEEP', `查询嵌套 ${m.depth} 层，最多 ${LIMITS.maxDepth} 层`);
  if (m.aliases > LIMITS.maxAliases) throw limitError('TOO_MANY_ALIASES', `查询用了 ${m.aliases} 个别名，最多 ${LIMITS.maxAliases} 个`);
  if (m.cost > LIMITS.maxCost) throw limitError('QUERY_TOO_COMPLEX', `查询太大（估计 ${m.cost} 个对象，最多 ${LIMITS.maxCost} 个），请减少 first 或字段`);
}

export const limitsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request }) {
        if (!operation) return;
        checkLimits(document, operation, (request.variables ?? {}) as Record<string, unknown>);
      },
    };
  },
};
