// The generated documents are GraphQL ASTs. graphql-js's printer would add its whole
// language module to every package of the mini-program, so this prints the small subset of
// the AST that executable documents use. A jest test checks it against graphql-js's `print`
// for every operation in the app.

/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = any;

function join(parts: (string | undefined)[], sep: string): string {
  return parts.filter((p) => p).join(sep);
}

function value(v: Node): string {
  switch (v.kind) {
    case 'Variable':
      return `$${v.name.value}`;
    case 'IntValue':
    case 'FloatValue':
    case 'EnumValue':
      return v.value;
    case 'StringValue':
      return JSON.stringify(v.value);
    case 'BooleanValue':
      return v.value ? 'true' : 'false';
    case 'NullValue':
      return 'null';
    case 'ListValue':
      return `[${v.values.map(value).join(', ')}]`;
    case 'ObjectValue':
      return `{${v.fields.map((f: Node) => `${f.name.value}: ${value(f.value)}`).join(', ')}}`;
    default:
      throw new Error(`Unsupported GraphQL value: ${v.kind}`);
  }
}

function type(t: Node): string {
  if (t.kind === 'NonNullType') return `${type(t.type)}!`;
  if (t.kind === 'ListType') return `[${type(t.type)}]`;
  return t.name.value;
}

function directives(list: Node[] | undefined): string {
  if (!list?.length) return '';
  return list
    .map((d) => `@${d.name.value}${d.arguments?.length ? `(${d.arguments.map(argument).join(', ')})` : ''}`)
    .join(' ');
}

function argument(a: Node): string {
  return `${a.name.value}: ${value(a.value)}`;
}

function selectionSet(set: Node | undefined): string {
  if (!set?.selections?.length) return '';
  return `{ ${set.selections.map(selection).join(' ')} }`;
}

function selection(s: Node): string {
  switch (s.kind) {
    case 'Field': {
      const name = s.alias ? `${s.alias.value}: ${s.name.value}` : s.name.value;
      const args = s.arguments?.length ? `(${s.arguments.map(argument).join(', ')})` : '';
      return join([name + args, directives(s.directives), selectionSet(s.selectionSet)], ' ');
    }
    case 'FragmentSpread':
      return join([`...${s.name.value}`, directives(s.directives)], ' ');
    case 'InlineFragment':
      return join(
        ['...', s.typeCondition ? `on ${s.typeCondition.name.value}` : '', directives(s.directives), selectionSet(s.selectionSet)],
        ' ',
      );
    default:
      throw new Error(`Unsupported GraphQL selection: ${s.kind}`);
  }
}

function definition(d: Node): string {
  if (d.kind === 'OperationDefinition') {
    const vars = d.variableDefinitions?.length
      ? `(${d.variableDefinitions
          .map((v: Node) => `$${v.variable.name.value}: ${type(v.type)}${v.defaultValue ? ` = ${value(v.defaultValue)}` : ''}`)
          .join(', ')})`
      : '';
    const head = d.name ? `${d.operation} ${d.name.value}${vars}` : vars ? `${d.operation}${vars}` : d.operation;
    return join([head, directives(d.directives), selectionSet(d.selectionSet)], ' ');
  }
  if (d.kind === 'FragmentDefinition') {
    return join(
      [`fragment ${d.name.value} on ${d.typeCondition.name.value}`, directives(d.directives), selectionSet(d.selectionSet)],
      ' ',
    );
  }
  throw new Error(`Unsupported GraphQL definition: ${d.kind}`);
}

const cache = new WeakMap<object, string>();

/** The document as GraphQL source text, ready to post as `query`. */
export function printDocument(document: object): string {
  const cached = cache.get(document);
  if (cached !== undefined) return cached;
  const text: string = (document as Node).definitions.map(definition).join('\n');
  cache.set(document, text);
  return text;
}
