import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { engines, startOn, startTestServer } from './harness';
import { negotiateCoding } from '../src/http/compression';
import { StaticFiles } from '../src/http/static-files';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with exactly these headers (fetch would add its own Accept-Encoding and decode). */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function decode(answer: RawAnswer): string {
  const coding = answer.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(answer.body).toString('utf8');
  if (coding === 'gzip') return gunzipSync(answer.body).toString('utf8');
  if (coding !== undefined) throw new Error(`unexpected coding ${String(coding)}`);
  return answer.body.toString('utf8');
}

function varyNamesAcceptEncoding(answer: RawAnswer): boolean {
  return /accept-encoding/i.test(String(answer.headers.vary ?? ''));
}

describe('content coding negotiation', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['br;q=0, gzip;q=0', null],
    ['*', 'br'],
    ['*;q=0', null],
    ['gzip;q=0, *', 'br'],
    ['GZIP', 'gzip'],
    ['x-gzip', 'gzip'],
    ['deflate', null],
    ['br;q=abc', null],
  ])('Accept-Encoding %p → %p', (header, expected) => {
    expect(negotiateCoding(header)).toBe(expected);
  });
});

describe.each(engines)('compressed answers over HTTP on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let web: Awaited<ReturnType<typeof startOn>>;
  let dir: string;
  // A page of twenty jobs is several kilobytes of JSON: worth compressing.
  const bigQuery = JSON.stringify({ query: '{ jobs(first: 20) { edges { node { id title description } } } }' });
  const post = (url: string, body: string, acceptEncoding?: string) =>
    send(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) }, body });

  const indexHtml = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>紫阳务工通</title><script src="./js/app.3f2a9c1d.js"></script></head><body>${'<div>紫阳务工通：找工作、学技能、开店加盟</div>\n'.repeat(60)}</body></html>`;
  const appJs = `/* app */\n${Array.from({ length: 400 }, (_, i) => `export const job${i} = { title: "足疗技师${i}", city: "深圳" };`).join('\n')}`;

  beforeAll(async () => {
    s = await startTestServer(engine);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-h5-compressed-'));
    fs.writeFileSync(path.join(dir, 'index.html'), indexHtml);
    fs.mkdirSync(path.join(dir, 'js'));
    fs.writeFileSync(path.join(dir, 'js', 'app.3f2a9c1d.js'), appJs);
    fs.writeFileSync(path.join(dir, 'js', 'tiny.5b6c7d8e.js'), 'console.log(1)');
    fs.mkdirSync(path.join(dir, 'static'));
    fs.writeFileSync(path.join(dir, 'static', 'logo.png'), Buffer.alloc(4096, 7));
    web = await startOn(s.databaseUrl, engine, { SEED_ON_START: 'false', H5_DIR: dir });
  });
  afterAll(async () => {
    await web?.close();
    await s?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('/graphql answers in brotli or gzip as asked, and plain when not asked', async () => {
    const br = await post(s.url, bigQuery, 'gzip, deflate, br');
    const gzip = await post(s.url, bigQuery, 'gzip');
    const plain = await post(s.url, bigQuery);
    const refused = await post(s.url, bigQuery, 'br;q=0, gzip;q=0');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(refused.headers['content-encoding']).toBeUndefined();
    for (const answer of [br, gzip, plain, refused]) {
      expect(answer.status).toBe(200);
      expect(varyNamesAcceptEncoding(answer)).toBe(true);
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    }
    const json = JSON.parse(plain.body.toString('utf8'));
    expect(json.data.jobs.edges).toHaveLength(20);
    expect(JSON.parse(decode(br))).toEqual(json);
    expect(JSON.parse(decode(gzip))).toEqual(json);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
  });

  it('a small /graphql answer stays plain even when compression is accepted', async () => {
    const small = await post(s.url, JSON.stringify({ query: '{ jobs(first: 1) { totalCount } }' }), 'br, gzip');
    expect(small.status).toBe(200);
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8')).data.jobs.totalCount).toBeGreaterThan(0);
  });

  it('a cached answer is served compressed, in each coding asked for, without a second entry', async () => {
    const query = JSON.stringify({ query: '{ jobs(first: 15, filter: { keyword: "工" }) { totalCount edges { node { id title description } } } }' });
    const miss = await post(s.url, query, 'br');
    const size = s.cache.size;
    const hit = await post(s.url, query, 'br');
    const hitGzip = await post(s.url, query, 'gzip');
    const hitPlain = await post(s.url, query);
    // All three were answered from the one entry the miss made.
    expect(s.cache.size).toBe(size);
    expect(hit.headers['content-encoding']).toBe('br');
    expect(hit.body.equals(miss.body)).toBe(true);
    expect(hitGzip.headers['content-encoding']).toBe('gzip');
    expect(hitPlain.headers['content-encoding']).toBeUndefined();
    const expected = JSON.parse(hitPlain.body.toString('utf8'));
    expect(expected.data.jobs.edges.length).toBeGreaterThan(0);
    expect(JSON.parse(decode(hit))).toEqual(expected);
    expect(JSON.parse(decode(hitGzip))).toEqual(expected);
    for (const answer of [miss, hit, hitGzip, hitPlain]) expect(varyNamesAcceptEncoding(answer)).toBe(true);
  });

  it('index.html is compressed as asked and must be checked again on every visit', async () => {
    const br = await send(`${web.url}/`, { headers: { 'accept-encoding': 'br, gzip' } });
    const plain = await send(`${web.url}/`);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(decode(br)).toBe(indexHtml);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(indexHtml);
    for (const answer of [br, plain]) {
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.headers['content-type']).toContain('text/html');
      expect(varyNamesAcceptEncoding(answer)).toBe(true);
    }
    // A route of the app (no extension) is index.html too, with the same header.
    const route = await send(`${web.url}/pages/jobs/index`, { headers: { 'accept-encoding': 'gzip' } });
    expect(route.headers['content-encoding']).toBe('gzip');
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(decode(route)).toBe(indexHtml);
  });

  it('a content-hashed asset is compressed and may be kept for a year', async () => {
    const gzip = await send(`${web.url}/js/app.3f2a9c1d.js`, { headers: { 'accept-encoding': 'gzip' } });
    const br = await send(`${web.url}/js/app.3f2a9c1d.js`, { headers: { 'accept-encoding': 'br' } });
    const plain = await send(`${web.url}/js/app.3f2a9c1d.js`);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const answer of [gzip, br, plain]) {
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.headers['content-type']).toContain('javascript');
      expect(varyNamesAcceptEncoding(answer)).toBe(true);
      expect(decode(answer)).toBe(appJs);
    }
    expect(br.body.length).toBeLessThan(appJs.length / 4);
    // Later requests get the kept form: the quick one, or the smallest once it is made.
    const again = await send(`${web.url}/js/app.3f2a9c1d.js`, { headers: { 'accept-encoding': 'br' } });
    expect(decode(again)).toBe(appJs);
    expect(again.body.length).toBeLessThanOrEqual(br.body.length);
    expect(again.headers.etag).toBe(br.headers.etag);
  });

  it('small files and images are sent as they are', async () => {
    const tiny = await send(`${web.url}/js/tiny.5b6c7d8e.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString('utf8')).toBe('console.log(1)');
    expect(tiny.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const png = await send(`${web.url}/static/logo.png`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.length).toBe(4096);
    // No hash in its name: it may change under the same name, so it is checked again.
    expect(png.headers['cache-control']).toBe('no-cache');
  });

  it('an unchanged index.html is answered 304 on revalidation, and a rebuilt one is sent anew', async () => {
    const first = await send(`${web.url}/`, { headers: { 'accept-encoding': 'br' } });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const revalidated = await send(`${web.url}/`, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers['cache-control']).toBe('no-cache');
    // The gzip form has its own tag: a cache never swaps one coding for another.
    const otherCoding = await send(`${web.url}/`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(otherCoding.status).toBe(200);
    expect(otherCoding.headers['content-encoding']).toBe('gzip');

    const rebuilt = indexHtml.replace('app.3f2a9c1d.js', 'app.9e8d7c6b.js');
    fs.writeFileSync(path.join(dir, 'index.html'), rebuilt);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'index.html'), later, later);
    const fresh = await send(`${web.url}/`, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(fresh.status).toBe(200);
    expect(decode(fresh)).toBe(rebuilt);
    expect(fresh.headers.etag).not.toBe(etag);
  });

  it('HEAD gives the compressed length and no body', async () => {
    // gzip has one form only, so the two answers carry the same bytes.
    const get = await send(`${web.url}/js/app.3f2a9c1d.js`, { headers: { 'accept-encoding': 'gzip' } });
    const head = await send(`${web.url}/js/app.3f2a9c1d.js`, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.headers['content-length']).toBe(String(get.body.length));
    expect(head.body.length).toBe(0);
  });
});

