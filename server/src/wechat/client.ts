/**
 * The WeChat server API calls this project makes, over HTTP. The base URL, app id and secret
 * come from configuration and never reach a client.
 */
export type WechatFailure = 'WECHAT_CODE_INVALID' | 'WECHAT_RATE_LIMITED' | 'WECHAT_UNAVAILABLE' | 'WECHAT_NOT_CONFIGURED' | 'WECHAT_USER_BLOCKED';

export class WechatError extends Error {
  constructor(
    readonly code: WechatFailure,
    readonly errcode?: number,
    /** What went wrong, for logs and the outbox's last_error; never shown to a user. */
    readonly detail?: string,
  ) {
    super(`WeChat: ${code}${errcode !== undefined ? ` (${errcode})` : ''}${detail ? `: ${detail}` : ''}`);
  }
}

/** Default limit on one call, body included; WeChat answers in well under a second. */
const DEFAULT_TIMEOUT_MS = 5000;
/** Largest answer read; WeChat's are a few hundred bytes. Counted while reading, not trusted from a header. */
export const MAX_ANSWER_BYTES = 64 * 1024;

/** WeChat openids are 28 characters of this set; unionids 28–29. Room is left for change, not for junk. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** session_key is 16 random bytes in base64 (24 characters). */
const SESSION_KEY_PATTERN = /^[A-Za-z0-9+/=]{1,64}$/;
const ACCESS_TOKEN_PATTERN = /^[A-Za-z0-9_\-.~+/=]{1,1024}$/;

type Answer = Record<string, unknown>;

function unavailable(detail: string, errcode?: number): WechatError {
  return new WechatError('WECHAT_UNAVAILABLE', errcode, detail);
}

/** WeChat's errcode, when the answer carries a non-zero one; a malformed errcode is a bad answer. */
function errcodeOf(body: Answer): number | null {
  const errcode = body.errcode;
  if (errcode === undefined || errcode === 0) return null;
  if (typeof errcode !== 'number' || !Number.isInteger(errcode)) throw unavailable('errcode is not a number');
  return errcode;
}

/** Reads at most `limit` bytes of the body, cancelling the rest: a huge answer costs no more than a small one. */
async function readCapped(res: Response, limit: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > limit) throw unavailable(`answer declares ${declared} bytes`);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw unavailable(`answer longer than ${limit} bytes`);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw unavailable('answer is not UTF-8');
  }
}

/** WeChat's error codes, as the reason the app shows. */
function failureOf(errcode: number): WechatFailure {
  if (errcode === 40029 || errcode === 40163) return 'WECHAT_CODE_INVALID';
  if (errcode === 45011) return 'WECHAT_RATE_LIMITED';
  if (errcode === 40226) return 'WECHAT_USER_BLOCKED';
  return 'WECHAT_UNAVAILABLE';
}

export class WechatClient {
  private token: { value: string; expiresAt: number } | null = null;

  constructor(private readonly config: { apiBase: string; appId: string | null; appSecret: string | null; timeoutMs?: number }) {}

  private credentials(): { appId: string; appSecret: string } {
    if (!this.config.appId || !this.config.appSecret) throw new WechatError('WECHAT_NOT_CONFIGURED');
    return { appId: this.config.appId, appSecret: this.config.appSecret };
  }

