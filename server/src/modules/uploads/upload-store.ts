import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config';

/** Where the bytes of uploads live. Keys are made by the server (`newId`), never by a client. */
export interface UploadStore {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when the store has none under that key. */
  get(key: string): Promise<Buffer | null>;
}

const KEY = /^[A-Za-z0-9_-]{1,64}$/;

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`bad upload key ${JSON.stringify(key)}`);
  return key;
}

/**
 * The default store: files in a folder (UPLOAD_DIR), two levels deep by the key's first
 * characters so no folder grows past a few thousand entries. Written to a temporary name and
 * renamed, so a reader never sees half a file and a crash leaves no partial upload under a key.
 * Every instance must see the same folder (one host, or a shared volume); several hosts use S3.
 */
export class LocalDiskStore implements UploadStore {
  constructor(private readonly dir: string) {}

  private fileOf(key: string): string {
    checkKey(key);
    return path.join(this.dir, key.slice(0, 2), key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.fileOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await fs.writeFile(tmp, bytes, { flag: 'wx', mode: 0o600 });
    await fs.rename(tmp, file);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.fileOf(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
}

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters, `/` kept in paths. */
function encodePath(p: string): string {
  return p.split('/').map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
}

/**
 * The AWS Signature Version 4 headers of one request without a query string (exported for the
 * test that checks it against AWS's published example). `headers` are the ones to sign besides
 * host, x-amz-date and x-amz-content-sha256, which are added here.
 */
export function signV4(
  s: { region: string; accessKeyId: string; secretAccessKey: string; service?: string },
  req: { method: string; url: URL; headers?: Record<string, string>; payloadHash: string; now: Date },
): Record<string, string> {
  const amzDate = req.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { host: req.url.host, 'x-amz-content-sha256': req.payloadHash, 'x-amz-date': amzDate };
  for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v.trim();
  const names = Object.keys(headers).sort();
  const canonical = [req.method, encodePath(req.url.pathname), '', ...names.map((n) => `${n}:${headers[n]}`), '', names.join(';'), req.payloadHash].join('\n');
  const scope = `${day}/${s.region}/${s.service ?? 's3'}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${s.secretAccessKey}`, day), s.region), s.service ?? 's3'), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${s.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}` };
}

/**
 * An S3-compatible bucket (AWS S3, MinIO, Aliyun OSS and Tencent COS in S3 mode), addressed
 * path-style (`<endpoint>/<bucket>/<key>`), which every one of them accepts. Two signed calls
 * are all we need, so they are made over fetch rather than with an SDK of several megabytes.
 */
export class S3Store implements UploadStore {
  constructor(private readonly s: S3Settings, private readonly timeoutMs = 15_000) {}

  private url(key: string): URL {
    return new URL(`${this.s.endpoint}/${this.s.bucket}/uploads/${checkKey(key)}`);
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const url = this.url(key);
    const headers = signV4(this.s, { method: 'PUT', url, headers: { 'content-type': contentType }, payloadHash: sha256(bytes), now: new Date() });
    const { host: _host, ...sent } = headers;
    const res = await fetch(url, { method: 'PUT', headers: sent, body: bytes, signal: AbortSignal.timeout(this.timeoutMs) });
    if (!res.ok) throw new Error(`S3 PUT ${url.pathname} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  }

  async get(key: string): Promise<Buffer | null> {
    const url = this.url(key);
    const headers = signV4(this.s, { method: 'GET', url, payloadHash: sha256(''), now: new Date() });
    const { host: _host, ...sent } = headers;
    const res = await fetch(url, { headers: sent, signal: AbortSignal.timeout(this.timeoutMs) });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`S3 GET ${url.pathname} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    return Buffer.from(await res.arrayBuffer());
  }
}

export function createUploadStore(config: Config['uploads']): UploadStore {
  return config.s3 ? new S3Store(config.s3) : new LocalDiskStore(config.dir);
}
