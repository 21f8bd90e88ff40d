import { ApiError, configureClient, mutate, query } from '../../src/api/client';
import { onSessionTokenChange, saveSessionToken, sessionToken } from '../../src/api/session-token';
import { LogoutMutation } from '../../src/features/account/operations';
import { JobDetailQuery } from '../../src/features/jobs/operations';
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
