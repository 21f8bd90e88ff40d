import path from 'node:path';
import { assertReadyToServe, loadConfig, packageRoot, sessionSecretWeakness } from '../src/config';

const SECRET = 'test-session-secret-0123456789abcdef';

describe('configuration', () => {
  it('defaults to an embedded SQLite file inside the server package, wherever it is started', () => {
    const c = loadConfig({ SESSION_SECRET: SECRET });
    expect(c.port).toBe(4000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.database).toEqual({ driver: 'sqlite', path: path.join(packageRoot, 'data', 'ziyang.sqlite'), isDefault: true });
    expect(c.migrateOnStart).toBe(true);
  });

  it('defaults to production: no demo data, and no server without a session key', () => {
    const c = loadConfig({});
    expect(c.env).toBe('production');
    expect(c.seedOnStart).toBe(false);
    expect(c.session.secret).toBe('');
    expect(() => assertReadyToServe(c)).toThrow(/SESSION_SECRET: required in production/);
    // The tools (migrate, seed) need no key and still load.
    expect(c.database.driver).toBe('sqlite');
    expect(loadConfig({ SEED_ON_START: 'true' }).seedOnStart).toBe(true);
    expect(() => assertReadyToServe(loadConfig({ SESSION_SECRET: SECRET }))).not.toThrow();
  });

  it('seeds SQLite and signs with a fixed key in development', () => {
    const c = loadConfig({ NODE_ENV: 'development' });
    expect(c.env).toBe('development');
    expect(c.seedOnStart).toBe(true);
    expect(c.session.secret.length).toBeGreaterThanOrEqual(32);
    expect(() => assertReadyToServe(c)).not.toThrow();
    expect(loadConfig({ NODE_ENV: 'development', SEED_ON_START: 'false' }).seedOnStart).toBe(false);
  });

  it('takes PostgreSQL without migrating or seeding it unless asked', () => {
    const c = loadConfig({ DATABASE_URL: 'postgresql://u@127.0.0.1:5432/ziyang', NODE_ENV: 'development' });
    expect(c.database).toEqual({ driver: 'postgresql', url: 'postgresql://u@127.0.0.1:5432/ziyang' });
    expect(c.migrateOnStart).toBe(false);
    expect(c.seedOnStart).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
  });

  it.each([
    ['', { hops: 0 }],
    ['false', { hops: 0 }],
    ['1', { hops: 1 }],
    ['2', { hops: 2 }],
    ['10.0.0.0/8, 2001:db8::/32,  192.0.2.7 ,loopback,private', { networks: ['10.0.0.0/8', '2001:db8::/32', '192.0.2.7', 'loopback', 'private'] }],
  ])('reads TRUST_PROXY=%p', (value, trust) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(trust);
  });

  it.each(['true', 'yes', '11', '10.0.0.0/33', '10.0.0.0/8/1', '300.1.1.1', 'nginx'])('refuses TRUST_PROXY=%p, saying what to write', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: /);
  });

  it.each([
    ['too short', 'Sh0rt-but-mixed!'],
    ['one kind of character', 'abcdefghijklmnopqrstuvwxyzabcdefghij'],
    ['digits only', '01234567890123456789012345678901234'],
    ['one character', 'a'.repeat(48)],
    ['a piece repeated', 'Secret1!'.repeat(5)],
    ['a long piece repeated', 'Abcdefghij0123456789'.repeat(2)],
    ['the public development key', 'development-only-session-secret-not-for-production'],
  ])('refuses a weak SESSION_SECRET (%s) with a message naming it', (_why, secret) => {
    expect(sessionSecretWeakness(secret)).not.toBeNull();
    expect(() => loadConfig({ SESSION_SECRET: secret })).toThrow(/SESSION_SECRET: /);
    expect(() => loadConfig({ SESSION_SECRET: secret, NODE_ENV: 'development' })).toThrow(/SESSION_SECRET: /);
  });

  it.each([
    ['openssl rand -base64 32', 'q3Zk9v0mW8o2Xr7dYtLh1bNcFj5uPsAe4GiTwKxR6yE='],
    ['openssl rand -hex 32', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
    ['a UUID', '3f2c1a9e-7b4d-4e21-9c3a-5d8e0f6b7a12'],
    ['the test key', SECRET],
  ])('accepts a random SESSION_SECRET (%s)', (_how, secret) => {
    expect(sessionSecretWeakness(secret)).toBeNull();
    expect(loadConfig({ SESSION_SECRET: secret }).session.secret).toBe(secret);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'sqlite::memory:' }, 'DATABASE_URL'],
    [{ RESPONSE_CACHE_SECONDS: '-1' }, 'RESPONSE_CACHE_SECONDS'],
    [{ MIGRATE_ON_START: 'yes' }, 'MIGRATE_ON_START'],
    [{ WECHAT_TIMEOUT_MS: '10' }, 'WECHAT_TIMEOUT_MS'],
    [{ WECHAT_TIMEOUT_MS: 'soon' }, 'WECHAT_TIMEOUT_MS'],
    [{ SHUTDOWN_GRACE_MS: '-1' }, 'SHUTDOWN_GRACE_MS'],
    [{ SHUTDOWN_NOT_READY_MS: 'later' }, 'SHUTDOWN_NOT_READY_MS'],
    [{ MAX_CONNECTIONS_PER_ADDRESS: '1.5' }, 'MAX_CONNECTIONS_PER_ADDRESS'],
    [{ MAX_CONNECTIONS: '0' }, 'MAX_CONNECTIONS'],
    [{ HEADERS_TIMEOUT_MS: '10' }, 'HEADERS_TIMEOUT_MS'],
    [{ OUTBOX_LEASE_MS: '5' }, 'OUTBOX_LEASE_MS'],
  ])('explains a bad value %p', (env, name) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(name);
  });

  it('keeps the connection cap below the descriptor limit, and the outbox lease above a WeChat call', () => {
    const c = loadConfig({ WECHAT_TIMEOUT_MS: '20000', OUTBOX_LEASE_MS: '1000' } as NodeJS.ProcessEnv);
    expect(c.outbox.leaseMs).toBeGreaterThan(20_000);
    expect(c.http.maxConnections).toBeGreaterThanOrEqual(64);
    expect(c.http.maxConnectionsPerAddress).toBe(256);
    expect(loadConfig({ MAX_CONNECTIONS: '500', MAX_CONNECTIONS_PER_ADDRESS: '0' } as NodeJS.ProcessEnv).http).toMatchObject({ maxConnections: 500, maxConnectionsPerAddress: 0 });
  });
});
