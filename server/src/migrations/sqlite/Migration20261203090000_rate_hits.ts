import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090000_rate_hits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`rate_hits\` (\`id\` text not null, \`key\` text not null, \`at\` bigint not null, \`weight\` integer not null, primary key (\`id\`));`);
    this.addSql(`create index \`rate_hits_key_at_idx\` on \`rate_hits\` (\`key\`, \`at\`);`);
    this.addSql(`drop table if exists \`rate_limits\`;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table \`rate_limits\` (\`key\` text not null, \`window_start\` bigint not null, \`count\` integer not null, primary key (\`key\`));`);
    this.addSql(`drop table if exists \`rate_hits\`;`);
  }

}
