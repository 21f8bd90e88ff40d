import { EntitySchema } from '@mikro-orm/core';
import type { CourseSkill } from '../../seed/catalog-types';
import type { Organization } from '../organizations/organization.entity';
import { placeProperties, type PlaceColumns } from '../common/place';

export interface Course extends PlaceColumns {
  id: string;
  trainer: Organization;
  title: string;
  skill: CourseSkill;
  description: string;
  /** Calendar days as YYYY-MM-DD (China time): compared as strings, the same on every engine. */
  startDate: string;
  endDate: string;
  enrollmentDeadline: string;
  hours: number;
  fee: number;
  subsidy: number;
  coversFood: boolean;
  coversLodging: boolean;
  coversTravel: boolean;
  seats: number;
  /** Seats taken. Kept on the row so `seatsLeft` costs no count and can be guarded in one UPDATE. */
  enrolledCount: number;
  certificate: string | null;
  requirements: string;
  contactName: string;
  contactPhone: string;
  publishedAt: Date;
  cancelled: boolean;
  searchText: string;
  /** Why the bureau took it down or held it (shown to the poster). */
  moderationNote: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** 订单式培训: an employer that promises to hire a course's graduates. */
export interface CourseEmployer {
  course: Course;
  employer: Organization;
}

export const CourseSchema = new EntitySchema<Course>({
  name: 'Course',
  tableName: 'courses',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    trainer: { kind: 'm:1', entity: 'Organization', fieldName: 'trainer_id' },
    title: { type: 'string', length: 60 },
    skill: { type: 'string', length: 16 },
    description: { type: 'text' },
    ...placeProperties,
    startDate: { type: 'string', length: 10 },
    endDate: { type: 'string', length: 10 },
    enrollmentDeadline: { type: 'string', length: 10 },
    hours: { type: 'integer' },
    fee: { type: 'integer' },
    subsidy: { type: 'integer' },
    coversFood: { type: 'boolean' },
    coversLodging: { type: 'boolean' },
    coversTravel: { type: 'boolean' },
    seats: { type: 'integer' },
    enrolledCount: { type: 'integer', default: 0 },
    certificate: { type: 'string', length: 60, nullable: true },
    requirements: { type: 'text' },
    contactName: { type: 'string', length: 20 },
    contactPhone: { type: 'string', length: 20 },
    publishedAt: { type: 'datetime' },
    cancelled: { type: 'boolean', default: false },
    searchText: { type: 'text' },
    moderationNote: { type: 'string', length: 200, nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  indexes: [
    { name: 'courses_published_idx', properties: ['cancelled', 'publishedAt', 'id'] },
    { name: 'courses_start_idx', properties: ['cancelled', 'startDate', 'id'] },
    { name: 'courses_trainer_idx', properties: ['trainer'] },
  ],
});

export const CourseEmployerSchema = new EntitySchema<CourseEmployer>({
  name: 'CourseEmployer',
  tableName: 'course_employers',
  properties: {
    course: { kind: 'm:1', entity: 'Course', primary: true, fieldName: 'course_id' },
    employer: { kind: 'm:1', entity: 'Organization', primary: true, fieldName: 'employer_id' },
  },
});
