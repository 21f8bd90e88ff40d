// Finding things in a page's data tree (what Taro sends with setData, rendered by base.wxml):
// nodes `{ sid, nn, cl, v, cn, … }`, text in `v`, children in `cn`.
import { textOf } from './runtime.mjs';

export { textOf };

/** Every node under the page's root for which `test(node)` holds, with its path from the root. */
export function findAll(page, test) {
  const hits = [];
  const walk = (node, path) => {
    for (const child of node?.cn ?? []) {
      const here = [...path, child];
      if (test(child)) hits.push({ node: child, path: here });
      walk(child, here);
    }
  };
  walk(page.data.root, []);
  return hits;
}

export const hasClass = (node, cls) => typeof node.cl === 'string' && node.cl.split(/\s+/).includes(cls);

/** Nodes with this class (and, when given, containing this text). */
export function byClass(page, cls, text) {
  return findAll(page, (n) => hasClass(n, cls) && (text === undefined || textOf(n).includes(text)));
}

/** The one node with this class containing this text; throws, naming what it saw, when none. */
export function one(page, cls, text) {
  const hits = byClass(page, cls, text);
  if (!hits.length) {
    const seen = byClass(page, cls).map((h) => textOf(h.node).slice(0, 30));
    throw new Error(`no .${cls}${text ? ` with "${text}"` : ''} in ${page.route}; .${cls} seen: ${JSON.stringify(seen.slice(0, 12))}`);
  }
  return hits[0];
}

/** The texts of every node with this class, in order. */
export function texts(page, cls) {
  return byClass(page, cls).map((h) => textOf(h.node));
}

/** All text on the page. */
export function pageText(page) {
  return textOf(page.data.root);
}
