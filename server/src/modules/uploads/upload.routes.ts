import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { SessionService } from '../accounts/session.service';
import type { Viewer } from '../accounts/viewer';
import { readSingleFile, UploadRefused } from './multipart';
import type { UploadService } from './upload.service';

/** Where uploads are sent and fetched. */
export const UPLOADS_PATH = '/uploads';
const ONE = /^\/uploads\/([A-Za-z0-9_-]{1,16})$/;

/** The path an upload is served at (`Organization.licenceImageUrl`). */
export function uploadPath(id: string): string {
  return `${UPLOADS_PATH}/${id}`;
}

/** Whether the request is for the uploads routes (the collection or one upload). */
export function isUploadsPath(pathname: string): boolean {
  return pathname === UPLOADS_PATH || pathname.startsWith(`${UPLOADS_PATH}/`);
}

// An image is never a document: it may run, load and frame nothing, and is never cached by
// anything between us and the one person allowed to see it.
const IMAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
  'referrer-policy': 'no-referrer',
  'cache-control': 'private, no-store',
  'content-disposition': 'inline',
  'cross-origin-resource-policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'", 'cache-control': 'no-store', ...extra });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): void {
  send(res, status, { errors: [{ message, extensions: { code } }] }, extra);
}

/**
 * `POST /uploads` (multipart/form-data, one image in the field `file`, signed in with the same
 * `Authorization: Bearer` token as /graphql) answers `{ "id": "…" }`; `GET /uploads/<id>`
 * answers the image to those allowed to see it (see `UploadService.maySee`). Anonymous
 * requests get 401, others' images 403, unknown ids 404.
 */
export async function handleUploads(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  deps: { sessions: SessionService; uploads: UploadService; maxBytes: number },
): Promise<void> {
  const drain = () => req.resume();
  let viewer: Viewer | null = null;
  if (req.headers.authorization) {
    try {
      viewer = await deps.sessions.authenticate(req.headers.authorization);
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      drain();
      return refuse(res, 401, 'UNAUTHENTICATED', e.message, { 'www-authenticate': 'Bearer' });
    }
  }
  if (!viewer) {
    drain();
    return refuse(res, 401, 'UNAUTHENTICATED', '请先登录', { 'www-authenticate': 'Bearer' });
  }
  if (pathname === UPLOADS_PATH) {
    if (req.method !== 'POST') {
      drain();
      return refuse(res, 405, 'METHOD_NOT_ALLOWED', '上传请用 POST', { allow: 'POST' });
    }
    try {
      const file = await readSingleFile(req, deps.maxBytes);
      const { id } = await deps.uploads.accept(viewer, file);
      return send(res, 201, { id });
    } catch (e) {
      if (!(e instanceof UploadRefused)) throw e;
      refuse(res, e.status, e.code, e.message, e.cut ? { connection: 'close' } : {});
      if (e.cut) res.on('finish', () => req.destroy());
      return;
    }
  }
  const m = ONE.exec(pathname);
  drain();
  if (!m) return refuse(res, 404, 'NOT_FOUND', '没有找到这张图片');
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '图片只能读取', { allow: 'GET, HEAD' });
  const found = await deps.uploads.read(viewer, m[1]);
  if (found === 'FORBIDDEN') return refuse(res, 403, 'FORBIDDEN', '只有这个机构的成员和县人社局可以看这张图片');
  if (!found) return refuse(res, 404, 'NOT_FOUND', '没有找到这张图片');
  res.writeHead(200, { ...IMAGE_HEADERS, 'content-type': found.contentType, 'content-length': String(found.bytes.length) });
  res.end(req.method === 'HEAD' ? undefined : found.bytes);
}
