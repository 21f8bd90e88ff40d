import { Migration } from '@mikro-orm/migrations';

/**
 * What the bureau verifies an organisation from: its 统一社会信用代码, legal representative,
 * contact phone and a photo of its licence (an upload); and the uploads themselves.
 */
export class Migration20261205090000_organization_verification extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organizations" add column "credit_code" varchar(18) null, add column "legal_representative" varchar(40) null, add column "contact_phone" varchar(20) null, add column "licence_upload_id" varchar(16) null;`);
    this.addSql(`create table "uploads" ("id" varchar(16) not null, "owner_id" varchar(16) not null, "content_type" varchar(40) not null, "byte_size" int not null, "storage_key" varchar(200) not null, "created_at" timestamptz not null, constraint "uploads_pkey" primary key ("id"));`);
    this.addSql(`create index "uploads_owner_idx" on "uploads" ("owner_id");`);
    // Who may see an upload is decided from the organisation that shows it.
    this.addSql(`create index "organizations_licence_upload_idx" on "organizations" ("licence_upload_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "organizations_licence_upload_idx";`);
    this.addSql(`drop table if exists "uploads" cascade;`);
    this.addSql(`alter table "organizations" drop column "licence_upload_id", drop column "contact_phone", drop column "legal_representative", drop column "credit_code";`);
  }

}
