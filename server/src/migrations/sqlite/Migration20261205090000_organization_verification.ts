import { Migration } from '@mikro-orm/migrations';

/**
 * What the bureau verifies an organisation from: its 统一社会信用代码, legal representative,
 * contact phone and a photo of its licence (an upload); and the uploads themselves.
 */
export class Migration20261205090000_organization_verification extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`organizations\` add column \`credit_code\` text null;`);
    this.addSql(`alter table \`organizations\` add column \`legal_representative\` text null;`);
    this.addSql(`alter table \`organizations\` add column \`contact_phone\` text null;`);
    this.addSql(`alter table \`organizations\` add column \`licence_upload_id\` text null;`);
    this.addSql(`create table \`uploads\` (\`id\` text not null primary key, \`owner_id\` text not null, \`content_type\` text not null, \`byte_size\` integer not null, \`storage_key\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`uploads_owner_idx\` on \`uploads\` (\`owner_id\`);`);
    // Who may see an upload is decided from the organisation that shows it.
    this.addSql(`create index \`organizations_licence_upload_idx\` on \`organizations\` (\`licence_upload_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists \`organizations_licence_upload_idx\`;`);
    this.addSql(`drop table if exists \`uploads\`;`);
    this.addSql(`alter table \`organizations\` drop column \`licence_upload_id\`;`);
    this.addSql(`alter table \`organizations\` drop column \`contact_phone\`;`);
    this.addSql(`alter table \`organizations\` drop column \`legal_representative\`;`);
    this.addSql(`alter table \`organizations\` drop column \`credit_code\`;`);
  }

}
