// Migrations for sqlite, in order. Written by `pnpm db:make-migration`.
import { Migration20261130082347_initial } from './Migration20261130082347_initial';
import { Migration20261130082601_accounts } from './Migration20261130082601_accounts';
import { Migration20261130084800_consoles } from './Migration20261130084800_consoles';
import { Migration20261203090000_rate_hits } from './Migration20261203090000_rate_hits';
import { Migration20261203093000_organization_name_key } from './Migration20261203093000_organization_name_key';
import { Migration20261203100000_idempotency_keys } from './Migration20261203100000_idempotency_keys';
import { Migration20261203110000_search_index } from './Migration20261203110000_search_index';
import { Migration20261203120000_agencies_disclosure } from './Migration20261203120000_agencies_disclosure';
import { Migration20261204090000_fee_reports } from './Migration20261204090000_fee_reports';
import { Migration20261205090000_organization_verification } from './Migration20261205090000_organization_verification';
import { Migration20261206090000_saved_searches } from './Migration20261206090000_saved_searches';
import { Migration20261207090000_timed_tasks } from './Migration20261207090000_timed_tasks';
import { Migration20261207100000_reply_deadlines } from './Migration20261207100000_reply_deadlines';
import { Migration20261209090000_on_behalf } from './Migration20261209090000_on_behalf';

export const sqliteMigrations: { name: string; class: any }[] = [
  { name: 'Migration20261130082347_initial', class: Migration20261130082347_initial },
  { name: 'Migration20261130082601_accounts', class: Migration20261130082601_accounts },
  { name: 'Migration20261130084800_consoles', class: Migration20261130084800_consoles },
  { name: 'Migration20261203090000_rate_hits', class: Migration20261203090000_rate_hits },
  { name: 'Migration20261203093000_organization_name_key', class: Migration20261203093000_organization_name_key },
  { name: 'Migration20261203100000_idempotency_keys', class: Migration20261203100000_idempotency_keys },
  { name: 'Migration20261203110000_search_index', class: Migration20261203110000_search_index },
  { name: 'Migration20261203120000_agencies_disclosure', class: Migration20261203120000_agencies_disclosure },
  { name: 'Migration20261204090000_fee_reports', class: Migration20261204090000_fee_reports },
  { name: 'Migration20261205090000_organization_verification', class: Migration20261205090000_organization_verification },
  { name: 'Migration20261206090000_saved_searches', class: Migration20261206090000_saved_searches },
  { name: 'Migration20261207090000_timed_tasks', class: Migration20261207090000_timed_tasks },
  { name: 'Migration20261207100000_reply_deadlines', class: Migration20261207100000_reply_deadlines },
  { name: 'Migration20261209090000_on_behalf', class: Migration20261209090000_on_behalf },
];
