import Taro from '@tarojs/taro';
import { apiEndpoint } from '../../api/client';
import { sessionToken } from '../../api/session-token';

/** Where the API's other routes are: beside /graphql, on the same origin. */
export function apiUrl(path: string): string {
  return apiEndpoint().replace(/\/graphql\/?$/, '') + path;
}

// A photo on a mountain network takes a while; past this, it is not coming and she is told.
const TRANSFER_TIMEOUT_MS = 60_000;

/** Settles as `work` does, or rejects with `message` when it has not settled in time. */
function withTimeout<T>(work: Promise<T>, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), TRANSFER_TIMEOUT_MS);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** On H5 the returned task is also a promise that rejects; `fail` has handled it already. */
function swallow(task: unknown): void {
  if (task && typeof (task as Promise<unknown>).catch === 'function') (task as Promise<unknown>).catch(() => undefined);
}

/** The server's sentence for a refused upload, or ours when it gave none. */
function refusal(statusCode: number, raw: unknown): string {
  try {
    const body = typeof raw === 'string' ? JSON.parse(raw) : raw;
    const message = (body as { errors?: { message?: string }[] })?.errors?.[0]?.message;
    if (message) return message;
  } catch {
    // not JSON: fall through to our own sentence
  }
  if (statusCode === 401) return '请先登录再上传照片';
  if (statusCode === 413) return '照片太大了，请换一张';
  return '照片没有传上去，请再试一次';
}

/**
 * Sends one photo (a path from `Taro.chooseMedia`) to `POST /uploads`, signed in; resolves to
 * the upload's id for the form. `Taro.uploadFile` is WeChat's own uploader and, on H5, a
 * FormData POST of the same shape.
 */
export function uploadPhoto(filePath: string): Promise<string> {
  const token = sessionToken();
  return withTimeout(new Promise((resolve, reject) => {
    const task: unknown = Taro.uploadFile({
      url: apiUrl('/uploads'),
      filePath,
      name: 'file',
      fileName: 'licence.jpg',
      header: token ? { authorization: `Bearer ${token}` } : {},
      success: (res) => {
        if (res.statusCode !== 201) return reject(new Error(refusal(res.statusCode, res.data)));
        try {
          const id = JSON.parse(String(res.data)).id;
          if (typeof id === 'string') return resolve(id);
        } catch {
          // fall through
        }
        reject(new Error(refusal(res.statusCode, null)));
      },
      fail: () => reject(new Error('网络不好，照片没有传上去，请再试一次')),
    } as Parameters<typeof Taro.uploadFile>[0]);
    swallow(task);
  }), '网络不好，照片没有传上去，请再试一次');
}

/**
 * A private image (`Organization.licenceImageUrl`) as a local file to show: the server answers
 * it only to a signed-in member or the bureau, which an `<Image src>` cannot prove, so it is
 * downloaded with the session's token first (on H5 the download is a `blob:` URL).
 */
export function downloadPrivateImage(path: string): Promise<string> {
  const token = sessionToken();
  return withTimeout(new Promise((resolve, reject) => {
    const task: unknown = Taro.downloadFile({
      url: apiUrl(path),
      header: token ? { authorization: `Bearer ${token}` } : {},
      success: (res) => (res.statusCode === 200 ? resolve(res.tempFilePath) : reject(new Error(res.statusCode === 403 ? '没有权限看这张照片' : '照片打不开'))),
      fail: () => reject(new Error('网络不好，照片打不开')),
    } as Parameters<typeof Taro.downloadFile>[0]);
    swallow(task);
  }), '网络不好，照片打不开');
}
