import type { IncomingMessage } from 'node:http';

/** Why a request to `POST /uploads` was refused before anything was stored. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Close the connection after answering: the client is still sending more than we read. */
    readonly cut = false,
  ) {
    super(message);
  }
}

/** Room for the multipart envelope around the file: boundaries, part headers, a few small fields. */
const ENVELOPE_BYTES = 16 * 1024;

/**
 * A body over the limit is read to its end and thrown away before the 413 goes out (a client
 * still sending when the connection closes sees a reset, not the answer), but only up to this
 * many bytes past the limit: beyond that the connection is cut.
 */
const MAX_DISCARDED_BYTES = 32 * 1024 * 1024;

export interface UploadedFile {
  /** The part's field name (`file`). */
  field: string;
  filename: string;
  bytes: Buffer;
}

function tooLarge(maxBytes: number, cut = false): UploadRefused {
  const mb = maxBytes >= 1024 * 1024 ? `${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new UploadRefused(413, 'PAYLOAD_TOO_LARGE', `图片不能超过 ${mb}，请换一张或拍得小一点`, cut);
}

/**
 * Reads a request body as it streams in, keeping at most `limit` bytes in memory: past it the
 * rest is counted and dropped (or the connection cut), so no client can make the server hold
 * more than one file's worth.
 */
function readBounded(req: IncomingMessage, limit: number, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit + MAX_DISCARDED_BYTES) {
      reject(tooLarge(maxBytes, true));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared > limit;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit + MAX_DISCARDED_BYTES) {
        req.off('data', onData);
        reject(tooLarge(maxBytes, true));
        return;
      }
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
      else if (chunks.length) chunks.length = 0;
    };
    req.on('data', onData);
    req.on('end', () => (over ? reject(tooLarge(maxBytes)) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function boundaryOf(contentType: string): string | null {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : null;
}

function headerValue(headers: string, name: string): string | null {
  for (const line of headers.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0 && line.slice(0, i).trim().toLowerCase() === name) return line.slice(i + 1).trim();
  }
  return null;
}

const malformed = () => new UploadRefused(400, 'BAD_REQUEST', '上传的内容不完整，请重新选择图片再试');

/**
 * The one file of a multipart/form-data request (RFC 7578), at most `maxBytes` long. Other
 * plain fields (WeChat's `formData`) are allowed and ignored; a second file, no file, or a
 * body that is not multipart is refused. The body is bounded while it is read, so parsing the
 * parts afterwards touches nothing bigger than the limit.
 */
export async function readSingleFile(req: IncomingMessage, maxBytes: number): Promise<UploadedFile> {
  const boundary = boundaryOf(String(req.headers['content-type'] ?? ''));
  if (!boundary) {
    // Drain what was sent, so the answer reaches the client.
    req.resume();
    throw new UploadRefused(415, 'UNSUPPORTED_MEDIA_TYPE', '请用 multipart/form-data 上传一张图片（字段名 file）');
  }
  const body = await readBounded(req, maxBytes + ENVELOPE_BYTES, maxBytes);
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  if (at !== 0 && at !== -1 && body.subarray(0, at).toString('latin1').trim() !== '') throw malformed();
  if (at === -1) throw malformed();
  let file: UploadedFile | null = null;
  for (;;) {
    at += delimiter.length;
    // `--` after a delimiter closes the body.
    if (body.toString('latin1', at, at + 2) === '--') break;
    if (body.toString('latin1', at, at + 2) !== '\r\n') throw malformed();
    const headersEnd = body.indexOf('\r\n\r\n', at + 2);
    if (headersEnd === -1 || headersEnd - at > 2048) throw malformed();
    const headers = body.toString('utf8', at + 2, headersEnd);
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd + 4);
    if (next === -1) throw malformed();
    const disposition = headerValue(headers, 'content-disposition') ?? '';
    const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1] ?? '';
    const filename = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1];
    if (filename !== undefined) {
      if (file) throw new UploadRefused(400, 'BAD_REQUEST', '一次只能上传一张图片');
      const bytes = body.subarray(headersEnd + 4, next);
      if (bytes.length > maxBytes) throw tooLarge(maxBytes);
      file = { field: name, filename, bytes };
    }
    at = next + 2;
  }
  if (!file) throw new UploadRefused(400, 'BAD_REQUEST', '没有收到图片：请在字段 file 里放一张图片');
  if (file.bytes.length === 0) throw new UploadRefused(400, 'BAD_REQUEST', '图片是空的，请重新选择');
  return file;
}
