import { parse, print } from 'graphql';
import * as generated from '../../src/gql/graphql';
import { printDocument } from '../../src/api/print-document';

// The app posts printDocument's text; it must mean exactly what graphql-js would send.
const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document')) as [string, object][];

describe('printDocument', () => {
  it('finds the operations', () => {
    expect(documents.map(([n]) => n)).toEqual(expect.arrayContaining(['JobListDocument', 'JobFacetsDocument', 'CourseDetailDocument', 'OpeningListDocument']));
  });

  it.each(documents)('%s prints to the same document graphql-js prints', (_name, doc) => {
    const text = printDocument(doc);
    expect(print(parse(text))).toBe(print(doc as never));
  });

  it('prints literals, lists, objects, directives and defaults', () => {
    const doc = parse(`query Q($a: [Int!]! = [1], $b: Boolean = true) { x(s: "引号\\"", n: null, e: NEWEST, o: {f: 1.5, l: [$a]}) @include(if: $b) { ... on T { y } ...F } } fragment F on T { z }`);
    expect(print(parse(printDocument(doc)))).toBe(print(doc));
  });
});
