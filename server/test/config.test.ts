import path from 'node:path';
import { loadConfig, packageRoot } from '../src/config';

describe('configuration', () => {
  it('defaults to an embedded SQLite file inside the server package, wherever it is started', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.database).toEqual({ driver: 'sqlite', path: path.join(packageRoot, 'data', 'ziyang.sqlite'), isDefault: true });
    expect(c.migrateOnStart).toBe(true);
    expect(c.seedOnStart).toBe(true);
  });

  it('takes PostgreSQL without migrating or seeding it unless asked', () => {
    const c = loadConfig({ DATABASE_URL: 'postgresql://u@127.0.0.1:5432/ziyang' });
    expect(c.database).toEqual({ driver: 'postgresql', url: 'postgresql://u@127.0.0.1:5432/ziyang' });
    expect(c.migrateOnStart).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'sqlite::memory:' }, 'DATABASE_URL'],
    [{ RESPONSE_CACHE_SECONDS: '-1' }, 'RESPONSE_CACHE_SECONDS'],
    [{ MIGRATE_ON_START: 'yes' }, 'MIGRATE_ON_START'],
  ])('explains a bad value %p', (env, name) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(name);
  });
});
