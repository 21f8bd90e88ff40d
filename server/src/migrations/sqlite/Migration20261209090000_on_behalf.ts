import { Migration } from '@mikro-orm/migrations';

/**
 * Applying on behalf of a relative (代报名), village cadres and the bureau's call list. The
 * relative is a `users` row nobody signs in as (`proxy_phone` set, a placeholder openid) until
 * someone binds that number; `on_behalf_records` says who made which record for whom.
 */
export class Migration20261209090000_on_behalf extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`users\` add column \`birth_year\` integer null;`);
    this.addSql(`alter table \`users\` add column \`proxy_phone\` text null;`);
    this.addSql(`alter table \`users\` add column \`claimed_by\` text null;`);
    this.addSql(`alter table \`users\` add column \`phone_verified_at\` datetime null;`);
    this.addSql(`create unique index \`users_proxy_phone_unique\` on \`users\` (\`proxy_phone\`);`);
    this.addSql(`create index \`users_home_town_idx\` on \`users\` (\`home_town\`, \`id\`);`);
    this.addSql(`create index \`users_phone_idx\` on \`users\` (\`phone\`);`);
    this.addSql(`create table \`on_behalf_records\` (\`record_kind\` text not null, \`record_id\` text not null, \`helper_id\` text not null, \`person_id\` text not null, \`relation\` text not null, \`home_town\` text not null, \`home_village\` text not null, \`created_at\` datetime not null, primary key (\`record_kind\`, \`record_id\`));`);
    this.addSql(`create index \`on_behalf_records_helper_idx\` on \`on_behalf_records\` (\`helper_id\`, \`created_at\`);`);
    this.addSql(`create index \`on_behalf_records_person_idx\` on \`on_behalf_records\` (\`person_id\`);`);
    this.addSql(`create table \`village_cadres\` (\`user_id\` text not null, \`town\` text not null, \`village\` text not null, \`granted_by\` text not null, \`granted_at\` datetime not null, primary key (\`user_id\`));`);
    this.addSql(`create index \`village_cadres_place_idx\` on \`village_cadres\` (\`town\`, \`village\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`village_cadres\`;`);
    this.addSql(`drop table if exists \`on_behalf_records\`;`);
    this.addSql(`drop index if exists \`users_phone_idx\`;`);
    this.addSql(`drop index if exists \`users_home_town_idx\`;`);
    this.addSql(`drop index if exists \`users_proxy_phone_unique\`;`);
    this.addSql(`alter table \`users\` drop column \`phone_verified_at\`;`);
    this.addSql(`alter table \`users\` drop column \`claimed_by\`;`);
    this.addSql(`alter table \`users\` drop column \`proxy_phone\`;`);
    this.addSql(`alter table \`users\` drop column \`birth_year\`;`);
  }

}
