// The names of WeChat's `wx.*` APIs, read from WeChat's own type definitions
// (miniprogram-api-typings, `interface Wx`), with the ones WeChat marks deprecated. The test
// runtime puts every name on its `wx` object, so Taro wraps them as it does on a phone; a
// name missing here is an API WeChat does not have.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function wechatApis() {
  const file = join(dirname(require.resolve('miniprogram-api-typings/package.json')), 'types', 'wx', 'lib.wx.api.d.ts');
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^ {4}interface Wx \{/.test(l));
  if (start < 0) throw new Error(`no "interface Wx" in ${file}`);
  const methods = new Map(); // name -> deprecated?
  const properties = new Set();
  let comment = null;
  let lastComment = '';
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (comment === null && /^ {4}\}/.test(line)) break;
    if (comment === null && line.trimStart().startsWith('/**')) comment = '';
    if (comment !== null) {
      comment += line + '\n';
      if (line.includes('*/')) {
        lastComment = comment;
        comment = null;
      }
      continue;
    }
    // `name(`, `name<T …>(` or a generic list running over several lines (`request<`).
    const method = /^ {8}([A-Za-z_$][\w$]*)\s*(\(|<[^(]*>\(|<\s*$)/.exec(line);
    const property = /^ {8}([A-Za-z_$][\w$]*)\s*:/.exec(line);
    if (method) {
      // Overloads repeat a name: deprecated only if every declaration says so.
      const deprecated = /@deprecated/.test(lastComment);
      methods.set(method[1], methods.has(method[1]) ? methods.get(method[1]) && deprecated : deprecated);
      lastComment = '';
    } else if (property) {
      properties.add(property[1]);
      lastComment = '';
    }
  }
  if (methods.size < 300) throw new Error(`only ${methods.size} wx methods found in ${file}: has its layout changed?`);
  return { methods, properties };
}
