/**
 * The WeChat server API calls this project makes, over HTTP. The base URL, app id and secret
 * come from configuration and never reach a client.
 */
export type WechatFailure = 'WECHAT_CODE_INVALID' | 'WECHAT_RATE_LIMITED' | 'WECHAT_UNAVAILABLE' | 'WECHAT_NOT_CONFIGURED' | 'WECHAT_USER_BLOCKED';

export class WechatError extends Error {
  constructor(
    readonly code: WechatFailure,
    readonly errcode?: number,
  ) {
    super(`WeChat: ${code}${errcode !== undefined ? ` (${errcode})` : ''}`);
  }
}

const TIMEOUT_MS = 5000;

/** WeChat's error codes, as the reason the app shows. */
function failureOf(errcode: number): WechatFailure {
  if (errcode === 40029 || errcode === 40163) return 'WECHAT_CODE_INVALID';
  if (errcode === 45011) return 'WECHAT_RATE_LIMITED';
  if (errcode === 40226) return 'WECHAT_USER_BLOCKED';
  return 'WECHAT_UNAVAILABLE';
}

export class WechatClient {
  private token: { value: string; expiresAt: number } | null = null;

  constructor(private readonly config: { apiBase: string; appId: string | null; appSecret: string | null }) {}

  private credentials(): { appId: string; appSecret: string } {
    if (!this.config.appId || !this.config.appSecret) throw new WechatError('WECHAT_NOT_CONFIGURED');
    return { appId: this.config.appId, appSecret: this.config.appSecret };
  }

  private async call(path: string, init: RequestInit = {}): Promise<any> {
    let res: Response;
    try {
      res = await fetch(`${this.config.apiBase}${path}`, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch {
      throw new WechatError('WECHAT_UNAVAILABLE');
    }
    if (!res.ok) throw new WechatError('WECHAT_UNAVAILABLE');
    try {
      return await res.json();
    } catch {
      throw new WechatError('WECHAT_UNAVAILABLE');
    }
  }

  /** code2session: a `wx.login()` code for the user's openid. */
  async code2session(code: string): Promise<{ openid: string; unionid: string | null }> {
    const { appId, appSecret } = this.credentials();
    const q = new URLSearchParams({ appid: appId, secret: appSecret, js_code: code, grant_type: 'authorization_code' });
    const body = await this.call(`/sns/jscode2session?${q}`);
    if (body.errcode) throw new WechatError(failureOf(body.errcode), body.errcode);
    if (typeof body.openid !== 'string' || body.openid.length === 0 || body.openid.length > 64) throw new WechatError('WECHAT_UNAVAILABLE');
    return { openid: body.openid, unionid: typeof body.unionid === 'string' ? body.unionid : null };
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
    if (body.errcode || typeof body.access_token !== 'string') throw new WechatError('WECHAT_UNAVAILABLE', body.errcode);
    // Refresh five minutes early so a token never expires mid-request.
    this.token = { value: body.access_token, expiresAt: Date.now() + (Number(body.expires_in) - 300) * 1000 };
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
      if (body.errcode === 40001 || body.errcode === 42001) continue;
      if (body.errcode) throw new WechatError('WECHAT_UNAVAILABLE', body.errcode);
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
      if (body.errcode === 40001 || body.errcode === 42001) continue; // stale token: refresh once
      if (body.errcode) throw new WechatError(failureOf(body.errcode), body.errcode);
      const phone = body.phone_info?.purePhoneNumber;
      if (typeof phone !== 'string') throw new WechatError('WECHAT_UNAVAILABLE');
      return phone;
    }
    throw new WechatError('WECHAT_UNAVAILABLE');
  }
}
