import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

/**
 * A stand-in for the parts of WeChat's server API this project calls, over real HTTP on
 * loopback, for tests and local development. It speaks WeChat's wire format and error codes:
 *
 * - `GET /sns/jscode2session`: a code `ok-<openid>` or `ok-<openid>--<anything>` signs in as
 *   `<openid>`, once (a second use of the same code gives 40163, as WeChat does); `rate-limited` gives 45011; `busy` gives -1; anything
 *   else gives 40029 (invalid code). A wrong appid/secret gives 40013 / 40125.
 *   A code `odd-<mode>` gives one of the answers a broken or hijacked upstream might give, so
 *   tests can show each ends as a clean user error (see ODD_ANSWERS): `odd-null`, `odd-array`,
 *   `odd-string`, `odd-html`, `odd-binary`, `odd-huge` (an endless body), `odd-huge-declared`
 *   (a Content-Length of 1 GB), `odd-slow` (no answer at all), `odd-drip` (a byte every
 *   100 ms), `odd-redirect` (a 302 to a code that would sign in), `odd-no-openid`,
 *   `odd-control-openid`, `odd-long-openid`, `odd-bad-unionid`, `odd-bad-session-key`,
 *   `odd-errcode-string`.
 * - `POST /cgi-bin/stable_token`: an access token for the right appid and secret.
 * - `POST /wxa/business/getuserphonenumber`: a code `phone-<11 digits>` gives that number
 *   once; anything else 40029; a bad access token 40001.
 * - `POST /cgi-bin/message/subscribe/send`: records the message (see `sent`); errors on demand.
 */
export interface WechatStandIn {
  url: string;
  appId: string;
  appSecret: string;
  /** Requests received, by path, for assertions. */
  calls: { path: string; query: Record<string, string>; body: unknown }[];
  /** Makes the next N responses fail at the HTTP level (503). */
  failNext(n: number): void;
  /** Makes the next subscribe-message sends answer these WeChat error codes, one each. */
  rejectSends(...errcodes: number[]): void;
  /**
   * Makes every later subscribe-message send wait this long before answering, after it was
   * recorded as delivered: a sender killed meanwhile cannot know that it was.
   */
  delaySends(ms: number): void;
  /** Subscribe messages accepted, in order. */
  sent: { touser: string; template_id: string; page?: string; data: Record<string, { value: string }> }[];
  close(): Promise<void>;
}

/** The `odd-<mode>` codes code2session understands, for tests that go through them all. */
export const ODD_ANSWERS = [
  'null',
  'array',
  'string',
  'html',
  'binary',
  'huge',
  'huge-declared',
  'slow',
  'drip',
  'redirect',
  'no-openid',
  'control-openid',
  'long-openid',
  'bad-unionid',
  'bad-session-key',
  'errcode-string',
] as const;
export type OddAnswer = (typeof ODD_ANSWERS)[number];

