import { Migration } from '@mikro-orm/migrations';

export class Migration20261207090000_timed_tasks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`timed_tasks\` (\`key\` text not null, \`kind\` text not null, \`subject_id\` text not null, \`payload\` text null, \`due_at\` datetime not null, \`status\` text not null, \`claimed_until\` datetime null, \`claimed_by\` text null, \`attempts\` integer not null default 0, \`done_at\` datetime null, \`result\` text null, \`last_error\` text null, \`created_at\` datetime not null, primary key (\`key\`));`);
    this.addSql(`create index \`timed_tasks_due_idx\` on \`timed_tasks\` (\`status\`, \`due_at\`);`);
    this.addSql(`create index \`timed_tasks_subject_idx\` on \`timed_tasks\` (\`subject_id\`, \`kind\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`timed_tasks\`;`);
  }

}
