import { Migration } from '@mikro-orm/migrations';

export class Migration20261206090000_saved_searches extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "saved_searches" ("id" varchar(16) not null, "user_id" varchar(16) not null, "name" varchar(60) not null, "filter" text not null, "filter_key" varchar(64) not null, "created_at" timestamptz not null, "matched_through" timestamptz not null, constraint "saved_searches_pkey" primary key ("id"));`);
    this.addSql(`create unique index "saved_searches_user_filter_unique" on "saved_searches" ("user_id", "filter_key");`);
    this.addSql(`create index "saved_searches_user_idx" on "saved_searches" ("user_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "saved_searches" cascade;`);
  }

}
