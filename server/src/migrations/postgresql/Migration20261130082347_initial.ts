import { Migration } from '@mikro-orm/migrations';

export class Migration20261130082347_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "catalog_state" ("id" int not null, "version" int not null, constraint "catalog_state_pkey" primary key ("id"));`);

    this.addSql(`create table "organizations" ("id" varchar(16) not null, "name" varchar(100) not null, "kind" varchar(24) not null, "verified" boolean not null default false, "verified_at" timestamptz null, "description" text not null, "province" varchar(20) not null, "city" varchar(20) not null, "county" varchar(20) null, "town" varchar(20) null, "village" varchar(20) null, "address" varchar(100) null, "latitude" double precision null, "longitude" double precision null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "organizations_pkey" primary key ("id"));`);

    this.addSql(`create table "jobs" ("id" varchar(16) not null, "employer_id" varchar(16) not null, "title" varchar(60) not null, "category" varchar(16) not null, "description" text not null, "province" varchar(20) not null, "city" varchar(20) not null, "county" varchar(20) null, "town" varchar(20) null, "village" varchar(20) null, "address" varchar(100) null, "latitude" double precision null, "longitude" double precision null, "pay_min" int not null, "pay_max" int not null, "pay_unit" varchar(8) not null, "pay_settlement" varchar(8) not null, "pay_units_per_month" int null, "pay_monthly_min" int not null, "pay_monthly_max" int not null, "provides_housing" boolean not null, "provides_meals" boolean not null, "couple_rooms" boolean not null, "day_shift_only" boolean not null, "social_insurance" boolean not null, "travel_paid" boolean not null, "headcount" int not null, "age_min" int null, "age_max" int null, "requirements" text not null, "contact_name" varchar(20) not null, "contact_phone" varchar(20) not null, "published_at" timestamptz not null, "expires_at" timestamptz null, "status" varchar(8) not null, "search_text" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "jobs_pkey" primary key ("id"));`);
    this.addSql(`create index "jobs_status_published_idx" on "jobs" ("status", "published_at", "id");`);
    this.addSql(`create index "jobs_status_expires_idx" on "jobs" ("status", "expires_at");`);
    this.addSql(`create index "jobs_status_pay_idx" on "jobs" ("status", "pay_monthly_max", "published_at", "id");`);
    this.addSql(`create index "jobs_city_idx" on "jobs" ("city", "published_at");`);
    this.addSql(`create index "jobs_county_idx" on "jobs" ("county", "published_at");`);
    this.addSql(`create index "jobs_town_idx" on "jobs" ("town", "published_at");`);
    this.addSql(`create index "jobs_category_idx" on "jobs" ("category", "published_at");`);
    this.addSql(`create index "jobs_employer_idx" on "jobs" ("employer_id");`);

    this.addSql(`create table "franchise_openings" ("id" varchar(16) not null, "brand_id" varchar(16) not null, "title" varchar(60) not null, "description" text not null, "province" varchar(20) not null, "city" varchar(20) not null, "county" varchar(20) null, "town" varchar(20) null, "village" varchar(20) null, "address" varchar(100) null, "latitude" double precision null, "longitude" double precision null, "opening_date" varchar(10) null, "is_franchise_offer" boolean not null, "investment_min" int null, "investment_max" int null, "brand_provides" text null, "filing_number" varchar(32) null, "meets_two_shops_one_year" boolean null, "best_monthly_pay" int not null, "contact_name" varchar(20) not null, "contact_phone" varchar(20) not null, "published_at" timestamptz not null, "status" varchar(8) not null, "search_text" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "franchise_openings_pkey" primary key ("id"));`);
    this.addSql(`create index "openings_status_published_idx" on "franchise_openings" ("status", "published_at", "id");`);
    this.addSql(`create index "openings_city_idx" on "franchise_openings" ("city", "published_at");`);
    this.addSql(`create index "openings_brand_idx" on "franchise_openings" ("brand_id");`);

    this.addSql(`create table "opening_positions" ("opening_id" varchar(16) not null, "idx" int not null, "title" varchar(20) not null, "headcount" int not null, "pay_min" int not null, "pay_max" int not null, "pay_unit" varchar(8) not null, "pay_settlement" varchar(8) not null, "pay_units_per_month" int null, "pay_monthly_min" int not null, "pay_monthly_max" int not null, constraint "opening_positions_pkey" primary key ("opening_id", "idx"));`);

    this.addSql(`create table "courses" ("id" varchar(16) not null, "trainer_id" varchar(16) not null, "title" varchar(60) not null, "skill" varchar(16) not null, "description" text not null, "province" varchar(20) not null, "city" varchar(20) not null, "county" varchar(20) null, "town" varchar(20) null, "village" varchar(20) null, "address" varchar(100) null, "latitude" double precision null, "longitude" double precision null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "enrollment_deadline" varchar(10) not null, "hours" int not null, "fee" int not null, "subsidy" int not null, "covers_food" boolean not null, "covers_lodging" boolean not null, "covers_travel" boolean not null, "seats" int not null, "enrolled_count" int not null default 0, "certificate" varchar(60) null, "requirements" text not null, "contact_name" varchar(20) not null, "contact_phone" varchar(20) not null, "published_at" timestamptz not null, "cancelled" boolean not null default false, "search_text" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "courses_pkey" primary key ("id"));`);
    this.addSql(`create index "courses_published_idx" on "courses" ("cancelled", "published_at", "id");`);
    this.addSql(`create index "courses_start_idx" on "courses" ("cancelled", "start_date", "id");`);
    this.addSql(`create index "courses_trainer_idx" on "courses" ("trainer_id");`);

    this.addSql(`create table "course_employers" ("course_id" varchar(16) not null, "employer_id" varchar(16) not null, constraint "course_employers_pkey" primary key ("course_id", "employer_id"));`);

    this.addSql(`alter table "jobs" add constraint "jobs_employer_id_foreign" foreign key ("employer_id") references "organizations" ("id") on update cascade;`);

    this.addSql(`alter table "franchise_openings" add constraint "franchise_openings_brand_id_foreign" foreign key ("brand_id") references "organizations" ("id") on update cascade;`);

    this.addSql(`alter table "opening_positions" add constraint "opening_positions_opening_id_foreign" foreign key ("opening_id") references "franchise_openings" ("id") on update cascade;`);

    this.addSql(`alter table "courses" add constraint "courses_trainer_id_foreign" foreign key ("trainer_id") references "organizations" ("id") on update cascade;`);

    this.addSql(`alter table "course_employers" add constraint "course_employers_course_id_foreign" foreign key ("course_id") references "courses" ("id") on update cascade;`);
    this.addSql(`alter table "course_employers" add constraint "course_employers_employer_id_foreign" foreign key ("employer_id") references "organizations" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "jobs" drop constraint "jobs_employer_id_foreign";`);

    this.addSql(`alter table "franchise_openings" drop constraint "franchise_openings_brand_id_foreign";`);

    this.addSql(`alter table "courses" drop constraint "courses_trainer_id_foreign";`);

    this.addSql(`alter table "course_employers" drop constraint "course_employers_employer_id_foreign";`);

    this.addSql(`alter table "opening_positions" drop constraint "opening_positions_opening_id_foreign";`);

    this.addSql(`alter table "course_employers" drop constraint "course_employers_course_id_foreign";`);

    this.addSql(`drop table if exists "catalog_state" cascade;`);

    this.addSql(`drop table if exists "organizations" cascade;`);

    this.addSql(`drop table if exists "jobs" cascade;`);

    this.addSql(`drop table if exists "franchise_openings" cascade;`);

    this.addSql(`drop table if exists "opening_positions" cascade;`);

    this.addSql(`drop table if exists "courses" cascade;`);

    this.addSql(`drop table if exists "course_employers" cascade;`);
  }

}
