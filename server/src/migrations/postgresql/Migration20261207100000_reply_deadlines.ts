import { Migration } from '@mikro-orm/migrations';

export class Migration20261207100000_reply_deadlines extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "applications" add column "opened_at" timestamptz null;`);
    this.addSql(`alter table "jobs" add column "first_published_at" timestamptz null;`);
    this.addSql(`alter table "jobs" add column "confirmed_at" timestamptz null;`);
    this.addSql(`alter table "jobs" add column "confirm_asked_at" timestamptz null;`);
    // A job on the record before first-published dates existed was first published when it
    // says it was published (drafts: never); it counts as confirmed then too.
    this.addSql(`update "jobs" set "first_published_at" = coalesce("published_at", "created_at"), "confirmed_at" = coalesce("published_at", "created_at") where "status" <> 'DRAFT';`);
    // An application someone has already moved on from SUBMITTED was opened; its time is the
    // last change we know of.
    this.addSql(`update "applications" set "opened_at" = "updated_at" where "status" <> 'SUBMITTED';`);
    this.addSql(`create index "jobs_status_confirmed_idx" on "jobs" ("status", "confirmed_at");`);
    this.addSql(`create index "applications_created_idx" on "applications" ("job_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "applications_created_idx";`);
    this.addSql(`drop index if exists "jobs_status_confirmed_idx";`);
    this.addSql(`alter table "jobs" drop column "confirm_asked_at";`);
    this.addSql(`alter table "jobs" drop column "confirmed_at";`);
    this.addSql(`alter table "jobs" drop column "first_published_at";`);
    this.addSql(`alter table "applications" drop column "opened_at";`);
  }

}
