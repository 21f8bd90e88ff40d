import { Migration } from '@mikro-orm/migrations';

export class Migration20261204090000_fee_reports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`reports\` add column \`fee_demand\` integer not null default 0;`);
    this.addSql(`create index \`reports_subject_idx\` on \`reports\` (\`subject_id\`, \`status\`);`);
    this.addSql(`create table \`posting_freezes\` (\`subject_kind\` text not null, \`subject_id\` text not null, \`previous_status\` text not null, \`report_id\` text not null, \`frozen_at\` datetime not null, primary key (\`subject_kind\`, \`subject_id\`));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`posting_freezes\`;`);
    this.addSql(`drop index if exists \`reports_subject_idx\`;`);
    this.addSql(`alter table \`reports\` drop column \`fee_demand\`;`);
  }

}
