import { Migration } from '@mikro-orm/migrations';

export class Migration20261130084800_consoles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "application_certificates" ("application_id" varchar(16) not null, "certificate_id" varchar(16) not null, constraint "application_certificates_pkey" primary key ("application_id", "certificate_id"));`);

    this.addSql(`create table "audit_log" ("id" varchar(16) not null, "actor_id" varchar(16) null, "action" varchar(40) not null, "subject_kind" varchar(20) not null, "subject_id" varchar(16) not null, "before" text null, "after" text null, "at" timestamptz not null, constraint "audit_log_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_subject_idx" on "audit_log" ("subject_id", "at");`);

    this.addSql(`create table "certificates" ("id" varchar(16) not null, "user_id" varchar(16) not null, "enrollment_id" varchar(16) not null, "course_id" varchar(16) not null, "trainer_id" varchar(16) not null, "name" varchar(60) not null, "number" varchar(32) not null, "course_title" varchar(60) not null, "issued_on" varchar(10) not null, "created_at" timestamptz not null, constraint "certificates_pkey" primary key ("id"));`);
    this.addSql(`create index "certificates_user_idx" on "certificates" ("user_id");`);
    this.addSql(`alter table "certificates" add constraint "certificates_enrollment_unique" unique ("enrollment_id");`);
    this.addSql(`alter table "certificates" add constraint "certificates_number_unique" unique ("number");`);

    this.addSql(`create table "messages" ("id" varchar(16) not null, "user_id" varchar(16) not null, "kind" varchar(32) not null, "title" varchar(40) not null, "body" text not null, "link" varchar(200) null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "messages_pkey" primary key ("id"));`);
    this.addSql(`create index "messages_user_idx" on "messages" ("user_id", "created_at");`);

    this.addSql(`create table "outbox" ("id" varchar(16) not null, "user_id" varchar(16) not null, "template" varchar(64) not null, "payload" text not null, "page" varchar(200) null, "dedupe_key" varchar(100) not null, "status" varchar(8) not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "locked_until" timestamptz null, "sent_at" timestamptz null, "last_error" varchar(200) null, "created_at" timestamptz not null, constraint "outbox_pkey" primary key ("id"));`);
    this.addSql(`alter table "outbox" add constraint "outbox_dedupe_unique" unique ("dedupe_key");`);
    this.addSql(`create index "outbox_due_idx" on "outbox" ("status", "next_attempt_at");`);

    this.addSql(`create table "reports" ("id" varchar(16) not null, "reporter_id" varchar(16) not null, "subject_kind" varchar(20) not null, "subject_id" varchar(16) not null, "org_id" varchar(16) not null, "reason" varchar(500) not null, "status" varchar(10) not null, "created_at" timestamptz not null, "resolved_at" timestamptz null, "resolved_by" varchar(16) null, constraint "reports_pkey" primary key ("id"));`);
    this.addSql(`create index "reports_status_idx" on "reports" ("status", "created_at");`);

    this.addSql(`create table "subscriptions" ("user_id" varchar(16) not null, "template" varchar(64) not null, "credits" int not null, constraint "subscriptions_pkey" primary key ("user_id", "template"));`);

    this.addSql(`alter table "organizations" add column "suspended" boolean not null default false, add column "takedown_count" int not null default 0, add column "rejection_reason" varchar(200) null;`);

    this.addSql(`alter table "jobs" add column "moderation_note" varchar(200) null;`);
    this.addSql(`alter table "jobs" alter column "status" type varchar(16) using ("status"::varchar(16));`);

    this.addSql(`alter table "franchise_openings" add column "moderation_note" varchar(200) null;`);
    this.addSql(`alter table "franchise_openings" alter column "status" type varchar(16) using ("status"::varchar(16));`);

    this.addSql(`alter table "courses" add column "moderation_note" varchar(200) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "application_certificates" cascade;`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "certificates" cascade;`);

    this.addSql(`drop table if exists "messages" cascade;`);

    this.addSql(`drop table if exists "outbox" cascade;`);

    this.addSql(`drop table if exists "reports" cascade;`);

    this.addSql(`drop table if exists "subscriptions" cascade;`);

    this.addSql(`alter table "courses" drop column "moderation_note";`);

    this.addSql(`alter table "franchise_openings" drop column "moderation_note";`);

    this.addSql(`alter table "franchise_openings" alter column "status" type varchar(8) using ("status"::varchar(8));`);

    this.addSql(`alter table "jobs" drop column "moderation_note";`);

    this.addSql(`alter table "jobs" alter column "status" type varchar(8) using ("status"::varchar(8));`);

    this.addSql(`alter table "organizations" drop column "suspended", drop column "takedown_count", drop column "rejection_reason";`);
  }

}
