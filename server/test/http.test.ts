import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { engines, startOn, startTestServer } from './harness';
import { insertJob } from './builders';

describe.each(engines)('HTTP behaviour on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    s = await startTestServer(engine);
  });
  afterAll(() => s?.dispose());

  it('answers /healthz with the database state', async () => {
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('serves a repeated anonymous query from the cache, and never a signed-in one', async () => {
    const q = `{ jobs(first: 3, filter: { keyword: "修脚" }) { totalCount edges { node { id } } } }`;
    const before = s.cache.size;
    const first = await s.gql(q);
    expect(s.cache.size).toBe(before + 1);
    const second = await s.gql(q);
    expect(second.raw).toBe(first.raw);
    expect(s.cache.size).toBe(before + 1);
    await s.gql(`{ jobs(first: 4) { totalCount } }`, undefined, { headers: { authorization: 'Bearer x' } });
    expect(s.cache.size).toBe(before + 1);
    const failed = await s.gql(`{ jobs(first: 99) { totalCount } }`);
    expect(failed.errors).toBeDefined();
    expect(s.cache.size).toBe(before + 1);
  });

  it('compresses large responses for clients that accept gzip', async () => {
    const body = JSON.stringify({ query: '{ jobs(first: 20) { edges { node { id title description } } } }' });
    const raw = await new Promise<{ headers: Record<string, unknown>; data: Buffer }>((resolve, reject) => {
      const req = request(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, data: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    const json = JSON.parse(gunzipSync(raw.data).toString('utf8'));
    expect(json.data.jobs.edges).toHaveLength(20);
  });

  it('a write on one instance is seen by another instance sharing the database', async () => {
    const other = await startOn(s.databaseUrl, engine, { SEED_ON_START: 'false' });
    try {
      const q = `{ jobs(first: 1) { totalCount edges { node { id } } } }`;
      const before = (await other.gql(q)).data.jobs;
      // Warm the other instance's cache, then write through the first instance.
      expect((await other.gql(q)).data.jobs).toEqual(before);
      const job = await insertJob(s, { publishedAt: new Date(Date.now() + 5000) });
      // The other instance re-reads the catalogue version at most once a second.
      await new Promise((r) => setTimeout(r, 1100));
      const after = (await other.gql(q)).data.jobs;
      expect(after.totalCount).toBe(before.totalCount + 1);
      expect(after.edges[0].node.id).toBe(job.id);
    } finally {
      await other.close();
    }
  });

  it('serves the web build at / with an index fallback, and nothing outside it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-h5-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>紫阳务工通</title>');
    fs.mkdirSync(path.join(dir, 'js'));
    fs.writeFileSync(path.join(dir, 'js', 'app.js'), 'console.log(1)');
    const web = await startOn(s.databaseUrl, engine, { SEED_ON_START: 'false', H5_DIR: dir });
    try {
      const index = await fetch(`${web.url}/`);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('紫阳务工通');
      const js = await fetch(`${web.url}/js/app.js`);
      expect(js.headers.get('content-type')).toContain('javascript');
      expect((await fetch(`${web.url}/pages/jobs/index`)).status).toBe(200);
      expect((await fetch(`${web.url}/missing.js`)).status).toBe(404);
      const traversal = await fetch(`${web.url}/..%2f..%2f..%2fetc%2fpasswd`);
      expect(await traversal.text()).not.toContain('root:');
    } finally {
      await web.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
