import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase } from './orm';

export interface ScratchDatabase {
  /** A DATABASE_URL for it. */
  url: string;
  /** Removes the file, or drops the PostgreSQL database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database with a unique name, for a test suite or a benchmark scenario: a
 * SQLite file in a temporary folder, or a database created on the PostgreSQL server that
 * `adminUrl` reaches (with the right to create databases).
 */
export async function createScratchDatabase(engine: 'sqlite' | 'postgresql', adminUrl?: string, prefix = 'ziyang_scratch'): Promise<ScratchDatabase> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix.replace(/_/g, '-')}-`));
    return { url: `sqlite:${path.join(dir, 'ziyang.sqlite')}`, dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  if (!adminUrl) throw new Error('a PostgreSQL scratch database needs the URL of a server to create it on');
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ driver: 'postgresql', url: adminUrl });
  await admin.knex.raw(`create database ${name}`);
  await admin.close();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    dispose: async () => {
      const a = await openDatabase({ driver: 'postgresql', url: adminUrl });
      await a.knex.raw(`drop database if exists ${name} with (force)`);
      await a.close();
    },
  };
}
