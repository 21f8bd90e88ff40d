import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090000_rate_hits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_hits" ("id" varchar(16) not null, "key" varchar(100) not null, "at" bigint not null, "weight" int not null, constraint "rate_hits_pkey" primary key ("id"));`);
    this.addSql(`create index "rate_hits_key_at_idx" on "rate_hits" ("key", "at");`);
    this.addSql(`drop table if exists "rate_limits" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "rate_limits" ("key" varchar(100) not null, "window_start" bigint not null, "count" int not null, constraint "rate_limits_pkey" primary key ("key"));`);
    this.addSql(`drop table if exists "rate_hits" cascade;`);
  }

}
