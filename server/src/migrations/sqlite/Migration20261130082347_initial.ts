import { Migration } from '@mikro-orm/migrations';

export class Migration20261130082347_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`catalog_state\` (\`id\` integer not null, \`version\` integer not null, primary key (\`id\`));`);

    this.addSql(`create table \`organizations\` (\`id\` text not null, \`name\` text not null, \`kind\` text not null, \`verified\` integer not null default false, \`verified_at\` datetime null, \`description\` text not null, \`province\` text not null, \`city\` text not null, \`county\` text null, \`town\` text null, \`village\` text null, \`address\` text null, \`latitude\` double null, \`longitude\` double null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`jobs\` (\`id\` text not null, \`employer_id\` text not null, \`title\` text not null, \`category\` text not null, \`description\` text not null, \`province\` text not null, \`city\` text not null, \`county\` text null, \`town\` text null, \`village\` text null, \`address\` text null, \`latitude\` double null, \`longitude\` double null, \`pay_min\` integer not null, \`pay_max\` integer not null, \`pay_unit\` text not null, \`pay_settlement\` text not null, \`pay_units_per_month\` integer null, \`pay_monthly_min\` integer not null, \`pay_monthly_max\` integer not null, \`provides_housing\` integer not null, \`provides_meals\` integer not null, \`couple_rooms\` integer not null, \`day_shift_only\` integer not null, \`social_insurance\` integer not null, \`travel_paid\` integer not null, \`headcount\` integer not null, \`age_min\` integer null, \`age_max\` integer null, \`requirements\` text not null, \`contact_name\` text not null, \`contact_phone\` text not null, \`published_at\` datetime not null, \`expires_at\` datetime null, \`status\` text not null, \`search_text\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`jobs_employer_id_foreign\` foreign key(\`employer_id\`) references \`organizations\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`jobs_status_published_idx\` on \`jobs\` (\`status\`, \`published_at\`, \`id\`);`);
    this.addSql(`create index \`jobs_status_expires_idx\` on \`jobs\` (\`status\`, \`expires_at\`);`);
    this.addSql(`create index \`jobs_status_pay_idx\` on \`jobs\` (\`status\`, \`pay_monthly_max\`, \`published_at\`, \`id\`);`);
    this.addSql(`create index \`jobs_city_idx\` on \`jobs\` (\`city\`, \`published_at\`);`);
    this.addSql(`create index \`jobs_county_idx\` on \`jobs\` (\`county\`, \`published_at\`);`);
    this.addSql(`create index \`jobs_town_idx\` on \`jobs\` (\`town\`, \`published_at\`);`);
    this.addSql(`create index \`jobs_category_idx\` on \`jobs\` (\`category\`, \`published_at\`);`);
    this.addSql(`create index \`jobs_employer_idx\` on \`jobs\` (\`employer_id\`);`);

    this.addSql(`create table \`franchise_openings\` (\`id\` text not null, \`brand_id\` text not null, \`title\` text not null, \`description\` text not null, \`province\` text not null, \`city\` text not null, \`county\` text null, \`town\` text null, \`village\` text null, \`address\` text null, \`latitude\` double null, \`longitude\` double null, \`opening_date\` text null, \`is_franchise_offer\` integer not null, \`investment_min\` integer null, \`investment_max\` integer null, \`brand_provides\` text null, \`filing_number\` text null, \`meets_two_shops_one_year\` integer null, \`best_monthly_pay\` integer not null, \`contact_name\` text not null, \`contact_phone\` text not null, \`published_at\` datetime not null, \`status\` text not null, \`search_text\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`franchise_openings_brand_id_foreign\` foreign key(\`brand_id\`) references \`organizations\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`openings_status_published_idx\` on \`franchise_openings\` (\`status\`, \`published_at\`, \`id\`);`);
    this.addSql(`create index \`openings_city_idx\` on \`franchise_openings\` (\`city\`, \`published_at\`);`);
    this.addSql(`create index \`openings_brand_idx\` on \`franchise_openings\` (\`brand_id\`);`);

    this.addSql(`create table \`opening_positions\` (\`opening_id\` text not null, \`idx\` integer not null, \`title\` text not null, \`headcount\` integer not null, \`pay_min\` integer not null, \`pay_max\` integer not null, \`pay_unit\` text not null, \`pay_settlement\` text not null, \`pay_units_per_month\` integer null, \`pay_monthly_min\` integer not null, \`pay_monthly_max\` integer not null, constraint \`opening_positions_opening_id_foreign\` foreign key(\`opening_id\`) references \`franchise_openings\`(\`id\`) on update cascade, primary key (\`opening_id\`, \`idx\`));`);
    this.addSql(`create index \`opening_positions_opening_id_index\` on \`opening_positions\` (\`opening_id\`);`);

    this.addSql(`create table \`courses\` (\`id\` text not null, \`trainer_id\` text not null, \`title\` text not null, \`skill\` text not null, \`description\` text not null, \`province\` text not null, \`city\` text not null, \`county\` text null, \`town\` text null, \`village\` text null, \`address\` text null, \`latitude\` double null, \`longitude\` double null, \`start_date\` text not null, \`end_date\` text not null, \`enrollment_deadline\` text not null, \`hours\` integer not null, \`fee\` integer not null, \`subsidy\` integer not null, \`covers_food\` integer not null, \`covers_lodging\` integer not null, \`covers_travel\` integer not null, \`seats\` integer not null, \`enrolled_count\` integer not null default 0, \`certificate\` text null, \`requirements\` text not null, \`contact_name\` text not null, \`contact_phone\` text not null, \`published_at\` datetime not null, \`cancelled\` integer not null default false, \`search_text\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`courses_trainer_id_foreign\` foreign key(\`trainer_id\`) references \`organizations\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`courses_published_idx\` on \`courses\` (\`cancelled\`, \`published_at\`, \`id\`);`);
    this.addSql(`create index \`courses_start_idx\` on \`courses\` (\`cancelled\`, \`start_date\`, \`id\`);`);
    this.addSql(`create index \`courses_trainer_idx\` on \`courses\` (\`trainer_id\`);`);

    this.addSql(`create table \`course_employers\` (\`course_id\` text not null, \`employer_id\` text not null, constraint \`course_employers_course_id_foreign\` foreign key(\`course_id\`) references \`courses\`(\`id\`) on update cascade, constraint \`course_employers_employer_id_foreign\` foreign key(\`employer_id\`) references \`organizations\`(\`id\`) on update cascade, primary key (\`course_id\`, \`employer_id\`));`);
    this.addSql(`create index \`course_employers_course_id_index\` on \`course_employers\` (\`course_id\`);`);
    this.addSql(`create index \`course_employers_employer_id_index\` on \`course_employers\` (\`employer_id\`);`);
  }

}
