// Migrations for sqlite, in order. `pnpm db:make-migration` writes a new file here; add it to the list.
import { Migration20261130080037 } from './Migration20261130080037';

export const sqliteMigrations: { name: string; class: any }[] = [{ name: 'Migration20261130080037', class: Migration20261130080037 }];
