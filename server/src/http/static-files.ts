import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PAGE_SECURITY_HEADERS } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>紫阳务工通</title><body style="font:18px/1.6 sans-serif;padding:24px"><h1>紫阳务工通</h1>
<p>网页版还没有构建。请在项目根目录运行 <code>pnpm --filter @ziyang/miniapp build:h5</code>，然后刷新本页。</p>
<p>接口地址：<a href="/graphql">/graphql</a></p></body></html>`;

/** Serves the mini-program's H5 build; unknown paths without an extension get index.html. */
export function serveStatic(root: string | null, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...PAGE_SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method Not Allowed');
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400, { ...PAGE_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad Request');
    return;
  }
  const index = root ? path.join(root, 'index.html') : null;
  if (!root || !index || !fs.existsSync(index)) {
    res.writeHead(pathname === '/' ? 200 : 404, { ...PAGE_SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' }).end(NOT_BUILT);
    return;
  }
  // Resolve inside the root only: `..` and absolute tricks fall back to index.html.
  const candidate = path.resolve(root, `.${path.posix.normalize(pathname)}`);
  let file = candidate.startsWith(root + path.sep) && fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : null;
  if (!file) {
    if (path.extname(pathname)) {
      res.writeHead(404, { ...PAGE_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not Found');
      return;
    }
    file = index;
  }
  const isIndex = file === index;
  res.writeHead(200, {
    ...PAGE_SECURITY_HEADERS,
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    // Built assets carry a content hash in their names; index.html must always be fresh.
    'Cache-Control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}
