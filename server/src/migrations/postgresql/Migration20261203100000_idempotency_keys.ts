import { Migration } from '@mikro-orm/migrations';

export class Migration20261203100000_idempotency_keys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_keys" ("user_id" varchar(16) not null, "key" varchar(64) not null, "operation" varchar(40) not null, "input_hash" varchar(64) not null, "result_id" varchar(16) not null, "created_at" timestamptz not null, constraint "idempotency_keys_pkey" primary key ("user_id", "key"));`);
    this.addSql(`create index "idempotency_keys_created_at_idx" on "idempotency_keys" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_keys" cascade;`);
  }

}
