import { Migration } from '@mikro-orm/migrations';
import { backfillOrganizationNameKeys, normaliseSearchColumns } from '../normalised-text-backfill';

export class Migration20261203093000_organization_name_key extends Migration {

  override async up(): Promise<void> {
    // In order and at once: the key is filled in before the unique index is built over it.
    await this.execute(`alter table "organizations" add column "name_key" text null;`);
    await backfillOrganizationNameKeys(this);
    await this.execute(`alter table "organizations" add constraint "organizations_name_key_unique" unique ("name_key");`);
    await normaliseSearchColumns(this);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organizations" drop constraint "organizations_name_key_unique";`);
    this.addSql(`alter table "organizations" drop column "name_key";`);
  }

}
