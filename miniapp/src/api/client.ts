import Taro from '@tarojs/taro';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { keyForSubmission, submissionAnswered } from './idempotency';
import { printDocument } from './print-document';
import { forgetSessionToken, sessionToken } from './session-token';
import { UserErrorsError } from './user-errors';

/**
 * Why a request failed, in the few kinds the villager needs told apart. The screen shows
 * `ApiError.message` (plain Chinese); the kind decides whether retrying can help.
 */
export type ApiErrorKind = 'offline' | 'timeout' | 'server' | 'input' | 'signedOut' | 'forbidden' | 'rateLimited' | 'unknown';

const MESSAGES: Record<ApiErrorKind, string> = {
  offline: '网络没有连上，请检查手机信号或无线网后再试。',
  timeout: '网络太慢，等了很久也没有回应，请稍后再试。',
  server: '服务器暂时出了点问题，请稍后再试。',
  input: '输入的内容有误，请改一改再试。',
  signedOut: '登录已过期，请重新登录。',
  forbidden: '没有权限做这件事。',
  rateLimited: '操作太频繁，请稍后再试。',
  unknown: '出了点问题，请稍后再试。',
};

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    /** Technical detail for logs only; never shown. */
    readonly detail = '',
    /** A more precise sentence than the kind's own, e.g. how long to wait. */
    message?: string,
  ) {
    super(message ?? MESSAGES[kind]);
    this.name = 'ApiError';
  }
}

/** The plain Chinese sentence to show for any thrown value. */
export function messageFor(error: unknown): string {
  return error instanceof ApiError || error instanceof UserErrorsError ? error.message : MESSAGES.unknown;
}

export interface ClientOptions {
  /** Full URL of the GraphQL endpoint. */
  url: string;
  /** Per attempt, in ms. Mountain networks are slow, so this is generous. */
  timeoutMs: number;
  /** Pause before a creating mutation is sent again after no answer, in ms. */
  retryDelayMs: number;
}

function defaultUrl(): string {
  const configured = process.env.TARO_APP_API_URL;
  if (configured) return configured;
  // The H5 build is served by the API server itself.
  if (process.env.TARO_ENV === 'h5') return '/graphql';
  // WeChat needs an absolute address; this one suits DevTools against a local server.
  return 'http://127.0.0.1:4000/graphql';
}

const options: ClientOptions = { url: defaultUrl(), timeoutMs: 12000, retryDelayMs: 1000 };

/** The GraphQL endpoint's URL; other routes of the API (uploads) sit beside it. */
export function apiEndpoint(): string {
  return options.url;
}

/** Tests and the debug page point the client elsewhere or shorten its timeout. */
export function configureClient(next: Partial<ClientOptions>): void {
  Object.assign(options, next);
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

interface RawResponse {
  statusCode: number;
  data: unknown;
}

function send(payload: object, token: string | null): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    // Our own clock, so a timeout reads the same on every platform (H5 reports an abort,
    // WeChat a "timeout" errMsg); the platform's own timeout is a little later as a backstop.
    const timer = setTimeout(() => settle(() => reject(new ApiError('timeout', 'client timeout'))), options.timeoutMs);
    // wx.request calls `success` for every HTTP status, so the status is checked later;
    // `fail` means the request never got an answer (no network, refused, aborted).
    const task = Taro.request({
      url: options.url,
      method: 'POST',
      // An object, not a string: both platforms serialize it as JSON for this content type.
      data: payload,
      header: token ? { 'content-type': 'application/json', authorization: `Bearer ${token}` } : { 'content-type': 'application/json' },
      dataType: 'json',
      timeout: options.timeoutMs + 1000,
      success: (res) => settle(() => resolve({ statusCode: res.statusCode, data: res.data })),
      fail: (err: { errMsg?: string; message?: string }) => {
        const text = String(err?.errMsg ?? err?.message ?? '');
        settle(() => reject(new ApiError(/time ?out/i.test(text) ? 'timeout' : 'offline', text)));
      },
    }) as unknown;
    // On H5 the returned promise also rejects; `fail` has handled it already.
    if (task && typeof (task as Promise<unknown>).catch === 'function') (task as Promise<unknown>).catch(() => undefined);
  });
}

function parseBody<T>(raw: unknown): GraphQLResponse<T> | null {
  if (raw && typeof raw === 'object') return raw as GraphQLResponse<T>;
  if (typeof raw === 'string') {
    try {
      return JSON.parse(raw) as GraphQLResponse<T>;
    } catch {
      return null;
    }
  }
  return null;
}

