import { ApiError, configureClient, mutate, query } from '../../src/api/client';
import { onSessionTokenChange, saveSessionToken, sessionToken } from '../../src/api/session-token';
import { LogoutMutation } from '../../src/features/account/operations';
import { JobDetailQuery } from '../../src/features/jobs/operations';
import { PostJobMutation } from '../../src/features/recruiter/operations';
import { ReportPostingMutation } from '../../src/features/trust/operations';
import { newIdempotencyKey } from '../../src/api/idempotency';
import { calls, setRequestHandler, type RequestOptions } from './support/taro-shim';

function answer(...responses: ((o: RequestOptions) => void)[]) {
  let i = 0;
  setRequestHandler((o) => responses[Math.min(i++, responses.length - 1)](o));
}
const ok = (o: RequestOptions) => o.success?.({ statusCode: 200, data: { data: { job: null } }, header: {} });

describe('GraphQL client', () => {
  beforeAll(() => configureClient({ url: 'http://api.test/graphql', timeoutMs: 5000 }));

  it('posts the operation as JSON with a timeout', async () => {
    answer(ok);
    await expect(query(JobDetailQuery, { id: 'x' })).resolves.toEqual({ job: null });
    const sent = calls.requests[0];
    expect(sent.method).toBe('POST');
    expect(sent.header).toEqual({ 'content-type': 'application/json' });
    expect(sent.data).toEqual({ query: expect.stringContaining('query JobDetail($id: ID!)'), variables: { id: 'x' } });
  });

  it('retries a query once after a network failure', async () => {
    answer((o) => o.fail?.({ errMsg: 'request:fail' }), ok);
    await expect(query(JobDetailQuery, { id: 'x' })).resolves.toEqual({ job: null });
    expect(calls.requests).toHaveLength(2);
  });

  it('gives up after the retry with a plain Chinese message', async () => {
    answer((o) => o.fail?.({ errMsg: 'request:fail timeout' }));
    const err = await query(JobDetailQuery, { id: 'x' }).catch((e: ApiError) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe('timeout');
    expect((err as ApiError).message).toBe('网络太慢，等了很久也没有回应，请稍后再试。');
    expect(calls.requests).toHaveLength(2);
  });

  it('treats an HTTP error status as a server problem, whatever the body', async () => {
    answer((o) => o.success?.({ statusCode: 502, data: '<html>Bad Gateway</html>', header: {} }));
    const err = (await query(JobDetailQuery, { id: 'x' }).catch((e) => e)) as ApiError;
    expect(err.kind).toBe('server');
    expect(err.message).toBe('服务器暂时出了点问题，请稍后再试。');
  });

  it('reads GraphQL errors from a 200 answer and never shows their text', async () => {
    answer((o) => o.success?.({ statusCode: 200, data: { errors: [{ message: 'SQLITE_BUSY: database is locked' }] }, header: {} }));
    const err = (await query(JobDetailQuery, { id: 'x' }).catch((e) => e)) as ApiError;
    expect(err.message).not.toMatch(/SQLITE/);
    expect(err.detail).toMatch(/SQLITE/);
  });

  it('times out by itself when no answer comes', async () => {
    configureClient({ timeoutMs: 50 });
    try {
      answer(() => undefined);
      const err = (await query(JobDetailQuery, { id: 'x' }).catch((e) => e)) as ApiError;
      expect(err.kind).toBe('timeout');
      expect(calls.requests).toHaveLength(2);
    } finally {
      configureClient({ timeoutMs: 5000 });
    }
  });

  it('does not retry bad input, and says so plainly', async () => {
    answer((o) => o.success?.({ statusCode: 400, data: { errors: [{ message: 'keyword too long', extensions: { code: 'BAD_USER_INPUT' } }] }, header: {} }));
    const err = (await query(JobDetailQuery, { id: 'x' }).catch((e) => e)) as ApiError;
    expect(err.kind).toBe('input');
    expect(err.message).toBe('输入的内容有误，请改一改再试。');
    expect(calls.requests).toHaveLength(1);
  });

  it('copes with a body that is not JSON', async () => {
    answer((o) => o.success?.({ statusCode: 200, data: 'not json', header: {} }));
    const err = (await query(JobDetailQuery, { id: 'x' }).catch((e) => e)) as ApiError;
    expect(err.kind).toBe('server');
  });

  it('sends the session token only when asked, as a Bearer header', async () => {
    saveSessionToken('abc.def.ghi', null);
    answer(ok);
    await query(JobDetailQuery, { id: 'x' });
    await query(JobDetailQuery, { id: 'x' }, { asViewer: true });
    expect(calls.requests[0].header).toEqual({ 'content-type': 'application/json' });
    expect(calls.requests[1].header).toEqual({ 'content-type': 'application/json', authorization: 'Bearer abc.def.ghi' });
  });

  it('a refused token is forgotten, listeners hear why, and the query is asked again without it', async () => {
    saveSessionToken('stale.token.here', null);
    const reasons: unknown[] = [];
    const stop = onSessionTokenChange((r) => reasons.push(r));
    answer((o) => o.success?.({ statusCode: 401, data: { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }, header: {} }), ok);
    await expect(query(JobDetailQuery, { id: 'x' }, { asViewer: true })).resolves.toEqual({ job: null });
    stop();
    expect(sessionToken()).toBeNull();
    expect(reasons).toEqual(['expired']);
    expect(calls.requests[1].header).toEqual({ 'content-type': 'application/json' });
  });

  it('a mutation is sent once, and a refused token ends the session with a plain message', async () => {
    saveSessionToken('stale.token.here', null);
    answer((o) => o.success?.({ statusCode: 401, data: { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }, header: {} }));
    const err = (await mutate(LogoutMutation, {}).catch((e) => e)) as ApiError;
    expect(err.kind).toBe('signedOut');
    expect(err.message).toBe('登录已过期，请重新登录。');
    expect(calls.requests).toHaveLength(1);
    expect(sessionToken()).toBeNull();
  });

  it('a mutation lost on the network is not sent twice', async () => {
    answer((o) => o.fail?.({ errMsg: 'request:fail' }));
    const err = (await mutate(LogoutMutation, {}).catch((e) => e)) as ApiError;
    expect(err.kind).toBe('offline');
    expect(calls.requests).toHaveLength(1);
  });

  it.each([
    ['RATE_LIMITED', { retryAfterSeconds: 42 }, 'rateLimited', '操作太频繁，请42秒后再试。'],
    ['RATE_LIMITED', {}, 'rateLimited', '操作太频繁，请稍后再试。'],
    ['FORBIDDEN', {}, 'forbidden', '没有权限做这件事。'],
  ])('%s answers say so plainly', async (code, extra, kind, message) => {
    answer((o) => o.success?.({ statusCode: 429, data: { errors: [{ message: 'x', extensions: { code, ...extra } }] }, header: {} }));
    const err = (await mutate(LogoutMutation, {}).catch((e) => e)) as ApiError;
    expect(err.kind).toBe(kind);
    expect(err.message).toBe(message);
  });
});

describe('creating mutations are safe to retry (idempotencyKey)', () => {
  beforeAll(() => configureClient({ url: 'http://api.test/graphql', timeoutMs: 5000, retryDelayMs: 0 }));
  afterAll(() => configureClient({ retryDelayMs: 1000 }));

  const KEY_SHAPE = /^[A-Za-z0-9_-]{8,64}$/;
  const lost = (o: RequestOptions) => o.fail?.({ errMsg: 'request:fail' });
  const created = (o: RequestOptions) => o.success?.({ statusCode: 200, data: { data: { reportPosting: { report: { id: 'r1', status: 'OPEN' }, userErrors: [] } } }, header: {} });
  const refused = (o: RequestOptions) =>
    o.success?.({ statusCode: 200, data: { data: { reportPosting: { report: null, userErrors: [{ field: 'reason', message: '举报理由至少 4 个字', code: 'TOO_SHORT' }] } } }, header: {} });
  const keysSent = () => calls.requests.map((r) => (r.data as { variables: { idempotencyKey?: string } }).variables.idempotencyKey);
  const report = (reason = '电话里让先交押金') => mutate(ReportPostingMutation, { kind: 'JOB', id: 'job-1', reason });

  it('sends a key with the submission, and the same key once more when the answer is lost', async () => {
    answer(lost, created);
    await expect(report()).resolves.toEqual({ reportPosting: { report: { id: 'r1', status: 'OPEN' }, userErrors: [] } });
    const [first, retry] = keysSent();
    expect(first).toMatch(KEY_SHAPE);
    expect(retry).toBe(first);
    expect(calls.requests).toHaveLength(2);
  });

  it('keeps the key when no attempt got an answer, so tapping 发布 again repeats the same submission', async () => {
    answer(lost);
    const err = (await report('第二次举报的理由').catch((e) => e)) as ApiError;
    expect(err.kind).toBe('offline');
    expect(calls.requests).toHaveLength(2);
    answer(created);
    await report('第二次举报的理由');
    const keys = keysSent();
    expect(new Set(keys).size).toBe(1);
    // Answered: the next tap is a new submission.
    await report('第二次举报的理由');
    expect(keysSent()[3]).not.toBe(keys[0]);
  });

  it('a new key after user errors, and for a changed form', async () => {
    answer(refused);
    await report('第三次');
    answer(created);
    await report('第三次');
    const [afterError, next] = keysSent();
    expect(next).not.toBe(afterError);
    answer(lost);
    await report('第四次举报理由').catch(() => undefined);
    answer(created);
    await report('改过的第四次举报理由');
    expect(keysSent()[4]).not.toBe(keysSent()[3]);
  });

  it('does not retry a refusal that the same request would get again (a rate limit)', async () => {
    answer((o) => o.success?.({ statusCode: 429, data: { errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED' } }] }, header: {} }));
    expect(((await report('第五次举报理由').catch((e) => e)) as ApiError).kind).toBe('rateLimited');
    expect(calls.requests).toHaveLength(1);
  });

  it('sends the key the caller chose as it is, and other mutations without one', async () => {
    answer((o) => o.success?.({ statusCode: 200, data: { data: { postJob: { job: null, userErrors: [] }, logout: true } }, header: {} }));
    await mutate(PostJobMutation, { organizationId: 'e1', input: {} as never, idempotencyKey: 'chosen-by-caller' });
    await mutate(LogoutMutation, {});
    expect(keysSent()).toEqual(['chosen-by-caller', undefined]);
  });

  it('makes keys of the shape the server accepts, with crypto (H5) and without it (WeChat)', () => {
    const fromCrypto = jest.spyOn(globalThis.crypto, 'getRandomValues');
    const withCrypto = Array.from({ length: 50 }, newIdempotencyKey);
    expect(fromCrypto).toHaveBeenCalledTimes(50);
    fromCrypto.mockRestore();
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    // WeChat's runtime has no `crypto` global.
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true, writable: true });
    const random = jest.spyOn(Math, 'random');
    let withoutCrypto: string[];
    try {
      withoutCrypto = Array.from({ length: 50 }, newIdempotencyKey);
      expect(random).toHaveBeenCalled();
    } finally {
      random.mockRestore();
      if (saved) Object.defineProperty(globalThis, 'crypto', saved);
      else delete (globalThis as { crypto?: unknown }).crypto;
    }
    for (const k of [...withCrypto, ...withoutCrypto]) expect(k).toMatch(KEY_SHAPE);
    expect(new Set([...withCrypto, ...withoutCrypto]).size).toBe(100);
  });
});
