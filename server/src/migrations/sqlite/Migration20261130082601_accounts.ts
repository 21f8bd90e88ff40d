import { Migration } from '@mikro-orm/migrations';

export class Migration20261130082601_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`applications\` (\`id\` text not null, \`user_id\` text not null, \`status\` text not null, \`history\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`job_id\` text not null, \`note\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`applications_user_idx\` on \`applications\` (\`user_id\`, \`created_at\`);`);
    this.addSql(`create unique index \`applications_job_user_unique\` on \`applications\` (\`job_id\`, \`user_id\`);`);

    this.addSql(`create table \`enrollments\` (\`id\` text not null, \`user_id\` text not null, \`status\` text not null, \`history\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`waitlisted_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`enrollments_user_idx\` on \`enrollments\` (\`user_id\`, \`created_at\`);`);
    this.addSql(`create index \`enrollments_waitlist_idx\` on \`enrollments\` (\`course_id\`, \`status\`, \`waitlisted_at\`);`);
    this.addSql(`create unique index \`enrollments_course_user_unique\` on \`enrollments\` (\`course_id\`, \`user_id\`);`);

    this.addSql(`create table \`favorites\` (\`user_id\` text not null, \`kind\` text not null, \`target_id\` text not null, \`created_at\` datetime not null, primary key (\`user_id\`, \`kind\`, \`target_id\`));`);

    this.addSql(`create table \`interests\` (\`id\` text not null, \`user_id\` text not null, \`status\` text not null, \`history\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`opening_id\` text not null, \`position_title\` text null, \`note\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`interests_user_idx\` on \`interests\` (\`user_id\`, \`created_at\`);`);
    this.addSql(`create unique index \`interests_opening_user_unique\` on \`interests\` (\`opening_id\`, \`user_id\`);`);

    this.addSql(`create table \`memberships\` (\`user_id\` text not null, \`organization_id\` text not null, \`role\` text not null, \`created_at\` datetime not null, primary key (\`user_id\`, \`organization_id\`));`);
    this.addSql(`create index \`memberships_org_idx\` on \`memberships\` (\`organization_id\`);`);

    this.addSql(`create table \`rate_limits\` (\`key\` text not null, \`window_start\` bigint not null, \`count\` integer not null, primary key (\`key\`));`);

    this.addSql(`create table \`sessions\` (\`id\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`sessions_user_idx\` on \`sessions\` (\`user_id\`);`);

    this.addSql(`create table \`users\` (\`id\` text not null, \`openid\` text not null, \`name\` text null, \`phone\` text null, \`home_town\` text null, \`home_village\` text null, \`skills\` text not null default '', \`preferred_destinations\` text not null default '', \`large_text\` integer not null default false, \`demo_admin\` integer not null default false, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`users_openid_unique\` on \`users\` (\`openid\`);`);
  }

}