function errorFromErrors(errors: NonNullable<GraphQLResponse<unknown>['errors']>): ApiError {
  const codes = errors.map((e) => e.extensions?.code ?? '');
  const detail = errors.map((e) => e.message ?? '').join('; ');
  if (codes.includes('UNAUTHENTICATED')) return new ApiError('signedOut', detail);
  if (codes.includes('FORBIDDEN')) return new ApiError('forbidden', detail);
  if (codes.includes('RATE_LIMITED')) {
    const wait = Number(errors.find((e) => e.extensions?.code === 'RATE_LIMITED')?.extensions?.retryAfterSeconds);
    const message = Number.isInteger(wait) && wait > 0 && wait <= 3600 ? `操作太频繁，请${wait}秒后再试。` : undefined;
    return new ApiError('rateLimited', detail, message);
  }
  if (codes.includes('BAD_USER_INPUT') || codes.includes('GRAPHQL_VALIDATION_FAILED')) {
    return new ApiError('input', detail);
  }
  return new ApiError('server', detail);
}

async function attempt<T>(payload: object, token: string | null): Promise<T> {
  const res = await send(payload, token);
  const parsed = parseBody<T>(res.data);
  // A GraphQL error answer may come with 400 or 200; read it before judging the status.
  if (parsed?.errors?.length) throw errorFromErrors(parsed.errors);
  if (res.statusCode < 200 || res.statusCode >= 300) {
    throw new ApiError(res.statusCode === 408 || res.statusCode === 504 ? 'timeout' : 'server', `HTTP ${res.statusCode}`);
  }
  if (!parsed || parsed.data == null) throw new ApiError('server', 'empty response');
  return parsed.data;
}

function retryable(error: unknown): boolean {
  return error instanceof ApiError && (error.kind === 'offline' || error.kind === 'timeout' || error.kind === 'server');
}

export interface QueryOptions {
  /**
   * Send the session token, for queries that depend on who asks (`me`, `myApplications`,
   * `job.myApplication`). Public catalogue queries go without it, so the server may answer
   * them from its shared cache.
   */
  asViewer?: boolean;
}

/** The server refused the token (expired, revoked): forget it, so the app asks to sign in. */
function forgetRefusedToken(error: unknown, token: string | null): void {
  if (token && error instanceof ApiError && error.kind === 'signedOut' && sessionToken() === token) {
    forgetSessionToken('expired');
  }
}

/**
 * Runs a query. Queries are idempotent, so a failure that may be passing (no network, a
 * timeout, a 5xx) is retried once before the villager sees an error. A query sent as the
 * viewer whose token is refused is forgotten and asked again anonymously, so the page still
 * shows (as signed out) rather than an error.
 */
export async function query<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: QueryOptions = {},
): Promise<TData> {
  const payload = { query: printDocument(document), variables };
  const token = options.asViewer ? sessionToken() : null;
  try {
    return await attempt<TData>(payload, token);
  } catch (error) {
    forgetRefusedToken(error, token);
    if (token && error instanceof ApiError && error.kind === 'signedOut') return attempt<TData>(payload, null);
    if (!retryable(error)) throw error;
    return attempt<TData>(payload, token);
  }
}

/** A document that declares `$idempotencyKey` creates something and is safe to send again. */
const TAKES_IDEMPOTENCY_KEY = /\$idempotencyKey\b/;

/** Attempts of a creating mutation per tap: the first and one retry. */
const CREATE_ATTEMPTS = 2;

/**
 * Runs a mutation as the signed-in viewer. Other mutations are never retried: an answer lost
 * on the way back may mean the change was made. (The server makes the villager's own
 * mutations safe to repeat, so the villager can simply tap again.)
 *
 * A creating mutation — its document declares `$idempotencyKey` — is sent with a key for this
 * submission, and sent once more with the same key when no answer came (no network, a
 * timeout, a 5xx): the server creates it at most once. When no attempt got an answer the key
 * is kept, so tapping again on the unchanged form repeats the same submission; once the
 * server has answered (created, or user errors to fix), the next tap gets a new key.
 */
export async function mutate<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const token = sessionToken();
  const query = printDocument(document);
  const given = (variables as { idempotencyKey?: string | null } | null)?.idempotencyKey;
  const creates = TAKES_IDEMPOTENCY_KEY.test(query) && (given === undefined || given === null);
  const submission = creates ? `${query}\n${JSON.stringify(variables)}` : '';
  const payload = creates ? { query, variables: { ...variables, idempotencyKey: keyForSubmission(submission) } } : { query, variables };
  for (let tries = 1; ; tries++) {
    try {
      const data = await attempt<TData>(payload, token);
      if (creates) submissionAnswered(submission);
      return data;
    } catch (error) {
      forgetRefusedToken(error, token);
      if (!creates || tries >= CREATE_ATTEMPTS || !retryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs));
    }
  }
}
