import { Migration } from '@mikro-orm/migrations';

export class Migration20261203100000_idempotency_keys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`idempotency_keys\` (\`user_id\` text not null, \`key\` text not null, \`operation\` text not null, \`input_hash\` text not null, \`result_id\` text not null, \`created_at\` datetime not null, primary key (\`user_id\`, \`key\`));`);
    this.addSql(`create index \`idempotency_keys_created_at_idx\` on \`idempotency_keys\` (\`created_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`idempotency_keys\`;`);
  }

}
