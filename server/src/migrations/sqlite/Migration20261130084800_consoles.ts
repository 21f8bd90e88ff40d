import { Migration } from '@mikro-orm/migrations';

export class Migration20261130084800_consoles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`application_certificates\` (\`application_id\` text not null, \`certificate_id\` text not null, primary key (\`application_id\`, \`certificate_id\`));`);

    this.addSql(`create table \`audit_log\` (\`id\` text not null, \`actor_id\` text null, \`action\` text not null, \`subject_kind\` text not null, \`subject_id\` text not null, \`before\` text null, \`after\` text null, \`at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_subject_idx\` on \`audit_log\` (\`subject_id\`, \`at\`);`);

    this.addSql(`create table \`certificates\` (\`id\` text not null, \`user_id\` text not null, \`enrollment_id\` text not null, \`course_id\` text not null, \`trainer_id\` text not null, \`name\` text not null, \`number\` text not null, \`course_title\` text not null, \`issued_on\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`certificates_user_idx\` on \`certificates\` (\`user_id\`);`);
    this.addSql(`create unique index \`certificates_enrollment_unique\` on \`certificates\` (\`enrollment_id\`);`);
    this.addSql(`create unique index \`certificates_number_unique\` on \`certificates\` (\`number\`);`);

    this.addSql(`create table \`messages\` (\`id\` text not null, \`user_id\` text not null, \`kind\` text not null, \`title\` text not null, \`body\` text not null, \`link\` text null, \`created_at\` datetime not null, \`read_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`messages_user_idx\` on \`messages\` (\`user_id\`, \`created_at\`);`);

    this.addSql(`create table \`outbox\` (\`id\` text not null, \`user_id\` text not null, \`template\` text not null, \`payload\` text not null, \`page\` text null, \`dedupe_key\` text not null, \`status\` text not null, \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`locked_until\` datetime null, \`sent_at\` datetime null, \`last_error\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`outbox_dedupe_unique\` on \`outbox\` (\`dedupe_key\`);`);
    this.addSql(`create index \`outbox_due_idx\` on \`outbox\` (\`status\`, \`next_attempt_at\`);`);

    this.addSql(`create table \`reports\` (\`id\` text not null, \`reporter_id\` text not null, \`subject_kind\` text not null, \`subject_id\` text not null, \`org_id\` text not null, \`reason\` text not null, \`status\` text not null, \`created_at\` datetime not null, \`resolved_at\` datetime null, \`resolved_by\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`reports_status_idx\` on \`reports\` (\`status\`, \`created_at\`);`);

    this.addSql(`create table \`subscriptions\` (\`user_id\` text not null, \`template\` text not null, \`credits\` integer not null, primary key (\`user_id\`, \`template\`));`);

    this.addSql(`alter table \`organizations\` add column \`suspended\` integer not null default false;`);
    this.addSql(`alter table \`organizations\` add column \`takedown_count\` integer not null default 0;`);
    this.addSql(`alter table \`organizations\` add column \`rejection_reason\` text null;`);

    this.addSql(`alter table \`jobs\` add column \`moderation_note\` text null;`);

    this.addSql(`alter table \`franchise_openings\` add column \`moderation_note\` text null;`);

    this.addSql(`alter table \`courses\` add column \`moderation_note\` text null;`);
  }

}
