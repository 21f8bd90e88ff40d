// Migrations for postgresql, in order. Written by `pnpm db:make-migration`.
import { Migration20261130082347_initial } from './Migration20261130082347_initial';

export const postgresqlMigrations: { name: string; class: any }[] = [
  { name: 'Migration20261130082347_initial', class: Migration20261130082347_initial },
];