export async function startWechatStandIn(options: { appId?: string; appSecret?: string; port?: number } = {}): Promise<WechatStandIn> {
  const appId = options.appId ?? 'wx-stand-in-app';
  const appSecret = options.appSecret ?? 'stand-in-secret';
  const usedCodes = new Set<string>();
  const tokens = new Set<string>();
  const calls: WechatStandIn['calls'] = [];
  let failures = 0;
  const rejections: number[] = [];
  let sendDelayMs = 0;
  const sent: WechatStandIn['sent'] = [];

  const json = (res: http.ServerResponse, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const raw = (res: http.ServerResponse, contentType: string, body: string | Buffer) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const sessionKey = () => randomBytes(16).toString('base64');

  /** Answers code2session as something other than WeChat would; false for an unknown mode. */
  const odd = (mode: string, res: http.ServerResponse, query: Record<string, string>, base: string): boolean => {
    switch (mode as OddAnswer) {
      case 'null':
        raw(res, 'application/json', 'null');
        return true;
      case 'array':
        json(res, [{ openid: 'in-an-array', session_key: sessionKey() }]);
        return true;
      case 'string':
        json(res, 'ok');
        return true;
      case 'html':
        raw(res, 'text/html; charset=utf-8', '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
        return true;
      case 'binary':
        raw(res, 'application/json', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
        return true;
      case 'huge': {
        // A valid-looking start, then padding without end (until the reader hangs up).
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"openid":"huge-answer","pad":"');
        const chunk = 'x'.repeat(64 * 1024);
        let sent = 0;
        const pump = () => {
          while (!res.destroyed && sent < 256 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end('"}');
        };
        pump();
        return true;
      }
      case 'huge-declared':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(1024 * 1024 * 1024) });
        res.write('{"openid":"huge-declared","pad":"');
        return true;
      case 'slow': {
        // Never answers; the connection closes when the caller gives up or the stand-in stops.
        const t = setTimeout(() => json(res, { openid: 'too-late', session_key: sessionKey() }), 120_000);
        res.on('close', () => clearTimeout(t));
        return true;
      }
      case 'drip': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const body = JSON.stringify({ openid: 'dripped', session_key: sessionKey() }) + ' '.repeat(10_000);
        let i = 0;
        const t = setInterval(() => {
          if (i >= body.length) {
            clearInterval(t);
            res.end();
            return;
          }
          res.write(body[i++]);
        }, 100);
        res.on('close', () => clearInterval(t));
        return true;
      }
      case 'redirect': {
        // Followed, this would sign in (and carry the app secret along): the client must not.
        const target = new URL('/sns/jscode2session', base);
        for (const [k, v] of Object.entries(query)) target.searchParams.set(k, v);
        target.searchParams.set('js_code', `ok-redirected--${randomBytes(4).toString('hex')}`);
        res.writeHead(302, { location: target.toString(), 'content-length': 0 }).end();
        return true;
      }
      case 'no-openid':
        json(res, { session_key: sessionKey() });
        return true;
      case 'control-openid':
        json(res, { openid: 'oAbc\u0000\u001b[31mdef\r\nX-Injected: 1', session_key: sessionKey() });
        return true;
      case 'long-openid':
        json(res, { openid: 'o'.repeat(65), session_key: sessionKey() });
        return true;
      case 'bad-unionid':
        json(res, { openid: 'oGoodOpenid_withBadUnionid', unionid: '<script>alert(1)</script>', session_key: sessionKey() });
        return true;
      case 'bad-session-key':
        json(res, { openid: 'oGoodOpenid_withBadKey', session_key: { nested: true } });
        return true;
      case 'errcode-string':
        json(res, { errcode: '40029', errmsg: 'invalid code' });
        return true;
      default:
        return false;
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const query = Object.fromEntries(url.searchParams);
      let body: any = null;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
      } catch {
        body = null;
      }
      calls.push({ path: url.pathname, query, body });
      if (failures > 0) {
        failures -= 1;
        res.writeHead(503).end('Service Unavailable');
        return;
      }
      if (url.pathname === '/sns/jscode2session' && req.method === 'GET') {
        if (query.appid !== appId) return json(res, { errcode: 40013, errmsg: 'invalid appid' });
        if (query.secret !== appSecret) return json(res, { errcode: 40125, errmsg: 'invalid appsecret' });
        if (query.grant_type !== 'authorization_code') return json(res, { errcode: 40002, errmsg: 'invalid grant_type' });
        const code = query.js_code ?? '';
        if (code === 'rate-limited') return json(res, { errcode: 45011, errmsg: 'api minute-quota reach limit mustslower retry next minute' });
        if (code === 'busy') return json(res, { errcode: -1, errmsg: 'system error' });
        if (code.startsWith('odd-') && odd(code.slice(4), res, query, `http://127.0.0.1:${(server.address() as AddressInfo).port}`)) return;
        if (!code.startsWith('ok-') || code.length < 4) return json(res, { errcode: 40029, errmsg: 'invalid code' });
        if (usedCodes.has(code)) return json(res, { errcode: 40163, errmsg: 'code been used' });
        usedCodes.add(code);
        return json(res, { openid: code.slice(3).split('--')[0], session_key: randomBytes(16).toString('base64') });
      }
      if (url.pathname === '/cgi-bin/stable_token' && req.method === 'POST') {
        if (body?.appid !== appId || body?.secret !== appSecret) return json(res, { errcode: 40125, errmsg: 'invalid appsecret' });
        const token = `token-${randomBytes(8).toString('hex')}`;
        tokens.add(token);
        return json(res, { access_token: token, expires_in: 7200 });
      }
      if (url.pathname === '/wxa/business/getuserphonenumber' && req.method === 'POST') {
        if (!tokens.has(query.access_token ?? '')) return json(res, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        const code = String(body?.code ?? '');
        const m = code.match(/^phone-(1\d{10})$/);
        if (!m || usedCodes.has(code)) return json(res, { errcode: 40029, errmsg: 'invalid code' });
        usedCodes.add(code);
        return json(res, { errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: m[1], purePhoneNumber: m[1], countryCode: '86' } });
      }
      if (url.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') {
        if (!tokens.has(query.access_token ?? '')) return json(res, { errcode: 40001, errmsg: 'invalid credential' });
        const reject = rejections.shift();
        if (reject !== undefined) return json(res, { errcode: reject, errmsg: reject === 43101 ? 'user refuse to accept the msg' : 'system error' });
        if (typeof body?.touser !== 'string' || typeof body?.template_id !== 'string' || typeof body?.data !== 'object') return json(res, { errcode: 47003, errmsg: 'argument invalid' });
        sent.push(body);
        if (sendDelayMs > 0) {
          setTimeout(() => json(res, { errcode: 0, errmsg: 'ok' }), sendDelayMs);
          return;
        }
        return json(res, { errcode: 0, errmsg: 'ok' });
      }
      res.writeHead(404).end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    appId,
    appSecret,
    calls,
    failNext(n: number) {
      failures = n;
    },
    rejectSends(...errcodes: number[]) {
      rejections.push(...errcodes);
    },
    delaySends(ms: number) {
      sendDelayMs = ms;
    },
    sent,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** `node dist/wechat/stand-in.js [port]`: run the stand-in on its own for local development. */
if (require.main === module) {
  startWechatStandIn({ port: Number(process.argv[2] ?? 0) }).then((s) => {
    console.log(`WeChat stand-in listening on ${s.url} (appid ${s.appId}, secret ${s.appSecret})`);
  });
}
