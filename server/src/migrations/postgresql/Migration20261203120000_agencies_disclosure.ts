import { Migration } from '@mikro-orm/migrations';

export class Migration20261203120000_agencies_disclosure extends Migration {

  override async up(): Promise<void> {
    // A labour agency's 人力资源服务许可证 number; organisations of other kinds have none.
    this.addSql(`alter table "organizations" add column "licence_number" varchar(40) null;`);
    // A franchisor's disclosure as JSON, read whole with its opening; offers published before
    // it was asked for keep null and show as not disclosed.
    this.addSql(`alter table "franchise_openings" add column "disclosure" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "franchise_openings" drop column "disclosure";`);
    this.addSql(`alter table "organizations" drop column "licence_number";`);
  }

}
