import { Migration } from '@mikro-orm/migrations';

export class Migration20261206090000_saved_searches extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`saved_searches\` (\`id\` text not null primary key, \`user_id\` text not null, \`name\` text not null, \`filter\` text not null, \`filter_key\` text not null, \`created_at\` datetime not null, \`matched_through\` datetime not null);`);
    this.addSql(`create unique index \`saved_searches_user_filter_unique\` on \`saved_searches\` (\`user_id\`, \`filter_key\`);`);
    this.addSql(`create index \`saved_searches_user_idx\` on \`saved_searches\` (\`user_id\`, \`created_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`saved_searches\`;`);
  }

}
