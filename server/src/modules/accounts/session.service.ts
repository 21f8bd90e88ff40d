import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { GraphQLError } from 'graphql';
import type { Database } from '../../db/orm';
import type { Viewer } from './viewer';

const ISSUER = 'ziyang-work';

export function unauthenticated(message = '登录已过期，请重新登录'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Session tokens are HS256 JWTs naming a session row. The signature makes them unforgeable;
 * the row makes them revocable (logout), checked on every request.
 */
export class SessionService {
  private readonly key: Uint8Array;

  constructor(
    private readonly db: Database,
    secret: string,
    private readonly ttlDays: number,
    private readonly adminOpenids: Set<string>,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const id = randomBytes(18).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.ttlDays * 86_400_000);
    await this.db.knex('sessions').insert({
      id,
      user_id: userId,
      created_at: this.db.dateParam(now),
      expires_at: this.db.dateParam(expiresAt),
      revoked_at: null,
    });
    const token = await new SignJWT({ sid: id })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The viewer of an `Authorization` header value; throws UNAUTHENTICATED for any bad token. */
  async authenticate(header: string): Promise<Viewer> {
    const m = /^Bearer ([A-Za-z0-9_\-.]{20,2000})$/.exec(header.trim());
    if (!m) throw unauthenticated('登录凭证格式不对，请重新登录');
    let sub: string | undefined;
    let sid: unknown;
    try {
      const { payload } = await jwtVerify(m[1], this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      sub = payload.sub;
      sid = payload.sid;
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) throw unauthenticated('登录已过期，请重新登录');
      throw unauthenticated('登录凭证无效，请重新登录');
    }
    if (typeof sub !== 'string' || typeof sid !== 'string') throw unauthenticated('登录凭证无效，请重新登录');
    const session = await this.db.knex('sessions').where({ id: sid, user_id: sub }).first('expires_at', 'revoked_at');
    if (!session || session.revoked_at !== null || this.db.readDate(session.expires_at) <= new Date()) {
      throw unauthenticated('已退出登录或登录已过期，请重新登录');
    }
    const user = await this.db.knex('users').where('id', sub).first('openid', 'demo_admin');
    if (!user) throw unauthenticated('账号不存在，请重新登录');
    const orgs = await this.db.knex('memberships').where('user_id', sub).pluck('organization_id');
    return {
      userId: sub,
      openid: user.openid,
      sessionId: sid,
      isAdmin: this.adminOpenids.has(user.openid) || this.db.readBool(user.demo_admin),
      orgIds: new Set(orgs as string[]),
    };
  }

  async revoke(sessionId: string, now = new Date()): Promise<void> {
    await this.db.knex('sessions').where('id', sessionId).update({ revoked_at: this.db.dateParam(now) });
  }
}
