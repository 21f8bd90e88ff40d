import { Migration } from '@mikro-orm/migrations';

/**
 * Applying on behalf of a relative (代报名), village cadres and the bureau's call list. The
 * relative is a `users` row nobody signs in as (`proxy_phone` set, a placeholder openid) until
 * someone binds that number; `on_behalf_records` says who made which record for whom.
 */
export class Migration20261209090000_on_behalf extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "birth_year" int null, add column "proxy_phone" varchar(11) null, add column "claimed_by" varchar(16) null, add column "phone_verified_at" timestamptz null;`);
    this.addSql(`create unique index "users_proxy_phone_unique" on "users" ("proxy_phone");`);
    this.addSql(`create index "users_home_town_idx" on "users" ("home_town", "id");`);
    this.addSql(`create index "users_phone_idx" on "users" ("phone");`);
    this.addSql(`create table "on_behalf_records" ("record_kind" varchar(12) not null, "record_id" varchar(16) not null, "helper_id" varchar(16) not null, "person_id" varchar(16) not null, "relation" varchar(16) not null, "home_town" varchar(20) not null, "home_village" varchar(20) not null, "created_at" timestamptz not null, constraint "on_behalf_records_pkey" primary key ("record_kind", "record_id"));`);
    this.addSql(`create index "on_behalf_records_helper_idx" on "on_behalf_records" ("helper_id", "created_at");`);
    this.addSql(`create index "on_behalf_records_person_idx" on "on_behalf_records" ("person_id");`);
    this.addSql(`create table "village_cadres" ("user_id" varchar(16) not null, "town" varchar(20) not null, "village" varchar(20) not null, "granted_by" varchar(16) not null, "granted_at" timestamptz not null, constraint "village_cadres_pkey" primary key ("user_id"));`);
    this.addSql(`create index "village_cadres_place_idx" on "village_cadres" ("town", "village");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "village_cadres" cascade;`);
    this.addSql(`drop table if exists "on_behalf_records" cascade;`);
    this.addSql(`drop index if exists "users_phone_idx";`);
    this.addSql(`drop index if exists "users_home_town_idx";`);
    this.addSql(`drop index if exists "users_proxy_phone_unique";`);
    this.addSql(`alter table "users" drop column "phone_verified_at", drop column "claimed_by", drop column "proxy_phone", drop column "birth_year";`);
  }

}
