import { Migration } from '@mikro-orm/migrations';

export class Migration20261207090000_timed_tasks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "timed_tasks" ("key" varchar(120) not null, "kind" varchar(40) not null, "subject_id" varchar(16) not null, "payload" text null, "due_at" timestamptz not null, "status" varchar(8) not null, "claimed_until" timestamptz null, "claimed_by" varchar(40) null, "attempts" int not null default 0, "done_at" timestamptz null, "result" varchar(200) null, "last_error" varchar(200) null, "created_at" timestamptz not null, constraint "timed_tasks_pkey" primary key ("key"));`);
    this.addSql(`create index "timed_tasks_due_idx" on "timed_tasks" ("status", "due_at");`);
    this.addSql(`create index "timed_tasks_subject_idx" on "timed_tasks" ("subject_id", "kind");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "timed_tasks" cascade;`);
  }

}
