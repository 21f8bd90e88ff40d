/**
 * Writes the next migration for each engine by diffing the entities against a scratch
 * database that has every existing migration applied. Needs a PostgreSQL server
 * (MAKE_MIGRATION_PG_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, migrate } from '../db/orm';

/** Rewrites the folder's index.ts so the new migration is compiled in and runs in order. */
function writeIndex(dir: string, driver: string): void {
  const names = fs
    .readdirSync(dir)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    `// Migrations for ${driver}, in order. Written by \`pnpm db:make-migration\`.`,
    ...names.map((n) => `import { ${n} } from './${n}';`),
    '',
    `export const ${driver}Migrations: { name: string; class: any }[] = [`,
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ];
  fs.writeFileSync(path.join(dir, 'index.ts'), lines.join('\n'));
}

async function main() {
  const pgAdmin = process.env.MAKE_MIGRATION_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const scratch = `ziyang_migration_${process.pid}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-mig-'));
  const targets = [
    { driver: 'sqlite' as const, config: { driver: 'sqlite' as const, path: path.join(tmp, 'x.sqlite'), isDefault: false } },
    { driver: 'postgresql' as const, config: { driver: 'postgresql' as const, url: pgAdmin.replace(/\/[^/]*$/, `/${scratch}`) } },
  ];
  const admin = await openDatabase({ driver: 'postgresql', url: pgAdmin });
  await admin.knex.raw(`create database ${scratch}`);
  try {
    for (const t of targets) {
      const db = await openDatabase(t.config);
      await migrate(db);
      const outDir = path.resolve(__dirname, '..', '..', 'src', 'migrations', t.driver);
      const migrator = db.orm.getMigrator();
      (migrator as any).options.path = outDir;
      (migrator as any).options.pathTs = outDir;
      (migrator as any).options.emit = 'ts';
      const res = await migrator.createMigration(outDir, false, false, process.argv[2] ?? undefined);
      console.log(`${t.driver}: ${res.fileName || '(no changes)'}`);
      writeIndex(outDir, t.driver);
      await db.close();
    }
  } finally {
    await admin.knex.raw(`drop database if exists ${scratch} with (force)`);
    await admin.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
