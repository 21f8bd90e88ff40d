import { GraphQLError } from 'graphql';
import { createTestDatabase, engines } from './harness';
import { migrate, openDatabase, type Database } from '../src/db/orm';
import { hitRateLimit } from '../src/modules/common/rate-limit';

/**
 * The rate limiter against a real database with a clock the test controls: the limit holds
 * over every 60 seconds, not per clock minute, and across concurrent callers.
 */
describe.each(engines)('sliding-window rate limit on %s', (engine) => {
  let db: Database;
  let dispose: () => Promise<void>;
  const T0 = Date.UTC(2026, 11, 3, 8, 0, 0);
  let n = 0;
  const freshKey = () => `test:${engine}:${n++}`;

  beforeAll(async () => {
    const made = await createTestDatabase(engine);
    dispose = made.dispose;
    db = await openDatabase(engine === 'sqlite' ? { driver: 'sqlite', path: made.url.replace(/^sqlite:/, ''), isDefault: false } : { driver: 'postgresql', url: made.url });
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
    await dispose?.();
  });

  /** Accepted, or the retry-after seconds of the refusal. */
  const hit = async (key: string, limit: number, at: number, weight = 1): Promise<true | number> => {
    try {
      await hitRateLimit(db, key, limit, weight, at);
      return true;
    } catch (e) {
      expect(e).toBeInstanceOf(GraphQLError);
      expect((e as GraphQLError).extensions.code).toBe('RATE_LIMITED');
      return (e as GraphQLError).extensions.retryAfterSeconds as number;
    }
  };

  it('never lets more than the limit through in any 60 s, across a minute boundary', async () => {
    const key = freshKey();
    // Three at the end of one clock minute …
    for (let i = 0; i < 3; i++) expect(await hit(key, 3, T0 + 59_000 + i)).toBe(true);
    // … and none at the start of the next: a fixed window would have let three more in.
    expect(await hit(key, 3, T0 + 61_000)).toBe(58);
    expect(await hit(key, 3, T0 + 118_999)).toBe(1);
    // Once the first has aged out there is room for exactly one.
    expect(await hit(key, 3, T0 + 119_000)).toBe(true);
    expect(await hit(key, 3, T0 + 119_000)).not.toBe(true);
  });

  it('counts a request by its weight, and refuses one heavier than the limit outright', async () => {
    const key = freshKey();
    expect(await hit(key, 5, T0, 3)).toBe(true);
    expect(await hit(key, 5, T0 + 1000, 3)).toBe(59);
    expect(await hit(key, 5, T0 + 1000, 2)).toBe(true);
    expect(await hit(freshKey(), 2, T0, 30)).toBe(60);
  });

  it('does not count refused requests, so a refused client gets back in on time', async () => {
    const key = freshKey();
    expect(await hit(key, 1, T0)).toBe(true);
    for (let i = 1; i <= 20; i++) expect(await hit(key, 1, T0 + i * 1000)).not.toBe(true);
    expect(await hit(key, 1, T0 + 60_001)).toBe(true);
  });

  it('accepts exactly the limit from 40 concurrent callers', async () => {
    const key = freshKey();
    const results = await Promise.all(Array.from({ length: 40 }, () => hit(key, 7, T0 + 500)));
    expect(results.filter((r) => r === true)).toHaveLength(7);
  });

  it('keeps keys apart', async () => {
    const a = freshKey();
    const b = freshKey();
    expect(await hit(a, 1, T0)).toBe(true);
    expect(await hit(b, 1, T0)).toBe(true);
    expect(await hit(a, 1, T0)).not.toBe(true);
  });
});