  /**
   * One call to WeChat, answering its JSON object or throwing a WechatError: whatever comes
   * back (a redirect, an HTML error page, `null`, an endless or endlessly slow body) ends as
   * WECHAT_UNAVAILABLE within the timeout, so a sign-in never hangs and never becomes a 500.
   */
  private async call(path: string, init: RequestInit = {}): Promise<Answer> {
    const timeoutMs = this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // One deadline for connecting, headers and body alike: a body dripped a byte at a time is as slow as no answer.
    const signal = AbortSignal.timeout(timeoutMs);
    let res: Response;
    try {
      // A redirect is never part of WeChat's API; following one would send the app secret
      // (in the query) wherever it points.
      res = await fetch(`${this.config.apiBase}${path}`, { ...init, redirect: 'manual', signal });
    } catch {
      throw unavailable(signal.aborted ? `no answer within ${timeoutMs} ms` : 'unreachable');
    }
    let text: string;
    try {
      if (res.status >= 300 && res.status < 400) throw unavailable(`redirected (HTTP ${res.status})`);
      if (!res.ok) throw unavailable(`HTTP ${res.status}`);
      text = await readCapped(res, MAX_ANSWER_BYTES);
    } catch (e) {
      await res.body?.cancel().catch(() => undefined);
      if (e instanceof WechatError) throw e;
      throw unavailable(signal.aborted ? `answer not finished within ${timeoutMs} ms` : 'answer broken off');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw unavailable('answer is not JSON');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw unavailable('answer is not a JSON object');
    return body as Answer;
  }

  /** code2session: a `wx.login()` code for the user's openid. */
  async code2session(code: string): Promise<{ openid: string; unionid: string | null }> {
    const { appId, appSecret } = this.credentials();
    const q = new URLSearchParams({ appid: appId, secret: appSecret, js_code: code, grant_type: 'authorization_code' });
    const body = await this.call(`/sns/jscode2session?${q}`);
    const errcode = errcodeOf(body);
    if (errcode !== null) throw new WechatError(failureOf(errcode), errcode);
    // The openid becomes a user's identity and is written to the database and logs: only
    // WeChat's own alphabet, never control characters or markup.
    const { openid, unionid, session_key: sessionKey } = body;
    if (typeof openid !== 'string' || !ID_PATTERN.test(openid)) throw unavailable('openid missing or malformed');
    if (unionid !== undefined && (typeof unionid !== 'string' || !ID_PATTERN.test(unionid))) throw unavailable('unionid malformed');
    if (sessionKey !== undefined && (typeof sessionKey !== 'string' || !SESSION_KEY_PATTERN.test(sessionKey))) throw unavailable('session_key malformed');
    return { openid, unionid: unionid ?? null };
  }

  /**
   * The stable access token: every instance that asks gets the same token, so instances never
   * invalidate each other's (unlike the older /cgi-bin/token).
   */
  private async accessToken(forceRefresh = false): Promise<string> {
    if (!forceRefresh && this.token && this.token.expiresAt > Date.now()) return this.token.value;
    const { appId, appSecret } = this.credentials();
    const body = await this.call('/cgi-bin/stable_token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credential', appid: appId, secret: appSecret, force_refresh: false }),
    });
    const errcode = errcodeOf(body);
    if (errcode !== null) throw unavailable('no access token', errcode);
    const { access_token: value, expires_in: expiresIn } = body;
    if (typeof value !== 'string' || !ACCESS_TOKEN_PATTERN.test(value)) throw unavailable('access_token missing or malformed');
    if (typeof expiresIn !== 'number' || !(expiresIn > 0)) throw unavailable('expires_in missing or malformed');
    // Refresh five minutes early so a token never expires mid-request.
    this.token = { value, expiresAt: Date.now() + (Math.min(expiresIn, 7200) - 300) * 1000 };
    return this.token.value;
  }

  /**
   * Sends one subscribe message. Resolves when WeChat accepted it; throws a WechatError with
   * WeChat's errcode otherwise (the outbox decides whether to retry).
   */
  async sendSubscribeMessage(message: { openid: string; template: string; page: string | null; data: Record<string, string> }): Promise<void> {
    for (const refresh of [false, true]) {
      const token = await this.accessToken(refresh);
      const body = await this.call(`/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          touser: message.openid,
          template_id: message.template,
          ...(message.page ? { page: message.page } : {}),
          data: Object.fromEntries(Object.entries(message.data).map(([k, v]) => [k, { value: v }])),
          miniprogram_state: 'formal',
          lang: 'zh_CN',
        }),
      });
      const errcode = errcodeOf(body);
      if (errcode === 40001 || errcode === 42001) continue;
      if (errcode !== null) throw new WechatError('WECHAT_UNAVAILABLE', errcode);
      return;
    }
    throw new WechatError('WECHAT_UNAVAILABLE', 40001);
  }

  /** getPhoneNumber: the button's code for the user's mainland phone number. */
  async phoneNumber(code: string): Promise<string> {
    for (const refresh of [false, true]) {
      const token = await this.accessToken(refresh);
      const body = await this.call(`/wxa/business/getuserphonenumber?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      const errcode = errcodeOf(body);
      if (errcode === 40001 || errcode === 42001) continue; // stale token: refresh once
      if (errcode !== null) throw new WechatError(failureOf(errcode), errcode);
      const info = body.phone_info;
      const phone = typeof info === 'object' && info !== null ? (info as Answer).purePhoneNumber : undefined;
      // The service checks it is a mainland number; here only that it is digits at all.
      if (typeof phone !== 'string' || !/^\d{1,20}$/.test(phone)) throw unavailable('phone_info missing or malformed');
      return phone;
    }
    throw new WechatError('WECHAT_UNAVAILABLE');
  }
}
