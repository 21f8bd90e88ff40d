import { Migration } from '@mikro-orm/migrations';

export class Migration20261130082601_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "applications" ("id" varchar(16) not null, "user_id" varchar(16) not null, "status" varchar(12) not null, "history" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "job_id" varchar(16) not null, "note" varchar(200) null, constraint "applications_pkey" primary key ("id"));`);
    this.addSql(`create index "applications_user_idx" on "applications" ("user_id", "created_at");`);
    this.addSql(`alter table "applications" add constraint "applications_job_user_unique" unique ("job_id", "user_id");`);

    this.addSql(`create table "enrollments" ("id" varchar(16) not null, "user_id" varchar(16) not null, "status" varchar(12) not null, "history" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "course_id" varchar(16) not null, "waitlisted_at" timestamptz null, constraint "enrollments_pkey" primary key ("id"));`);
    this.addSql(`create index "enrollments_user_idx" on "enrollments" ("user_id", "created_at");`);
    this.addSql(`create index "enrollments_waitlist_idx" on "enrollments" ("course_id", "status", "waitlisted_at");`);
    this.addSql(`alter table "enrollments" add constraint "enrollments_course_user_unique" unique ("course_id", "user_id");`);

    this.addSql(`create table "favorites" ("user_id" varchar(16) not null, "kind" varchar(20) not null, "target_id" varchar(16) not null, "created_at" timestamptz not null, constraint "favorites_pkey" primary key ("user_id", "kind", "target_id"));`);

    this.addSql(`create table "interests" ("id" varchar(16) not null, "user_id" varchar(16) not null, "status" varchar(12) not null, "history" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "opening_id" varchar(16) not null, "position_title" varchar(20) null, "note" varchar(200) null, constraint "interests_pkey" primary key ("id"));`);
    this.addSql(`create index "interests_user_idx" on "interests" ("user_id", "created_at");`);
    this.addSql(`alter table "interests" add constraint "interests_opening_user_unique" unique ("opening_id", "user_id");`);

    this.addSql(`create table "memberships" ("user_id" varchar(16) not null, "organization_id" varchar(16) not null, "role" varchar(8) not null, "created_at" timestamptz not null, constraint "memberships_pkey" primary key ("user_id", "organization_id"));`);
    this.addSql(`create index "memberships_org_idx" on "memberships" ("organization_id");`);

    this.addSql(`create table "rate_limits" ("key" varchar(100) not null, "window_start" bigint not null, "count" int not null, constraint "rate_limits_pkey" primary key ("key"));`);

    this.addSql(`create table "sessions" ("id" varchar(24) not null, "user_id" varchar(16) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "sessions_user_idx" on "sessions" ("user_id");`);

    this.addSql(`create table "users" ("id" varchar(16) not null, "openid" varchar(64) not null, "name" varchar(20) null, "phone" varchar(11) null, "home_town" varchar(20) null, "home_village" varchar(20) null, "skills" text not null default '', "preferred_destinations" text not null default '', "large_text" boolean not null default false, "demo_admin" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_openid_unique" unique ("openid");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "applications" cascade;`);

    this.addSql(`drop table if exists "enrollments" cascade;`);

    this.addSql(`drop table if exists "favorites" cascade;`);

    this.addSql(`drop table if exists "interests" cascade;`);

    this.addSql(`drop table if exists "memberships" cascade;`);

    this.addSql(`drop table if exists "rate_limits" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);
  }

}