describe('the web build kept in memory', () => {
  it('lets go of files a rebuild removed, so the new build is still kept and compressed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-h5-rebuilt-'));
    const script = (n: number) => `/* build ${n} */\n${Array.from({ length: 300 }, (_, i) => `export const card${i} = "足疗技师${i}·${n}";`).join('\n')}`;
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>紫阳务工通</title>');
    fs.mkdirSync(path.join(dir, 'js'));
    fs.writeFileSync(path.join(dir, 'js', 'app.11111111.js'), script(1));
    // Room for one build's bundle and its index.html, not two bundles.
    const files = new StaticFiles(dir, Buffer.byteLength(script(1)) + 1024);
    const server = createServer((req, res) => void files.serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const first = await send(`${base}/js/app.11111111.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(first.headers['content-encoding']).toBe('gzip');
      expect(decode(first)).toBe(script(1));

      // The next build: a new name, the old file gone.
      fs.rmSync(path.join(dir, 'js', 'app.11111111.js'));
      fs.writeFileSync(path.join(dir, 'js', 'app.22222222.js'), script(2));
      const gone = await send(`${base}/js/app.11111111.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(gone.status).toBe(404);
      const next = await send(`${base}/js/app.22222222.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(next.status).toBe(200);
      expect(next.headers['content-encoding']).toBe('gzip');
      expect(decode(next)).toBe(script(2));
      expect(next.headers['content-length']).toBe(String(next.body.length));
    } finally {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file past the memory budget is still served, as it is', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-h5-large-'));
    const big = 'console.log("紫阳");\n'.repeat(2000);
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>紫阳务工通</title>');
    fs.mkdirSync(path.join(dir, 'js'));
    fs.writeFileSync(path.join(dir, 'js', 'big.33333333.js'), big);
    const files = new StaticFiles(dir, 1024);
    const server = createServer((req, res) => void files.serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const answer = await send(`${base}/js/big.33333333.js`, { headers: { 'accept-encoding': 'br' } });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.body.toString('utf8')).toBe(big);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
