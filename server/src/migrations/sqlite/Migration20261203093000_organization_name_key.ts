import { Migration } from '@mikro-orm/migrations';
import { backfillOrganizationNameKeys, normaliseSearchColumns } from '../normalised-text-backfill';

export class Migration20261203093000_organization_name_key extends Migration {

  override async up(): Promise<void> {
    // In order and at once: the key is filled in before the unique index is built over it.
    await this.execute(`alter table \`organizations\` add column \`name_key\` text null;`);
    await backfillOrganizationNameKeys(this);
    await this.execute(`create unique index \`organizations_name_key_unique\` on \`organizations\` (\`name_key\`);`);
    await normaliseSearchColumns(this);
  }

}
