import { Migration } from '@mikro-orm/migrations';

export class Migration20261204090000_fee_reports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "reports" add column "fee_demand" boolean not null default false;`);
    this.addSql(`create index "reports_subject_idx" on "reports" ("subject_id", "status");`);
    this.addSql(`create table "posting_freezes" ("subject_kind" varchar(20) not null, "subject_id" varchar(16) not null, "previous_status" varchar(16) not null, "report_id" varchar(16) not null, "frozen_at" timestamptz not null, constraint "posting_freezes_pkey" primary key ("subject_kind", "subject_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "posting_freezes" cascade;`);
    this.addSql(`drop index if exists "reports_subject_idx";`);
    this.addSql(`alter table "reports" drop column "fee_demand";`);
  }

}
