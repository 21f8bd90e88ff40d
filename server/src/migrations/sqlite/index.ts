// Migrations for sqlite, in order. Written by `pnpm db:make-migration`.
import { Migration20261130080809_initial } from './Migration20261130080809_initial';

export const sqliteMigrations: { name: string; class: any }[] = [
  { name: 'Migration20261130080809_initial', class: Migration20261130080809_initial },
];
